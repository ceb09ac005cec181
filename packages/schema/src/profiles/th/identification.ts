import { _defineIdentification, type IdentificationInstrument } from "../identification/identification";

/** The instrument of Thailand's national referral mechanism, by its full title. */
const NRM_NOTIFICATION =
  "Notification of the Anti-Trafficking in Persons Coordination and Supervision Committee on the National Referral Mechanism, Litigation Management and Assistance for Victims of Human Trafficking and Forced Labour or Services B.E. 2565 (2022)";

const NRM: IdentificationInstrument = { citation: NRM_NOTIFICATION, code: "TH-NRM-2565" };

// tipx has seen the 2022 Notification only through the Ministry of Labour's news of it and the US
// Trafficking in Persons reports, not its text: every fact here is `verified: false` until it is read.
const READ_THE_NOTIFICATION =
  "The text of the Notification on the National Referral Mechanism B.E. 2565 (2022) itself, not yet read";

/**
 * How Thailand identifies victims: its national referral mechanism of 2022, the identification
 * interviews by multidisciplinary teams and the labour screening under s.6/1, and the 15 days a
 * potential victim may stay in temporary shelter before the interviews. Every fact comes from reports
 * of the Notification, not its text, and is `verified: false`.
 *
 * @see Notification on the National Referral Mechanism B.E. 2565 (2022); Anti-Trafficking in Persons Act
 * B.E. 2551 (2008) s.6/1
 * @example
 * ```ts
 * import { codeLabel, profiles } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * const { procedures } = profiles.TH.identification;
 * codeLabel(procedures, "multidisciplinary-team", th); // "การสัมภาษณ์คัดแยกผู้เสียหายโดยทีมสหวิชาชีพ"
 * ```
 */
export const thaiIdentification = _defineIdentification({
  country: "TH",
  countryName: "Thai",
  source: `${NRM_NOTIFICATION}; Anti-Trafficking in Persons Act B.E. 2551 (2008) s.6/1; each entry cites its own source`,
  referralMechanisms: {
    "TH-NRM-2565": {
      label: "National Referral Mechanism (NRM) B.E. 2565 (2022)",
      definition:
        "How potential victims of trafficking and of forced labour or services are identified, how their cases are litigated and how they are assisted. Approved in March 2022; it includes a standard operating procedure for labour screening under s.6/1.",
      country: "TH",
      citation: NRM_NOTIFICATION,
      issuedBy: "TH-ATP-CSC",
      approved: "2022-03",
      source: `${NRM_NOTIFICATION}, as reported by the Ministry of Labour of Thailand (news of 11 May 2022) and the US Department of State, Trafficking in Persons Report 2022 and 2023 (Thailand)`,
      verified: false,
      verifyAgainst: READ_THE_NOTIFICATION,
    },
  },
  procedures: {
    "multidisciplinary-team": {
      label: "Identification interview by a multidisciplinary team (MDT)",
      definition:
        "Potential victims are interviewed by multidisciplinary teams of government officials and NGO staff. Formal identification by such a team is required for the full range of victim services.",
      instrument: NRM,
      requiredForVictimServices: true,
      source: `${NRM_NOTIFICATION}, as reported by the US Department of State, Trafficking in Persons Report 2023 (Thailand)`,
      verified: false,
      verifyAgainst: READ_THE_NOTIFICATION,
    },
    "labour-screening": {
      label: "Screening for forced labour or services (form Ror.Bor. 1)",
      definition:
        "Labour officials screen for the offence of forced labour or services (s.6/1) with the screening form Ror.Bor. 1, under the standard operating procedure for labour screening that was sent with the national referral mechanism to labour officials in all 76 provinces.",
      instrument: {
        citation:
          "Anti-Trafficking in Persons Act B.E. 2551 (2008) s.6/1, inserted by the Emergency Decree amending the Anti-Trafficking in Persons Act B.E. 2562 (2019)",
        code: "TH-ATIPA-2551",
        section: "s6/1",
      },
      conductedBy: ["TH-MOL"],
      form: "Ror.Bor. 1",
      source: `Anti-Trafficking in Persons Act B.E. 2551 (2008) s.6/1; the standard operating procedure for labour screening under the ${NRM_NOTIFICATION}, as reported by the Ministry of Labour of Thailand (news of 11 May 2022) and the US Department of State, Trafficking in Persons Report 2022 (Thailand)`,
      verified: false,
      verifyAgainst:
        "The text of the Notification B.E. 2565 (2022) and of its standard operating procedure for labour screening with form Ror.Bor. 1, not yet read",
    },
  },
  protectionPeriod: {
    days: 15,
    definition:
      "Under the national referral mechanism, potential victims may stay up to 15 days in temporary shelter before the identification interviews by multidisciplinary teams.",
    instrument: NRM,
    source: `${NRM_NOTIFICATION}, as reported by the US Department of State, Trafficking in Persons Report 2023 (Thailand)`,
    verified: false,
    verifyAgainst:
      "The text of the Notification on the National Referral Mechanism B.E. 2565 (2022): whether it fixes 15 days, and from which day they count",
  },
});
