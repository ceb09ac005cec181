import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The stages of a legal proceeding, in the order a criminal case usually passes through them.
 *
 * @example
 * ```ts
 * import { LEGAL_STAGES } from "@tipx/schema";
 * LEGAL_STAGES.indexOf("trial") > LEGAL_STAGES.indexOf("investigation"); // true
 * ```
 */
export const LEGAL_STAGES = ["complaint", "investigation", "prosecution", "trial", "appeal", "enforcement", "closed"] as const;

/**
 * The code list of legal proceeding stages, general enough for the criminal procedure of Thailand,
 * Argentina, Paraguay and Liberia.
 *
 * @example
 * ```ts
 * import { legalStages, translate } from "@tipx/schema";
 * translate(legalStages.meta.investigation.label, "th"); // "ชั้นสอบสวน"
 * ```
 */
export const legalStages = defineCodeList({
  id: "tipx.legal-stage",
  name: { en: "Legal proceeding stage", th: "ขั้นตอนของคดี", es: "Etapa del proceso judicial" },
  source: "tipx 1.0, after the stages of criminal procedure shared by TH, AR, PY and LR (no international code list exists)",
  codes: LEGAL_STAGES,
  extensible: false,
  meta: {
    complaint: {
      label: { en: "Complaint", th: "การร้องทุกข์หรือกล่าวโทษ", es: "Denuncia" },
      definition: "The offence has been reported to the police or prosecutor.",
    },
    investigation: {
      label: { en: "Investigation", th: "ชั้นสอบสวน", es: "Investigación" },
      definition: "Police or prosecutors are gathering evidence.",
    },
    prosecution: {
      label: { en: "Prosecution", th: "ชั้นพนักงานอัยการ", es: "Acusación fiscal" },
      definition: "The prosecutor is deciding whether to charge, or has filed charges with a court.",
    },
    trial: {
      label: { en: "Trial", th: "ชั้นพิจารณาคดีของศาล", es: "Juicio" },
      definition: "A first-instance court is hearing the case.",
    },
    appeal: {
      label: { en: "Appeal", th: "ชั้นอุทธรณ์หรือฎีกา", es: "Apelación" },
      definition: "A higher court is reviewing a judgment.",
    },
    enforcement: {
      label: { en: "Enforcement", th: "การบังคับคดี", es: "Ejecución de la sentencia" },
      definition: "A final judgment is being carried out: sentence, compensation or asset forfeiture.",
    },
    closed: {
      label: { en: "Closed", th: "คดีสิ้นสุด", es: "Concluido" },
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
export const LEGAL_OUTCOMES = ["pending", "convicted", "acquitted", "dismissed", "withdrawn", "settled", "other"] as const;

/**
 * The code list of legal proceeding outcomes.
 *
 * @example
 * ```ts
 * import { legalOutcomes, translate } from "@tipx/schema";
 * translate(legalOutcomes.meta.dismissed.label, "es"); // "Sobreseimiento"
 * ```
 */
export const legalOutcomes = defineCodeList({
  id: "tipx.legal-outcome",
  name: { en: "Legal proceeding outcome", th: "ผลของคดี", es: "Resultado del proceso judicial" },
  source: "tipx 1.0, after the outcomes common to the criminal procedure of TH, AR, PY and LR (no international code list exists)",
  codes: LEGAL_OUTCOMES,
  extensible: false,
  meta: {
    pending: {
      label: { en: "Pending", th: "อยู่ระหว่างดำเนินคดี", es: "En trámite" },
      definition: "No outcome yet.",
    },
    convicted: {
      label: { en: "Convicted", th: "ศาลพิพากษาลงโทษ", es: "Condena" },
      definition: "A court found the accused guilty of at least one charge.",
    },
    acquitted: {
      label: { en: "Acquitted", th: "ศาลพิพากษายกฟ้อง", es: "Absolución" },
      definition: "A court found the accused not guilty after a trial.",
    },
    dismissed: {
      label: { en: "Dismissed", th: "สั่งไม่ฟ้องหรือจำหน่ายคดี", es: "Sobreseimiento" },
      definition: "The case was ended without a verdict on the merits, by the prosecutor or the court.",
    },
    withdrawn: {
      label: { en: "Withdrawn", th: "ถอนคำร้องทุกข์หรือถอนฟ้อง", es: "Desistimiento" },
      definition: "The complainant or prosecutor withdrew the complaint or the charges.",
    },
    settled: {
      label: { en: "Settled", th: "ยอมความหรือไกล่เกลี่ยได้", es: "Acuerdo entre las partes" },
      definition: "Ended by agreement, as in a civil compensation or labour claim; trafficking offences themselves usually cannot be settled.",
    },
    other: { label: { en: "Other", th: "อื่น ๆ", es: "Otro" } },
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
