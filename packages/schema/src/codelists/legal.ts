import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The stages of a legal proceeding, in the order a criminal case usually passes through them.
 *
 * @example
 * ```ts
 * import { LEGAL_STAGES } from "@tipx/schema";
 * LEGAL_STAGES.indexOf("trial") > LEGAL_STAGES.indexOf("investigation"); // true
 * ```
 */
export const LEGAL_STAGES = [
  "complaint",
  "investigation",
  "prosecution",
  "trial",
  "appeal",
  "enforcement",
  "closed",
] as const;

/**
 * The code list of legal proceeding stages, general enough for the criminal procedure of Thailand,
 * Argentina, Paraguay and Liberia.
 *
 * @example
 * ```ts
 * import { codeLabel, legalStages } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * codeLabel(legalStages, "investigation", th); // "ชั้นสอบสวน"
 * ```
 */
export const legalStages = defineCodeList({
  id: "tipx.legal-stage",
  name: "Legal proceeding stage",
  source:
    "tipx 1.0, after the stages of criminal procedure shared by TH, AR, PY and LR (no international code list exists)",
  codes: LEGAL_STAGES,
  extensible: false,
  meta: {
    complaint: {
      label: "Complaint",
      definition: "The offence has been reported to the police or prosecutor.",
    },
    investigation: {
      label: "Investigation",
      definition: "Police or prosecutors are gathering evidence.",
    },
    prosecution: {
      label: "Prosecution",
      definition: "The prosecutor is deciding whether to charge, or has filed charges with a court.",
    },
    trial: {
      label: "Trial",
      definition: "A first-instance court is hearing the case.",
    },
    appeal: {
      label: "Appeal",
      definition: "A higher court is reviewing a judgment.",
    },
    enforcement: {
      label: "Enforcement",
      definition: "A final judgment is being carried out: sentence, compensation or asset forfeiture.",
    },
    closed: {
      label: "Closed",
      definition: "The proceeding has ended; the outcome says how.",
    },
  },
});

/**
 * Zod schema of a legal proceeding stage.
 *
 * @example
 * ```ts
 * import { LegalStage } from "@tipx/schema";
 * LegalStage.parse("trial"); // "trial"
 * LegalStage.safeParse("hearing").success; // false
 * ```
 */
export const LegalStage = z.enum(LEGAL_STAGES);
/** The stage of a legal proceeding, such as `"investigation"`. */
export type LegalStage = z.infer<typeof LegalStage>;

/**
 * The outcomes of a legal proceeding.
 *
 * @example
 * ```ts
 * import { LEGAL_OUTCOMES } from "@tipx/schema";
 * LEGAL_OUTCOMES.includes("convicted"); // true
 * ```
 */
export const LEGAL_OUTCOMES = [
  "pending",
  "convicted",
  "acquitted",
  "dismissed",
  "withdrawn",
  "settled",
  "other",
] as const;

/**
 * The code list of legal proceeding outcomes.
 *
 * @example
 * ```ts
 * import { codeLabel, legalOutcomes } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(legalOutcomes, "dismissed", es); // "Sobreseimiento"
 * ```
 */
export const legalOutcomes = defineCodeList({
  id: "tipx.legal-outcome",
  name: "Legal proceeding outcome",
  source:
    "tipx 1.0, after the outcomes common to the criminal procedure of TH, AR, PY and LR (no international code list exists)",
  codes: LEGAL_OUTCOMES,
  extensible: false,
  meta: {
    pending: {
      label: "Pending",
      definition: "No outcome yet.",
    },
    convicted: {
      label: "Convicted",
      definition: "A court found the accused guilty of at least one charge.",
    },
    acquitted: {
      label: "Acquitted",
      definition: "A court found the accused not guilty after a trial.",
    },
    dismissed: {
      label: "Dismissed",
      definition: "The case was ended without a verdict on the merits, by the prosecutor or the court.",
    },
    withdrawn: {
      label: "Withdrawn",
      definition: "The complainant or prosecutor withdrew the complaint or the charges.",
    },
    settled: {
      label: "Settled",
      definition:
        "Ended by agreement, as in a civil compensation or labour claim; trafficking offences themselves usually cannot be settled.",
    },
    other: { label: "Other" },
  },
});

/**
 * Zod schema of a legal proceeding outcome.
 *
 * @example
 * ```ts
 * import { LegalOutcome } from "@tipx/schema";
 * LegalOutcome.parse("acquitted"); // "acquitted"
 * LegalOutcome.safeParse("guilty").success; // false
 * ```
 */
export const LegalOutcome = z.enum(LEGAL_OUTCOMES);
/** The outcome of a legal proceeding, such as `"convicted"`. */
export type LegalOutcome = z.infer<typeof LegalOutcome>;
