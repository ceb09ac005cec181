import { _defineAgencies } from "../agencies/agency";

/**
 * The codes of Thailand's lead anti-trafficking bodies.
 *
 * @example
 * ```ts
 * import { THAI_AGENCY_CODES } from "@tipx/schema";
 * THAI_AGENCY_CODES.includes("TH-DSI"); // true
 * ```
 */
export const THAI_AGENCY_CODES = ["TH-DOPA", "TH-RTP", "TH-DSI", "TH-MSDHS", "TH-MOL", "TH-ATP-CSC"] as const;

/** A code of a Thai agency. */
export type ThaiAgencyCode = (typeof THAI_AGENCY_CODES)[number];

// The Royal Thai Police and the DSI are lead bodies in practice, but tipx has not yet checked their
// anti-trafficking role in a primary source.
const NOT_CHECKED = "Not yet checked against a primary source (unverified)";

/**
 * Thailand's lead anti-trafficking bodies as a code list for `Organization.agency`.
 *
 * @see Anti-Trafficking in Persons Act B.E. 2551 (2008) s.5, as replaced in 2019; Notification on the National
 * Referral Mechanism B.E. 2565 (2022)
 * @example
 * ```ts
 * import { codeLabel, thaiAgencies } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * thaiAgencies.meta["TH-DOPA"].label; // "Department of Provincial Administration"
 * codeLabel(thaiAgencies, "TH-DOPA", th); // "กรมการปกครอง" (the official name, in the Thai catalogue)
 * ```
 */
export const thaiAgencies = _defineAgencies({
  country: "TH",
  name: "Thai anti-trafficking agencies",
  source:
    "Anti-Trafficking in Persons Act B.E. 2551 (2008) s.5 (as replaced in 2019); Notification on the National Referral Mechanism B.E. 2565 (2022); each agency cites its own source",
  codes: THAI_AGENCY_CODES,
  meta: {
    "TH-DOPA": {
      label: "Department of Provincial Administration",
      definition:
        "Ministry of Interior department that runs civil registration, the population registry and the 13-digit personal identification number, and keeps order in the 76 provinces. It has run inspection task forces for entertainment venues, bars and factories, and the public can report to its Damrongtham Centres in every province. Its formal role in the 2022 national referral mechanism is unverified.",
      country: "TH",
      roles: ["civil-registration", "law-enforcement"],
      source:
        "Department of Provincial Administration (Ministry of Interior), as described by secondary sources; inspection task forces: National News Bureau of Thailand (January 2016); the PIN: python-stdnum stdnum.th.pin; role in the 2022 referral mechanism unverified",
      verified: true,
    },
    "TH-RTP": {
      label: "Royal Thai Police",
      definition:
        "The national police. Named by the issue as a lead body; its anti-trafficking role is not described in tipx's sources.",
      country: "TH",
      roles: ["law-enforcement"],
      source: NOT_CHECKED,
      verified: false,
    },
    "TH-DSI": {
      label: "Department of Special Investigation",
      definition:
        "Investigates special cases. Named by the issue as a lead body; its anti-trafficking role is not described in tipx's sources.",
      country: "TH",
      roles: ["law-enforcement"],
      source: NOT_CHECKED,
      verified: false,
    },
    "TH-MSDHS": {
      label: "Ministry of Social Development and Human Security",
      definition:
        "Lead ministry for victim protection; its minister is one of those who administer the Anti-Trafficking in Persons Act (s.5).",
      country: "TH",
      roles: ["government-ministry", "victim-assistance"],
      source:
        "Anti-Trafficking in Persons Act B.E. 2551 (2008) s.5, as replaced by the Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019); Ministry of Labour of Thailand, news of 11 May 2022 on the national referral mechanism",
      verified: true,
    },
    "TH-MOL": {
      label: "Ministry of Labour",
      definition:
        "Lead ministry for forced-labour screening under s.6/1 (screening form Ror.Bor. 1, sent to labour officials in all 76 provinces); since 2019 its minister also administers the Act (s.5).",
      country: "TH",
      roles: ["government-ministry", "labour"],
      source:
        "Anti-Trafficking in Persons Act B.E. 2551 (2008) ss.5 and 6/1, as amended by the Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019); Ministry of Labour of Thailand, news of 11 May 2022; US Department of State, Trafficking in Persons Report 2022 and 2023 (Thailand)",
      verified: true,
    },
    "TH-ATP-CSC": {
      label: "Anti-Trafficking in Persons Coordination and Supervision Committee",
      definition:
        "Issued the 2022 Notification on the national referral mechanism (NRM) for victims of trafficking and of forced labour or services; policy committees are chaired by the Prime Minister or a Deputy Prime Minister.",
      country: "TH",
      roles: ["coordination"],
      source:
        "Anti-Trafficking in Persons Coordination and Supervision Committee, Notification on the National Referral Mechanism B.E. 2565 (2022), as reported by the Ministry of Labour of Thailand (11 May 2022) and the US Trafficking in Persons Report 2022 and 2023 (Thailand)",
      verified: true,
    },
  },
});
