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

// The Royal Thai Police and the DSI are named by the issue but not described in shared/reference.
const NOT_IN_REFERENCE = "issue #3; not described in shared/reference/DOMAIN.md (unverified)";

/**
 * Thailand's lead anti-trafficking bodies as a code list for `Organization.agency`.
 *
 * @see DOMAIN.md §5.1
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
  codes: THAI_AGENCY_CODES,
  meta: {
    "TH-DOPA": {
      label: "Department of Provincial Administration",
      definition:
        "Ministry of Interior department that runs civil registration, the population registry and the 13-digit personal identification number, and keeps order in the 76 provinces. It has run inspection task forces for entertainment venues, bars and factories, and the public can report to its Damrongtham Centres in every province. Its formal role in the 2022 national referral mechanism is unverified.",
      country: "TH",
      roles: ["civil-registration", "law-enforcement"],
      source: "DOMAIN.md §5.1 [S34][S34b][S34c][S35c]; NRM role: DOMAIN.md §11 item 9",
      verified: true,
    },
    "TH-RTP": {
      label: "Royal Thai Police",
      definition:
        "The national police. Named by the issue as a lead body; its anti-trafficking role is not described in tipx's sources.",
      country: "TH",
      roles: ["law-enforcement"],
      source: NOT_IN_REFERENCE,
      verified: false,
    },
    "TH-DSI": {
      label: "Department of Special Investigation",
      definition:
        "Investigates special cases. Named by the issue as a lead body; its anti-trafficking role is not described in tipx's sources.",
      country: "TH",
      roles: ["law-enforcement"],
      source: NOT_IN_REFERENCE,
      verified: false,
    },
    "TH-MSDHS": {
      label: "Ministry of Social Development and Human Security",
      definition:
        "Lead ministry for victim protection; its minister is one of those who administer the Anti-Trafficking in Persons Act (s.5).",
      country: "TH",
      roles: ["government-ministry", "victim-assistance"],
      source: "DOMAIN.md §5.1 [S30i][S30n][S30g]",
      verified: true,
    },
    "TH-MOL": {
      label: "Ministry of Labour",
      definition:
        "Lead ministry for forced-labour screening under s.6/1 (screening form Ror.Bor. 1, sent to labour officials in all 76 provinces); since 2019 its minister also administers the Act (s.5).",
      country: "TH",
      roles: ["government-ministry", "labour"],
      source: "DOMAIN.md §5.1 [S30i][S30l][S30m][S30g]",
      verified: true,
    },
    "TH-ATP-CSC": {
      label: "Anti-Trafficking in Persons Coordination and Supervision Committee",
      definition:
        "Issued the 2022 Notification on the national referral mechanism (NRM) for victims of trafficking and of forced labour or services; policy committees are chaired by the Prime Minister or a Deputy Prime Minister.",
      country: "TH",
      roles: ["coordination"],
      source: "DOMAIN.md §5.1 [S30i][S30l][S30m][S30n]",
      verified: true,
    },
  },
});
