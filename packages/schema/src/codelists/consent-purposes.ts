import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The purposes a person can consent to their data being used for.
 *
 * @example
 * ```ts
 * import { CONSENT_PURPOSES } from "@tipx/schema";
 * CONSENT_PURPOSES.includes("referral"); // true
 * ```
 */
export const CONSENT_PURPOSES = [
  "case-management",
  "referral",
  "prosecution",
  "statistics",
  "research",
  "cross-border-transfer",
] as const;

/**
 * The code list of consent purposes. Each consent names its purposes, and data is shared only for a
 * purpose the person agreed to (a bundle's `purpose` is one of these).
 *
 * @example
 * ```ts
 * import { codeLabel, consentPurposes } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(consentPurposes, "cross-border-transfer", es); // "Transferencia internacional de datos"
 * ```
 */
export const consentPurposes = defineCodeList({
  id: "tipx.consent-purpose",
  name: "Consent purpose",
  source:
    "tipx 1.0, after the purpose-limitation principle of data-protection law (Thailand PDPA B.E. 2562, Argentina " +
    "Ley 25.326, EU GDPR art. 5(1)(b)) and the HTCDS 2.0 Consent section (con_Consent)",
  codes: CONSENT_PURPOSES,
  extensible: false,
  meta: {
    "case-management": {
      label: "Case management",
      definition: "Recording and using the person's data to assist them within the organisation that holds it.",
    },
    referral: {
      label: "Referral",
      definition: "Sharing the person's data with another organisation so that it can provide services.",
    },
    prosecution: {
      label: "Prosecution",
      definition: "Sharing the person's data with police, prosecutors or courts for criminal proceedings.",
    },
    statistics: {
      label: "Statistics",
      definition: "Using the data, without identifying the person, in aggregate statistics such as CTDC's.",
    },
    research: {
      label: "Research",
      definition: "Using the data in a study; not criminal investigation, which is prosecution.",
    },
    "cross-border-transfer": {
      label: "Cross-border transfer",
      definition: "Sending the person's data to an organisation in another country, for example for repatriation.",
    },
  },
});

/**
 * Zod schema of a consent purpose.
 *
 * @example
 * ```ts
 * import { ConsentPurpose } from "@tipx/schema";
 * ConsentPurpose.parse("statistics"); // "statistics"
 * ConsentPurpose.safeParse("case_management").success; // false
 * ```
 */
export const ConsentPurpose = z.enum(CONSENT_PURPOSES);
/** A purpose a person can consent to, such as `"referral"`. */
export type ConsentPurpose = z.infer<typeof ConsentPurpose>;

/**
 * The ways consent can be obtained.
 *
 * @example
 * ```ts
 * import { CONSENT_METHODS } from "@tipx/schema";
 * CONSENT_METHODS.includes("verbal"); // true
 * ```
 */
export const CONSENT_METHODS = ["written", "verbal", "digital", "by-guardian", "other"] as const;

/**
 * The code list of how a consent was obtained.
 *
 * @example
 * ```ts
 * import { codeLabel, consentMethods } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * codeLabel(consentMethods, "written", th); // "เป็นลายลักษณ์อักษร"
 * ```
 */
export const consentMethods = defineCodeList({
  id: "tipx.consent-method",
  name: "Consent method",
  source: "tipx 1.0, after the HTCDS 2.0 Consent section (con_Consent) and the consent forms of data-protection law",
  codes: CONSENT_METHODS,
  extensible: false,
  meta: {
    written: {
      label: "Written",
      definition: "The person signed or thumb-printed a consent form.",
    },
    verbal: {
      label: "Verbal",
      definition: "The person consented orally and the case worker recorded it, ideally with a witness or interpreter.",
    },
    digital: {
      label: "Digital",
      definition: "The person consented through an electronic form or app.",
    },
    "by-guardian": {
      label: "By guardian",
      definition: "A parent, guardian or legal representative consented for a child or a person who cannot consent.",
    },
    other: { label: "Other" },
  },
});

/**
 * Zod schema of a consent method.
 *
 * @example
 * ```ts
 * import { ConsentMethod } from "@tipx/schema";
 * ConsentMethod.parse("by-guardian"); // "by-guardian"
 * ConsentMethod.safeParse("guardian").success; // false
 * ```
 */
export const ConsentMethod = z.enum(CONSENT_METHODS);
/** How a consent was obtained, such as `"written"`. */
export type ConsentMethod = z.infer<typeof ConsentMethod>;
