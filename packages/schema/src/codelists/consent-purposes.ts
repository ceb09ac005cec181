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

/**
 * What a consent record says: consent was given, or refused.
 *
 * @example
 * ```ts
 * import { CONSENT_DECISIONS } from "@tipx/schema";
 * CONSENT_DECISIONS; // ["given", "refused"]
 * ```
 */
export const CONSENT_DECISIONS = ["given", "refused"] as const;

/**
 * The code list of consent decisions.
 *
 * @example
 * ```ts
 * import { codeLabel, consentDecisions } from "@tipx/schema";
 * codeLabel(consentDecisions, "refused"); // "Refused"
 * ```
 */
export const consentDecisions = defineCodeList({
  id: "tipx.consent-decision",
  name: "Consent decision",
  source: "tipx 1.1, after the HTCDS 2.0 Consent section (con_Consent)",
  codes: CONSENT_DECISIONS,
  extensible: false,
  meta: {
    given: { label: "Given", definition: "The person agreed." },
    refused: {
      label: "Refused",
      definition: "The person was asked and said no; the refusal is recorded so that nobody shares against it.",
    },
  },
});

/**
 * Zod schema of a consent decision.
 *
 * @example
 * ```ts
 * import { ConsentDecision } from "@tipx/schema";
 * ConsentDecision.parse("refused"); // "refused"
 * ```
 */
export const ConsentDecision = z.enum(CONSENT_DECISIONS);
/** Whether consent was given or refused. */
export type ConsentDecision = z.infer<typeof ConsentDecision>;

/**
 * What a consent is about: the use and sharing of the person's data for its purposes, or being
 * interviewed. HTCDS asks for consent to the interview separately from consent to the use of the data.
 *
 * @example
 * ```ts
 * import { CONSENT_KINDS } from "@tipx/schema";
 * CONSENT_KINDS; // ["data-use", "interview"]
 * ```
 */
export const CONSENT_KINDS = ["data-use", "interview"] as const;

/**
 * The code list of consent kinds.
 *
 * @example
 * ```ts
 * import { codeLabel, consentKinds } from "@tipx/schema";
 * codeLabel(consentKinds, "interview"); // "Interview"
 * ```
 */
export const consentKinds = defineCodeList({
  id: "tipx.consent-kind",
  name: "What the consent is for",
  source: "tipx 1.1, after the guidance questions of the HTCDS 2.0 Consent section (con_Consent)",
  codes: CONSENT_KINDS,
  extensible: false,
  meta: {
    "data-use": {
      label: "Use and sharing of data",
      definition: "Recording, using and sharing the person's data for the purposes the consent names.",
    },
    interview: { label: "Interview", definition: "Being interviewed; says nothing about sharing what is said." },
  },
});

/**
 * Zod schema of a consent kind.
 *
 * @example
 * ```ts
 * import { ConsentKind } from "@tipx/schema";
 * ConsentKind.parse("interview"); // "interview"
 * ```
 */
export const ConsentKind = z.enum(CONSENT_KINDS);
/** What a consent is about: `"data-use"` or `"interview"`. */
export type ConsentKind = z.infer<typeof ConsentKind>;

/**
 * The things a person must be told before consenting, after the guidance questions of the HTCDS 2.0
 * Consent section.
 *
 * @example
 * ```ts
 * import { CONSENT_INFORMATION } from "@tipx/schema";
 * CONSENT_INFORMATION.includes("withdrawal"); // true
 * ```
 */
export const CONSENT_INFORMATION = [
  "interview-purpose",
  "data-use",
  "research-use",
  "access-right",
  "retention-period",
  "withdrawal",
] as const;

/**
 * The code list of what a person was informed of before consenting.
 *
 * @example
 * ```ts
 * import { codeLabel, consentInformation } from "@tipx/schema";
 * codeLabel(consentInformation, "retention-period"); // "How long the data is kept"
 * ```
 */
export const consentInformation = defineCodeList({
  id: "tipx.consent-information",
  name: "Informed of",
  source: "IOM HTCDS 2.0 (24 Dec 2021), con_Consent, guidance on consent",
  codes: CONSENT_INFORMATION,
  extensible: false,
  meta: {
    "interview-purpose": { label: "The purpose of the interview" },
    "data-use": { label: "How the data will and may be used" },
    "research-use": { label: "Use of non-identifying data for research" },
    "access-right": { label: "The right to ask for their data at any time" },
    "retention-period": { label: "How long the data is kept" },
    withdrawal: { label: "How to withdraw consent" },
  },
});

/**
 * Zod schema of an item a person was informed of.
 *
 * @example
 * ```ts
 * import { ConsentInformation } from "@tipx/schema";
 * ConsentInformation.parse("withdrawal"); // "withdrawal"
 * ```
 */
export const ConsentInformation = z.enum(CONSENT_INFORMATION);
/** Something a person was told before consenting, such as `"withdrawal"`. */
export type ConsentInformation = z.infer<typeof ConsentInformation>;

/**
 * A child's own answer, asked beside the guardian's consent: given, refused, or not sought (too young,
 * or not asked).
 *
 * @example
 * ```ts
 * import { ASSENT_DECISIONS } from "@tipx/schema";
 * ASSENT_DECISIONS; // ["given", "refused", "not-sought"]
 * ```
 */
export const ASSENT_DECISIONS = ["given", "refused", "not-sought"] as const;

/**
 * The code list of a child's assent.
 *
 * @example
 * ```ts
 * import { assentDecisions, codeLabel } from "@tipx/schema";
 * codeLabel(assentDecisions, "not-sought"); // "Not sought"
 * ```
 */
export const assentDecisions = defineCodeList({
  id: "tipx.assent-decision",
  name: "Child's assent",
  source: "tipx 1.1, after the HTCDS 2.0 Consent section (con_Consent: consent/assent to the interview)",
  codes: ASSENT_DECISIONS,
  extensible: false,
  meta: {
    given: { label: "Given", definition: "The child agreed." },
    refused: { label: "Refused", definition: "The child said no, whatever the guardian decided." },
    "not-sought": { label: "Not sought", definition: "The child was not asked, for example because of their age." },
  },
});

/**
 * Zod schema of a child's assent.
 *
 * @example
 * ```ts
 * import { AssentDecision } from "@tipx/schema";
 * AssentDecision.parse("given"); // "given"
 * ```
 */
export const AssentDecision = z.enum(ASSENT_DECISIONS);
/** A child's assent: given, refused or not sought. */
export type AssentDecision = z.infer<typeof AssentDecision>;
