import { z } from "zod";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { EntityId, PartialDate } from "./primitives";

/**
 * The three answers an indicator can have: it applies, it does not, or nobody knows yet.
 *
 * @example
 * ```ts
 * import { TRI_STATES } from "@tipx/schema";
 * TRI_STATES; // ["yes", "no", "unknown"]
 * ```
 */
export const TRI_STATES = ["yes", "no", "unknown"] as const;

/**
 * One answer to a checklist question.
 *
 * @example
 * ```ts
 * import type { AssessmentAnswer } from "@tipx/schema";
 * const answer: AssessmentAnswer = { question: "fl.retention-of-documents", value: "yes", evidence: "Passport held by recruiter." };
 * ```
 */
export const AssessmentAnswer = z.strictObject({
  question: field(z.string().min(1), {
    label: { en: "Question id", th: "รหัสคำถาม", es: "Id de la pregunta" },
    description: { en: "The id of the checklist question answered.", th: "รหัสคำถามในแบบตรวจสอบที่ตอบ", es: "El id de la pregunta de la lista respondida." },
    sensitivity: "none",
  }),
  value: field(z.union([z.enum(TRI_STATES), z.number(), z.string()]), {
    label: { en: "Answer", th: "คำตอบ", es: "Respuesta" },
    description: { en: "yes, no, unknown, a number or a text.", th: "ใช่ ไม่ใช่ ไม่ทราบ ตัวเลข หรือข้อความ", es: "sí, no, desconocido, un número o un texto." },
    sensitivity: "sensitive",
  }),
  evidence: field(z.string().min(1).optional(), {
    label: { en: "Evidence", th: "หลักฐาน", es: "Evidencia" },
    description: { en: "What the answer rests on.", th: "สิ่งที่คำตอบอ้างอิง", es: "En qué se basa la respuesta." },
    sensitivity: "sensitive",
  }),
});
/** One answer to a checklist question. */
export type AssessmentAnswer = z.infer<typeof AssessmentAnswer>;

/**
 * An indicator's verdict in an assessment result, with the evidence behind it.
 *
 * @example
 * ```ts
 * import type { IndicatorFinding } from "@tipx/schema";
 * const finding: IndicatorFinding = { indicator: "ilo-fl-2012.deception", status: "yes", evidence: ["fl.job-different"] };
 * ```
 */
export const IndicatorFinding = z.strictObject({
  indicator: field(z.string().min(1), {
    label: { en: "Indicator", th: "ตัวชี้วัด", es: "Indicador" },
    description: { en: "The indicator id.", th: "รหัสตัวชี้วัด", es: "El id del indicador." },
    sensitivity: "none",
  }),
  status: field(z.enum(TRI_STATES), {
    label: { en: "Status", th: "สถานะ", es: "Estado" },
    description: { en: "Whether the indicator is present: yes, no or unknown.", th: "ตัวชี้วัดปรากฏหรือไม่: ใช่ ไม่ใช่ หรือไม่ทราบ", es: "Si el indicador está presente: sí, no o desconocido." },
    sensitivity: "sensitive",
  }),
  evidence: field(z.array(z.string().min(1)).optional(), {
    label: { en: "Evidence", th: "หลักฐาน", es: "Evidencia" },
    description: { en: "The answers or facts the verdict rests on.", th: "คำตอบหรือข้อเท็จจริงที่ผลนี้อ้างอิง", es: "Las respuestas o hechos en que se basa el resultado." },
    sensitivity: "sensitive",
  }),
});
/** An indicator's verdict with its evidence. */
export type IndicatorFinding = z.infer<typeof IndicatorFinding>;

/**
 * The result of an assessment: the classification and every indicator's verdict.
 *
 * @example
 * ```ts
 * import type { AssessmentResult } from "@tipx/schema";
 * const result: AssessmentResult = { classification: "forced-labour", indicators: [] };
 * ```
 */
export const AssessmentResult = z.strictObject({
  classification: field(z.string().min(1), {
    label: { en: "Classification", th: "ผลการจำแนก", es: "Clasificación" },
    description: { en: "The instrument's verdict, such as forced-labour or unknown.", th: "ผลของเครื่องมือ เช่น แรงงานบังคับ หรือไม่ทราบ", es: "El resultado del instrumento, como trabajo forzoso o desconocido." },
    sensitivity: "sensitive",
  }),
  indicators: field(z.array(IndicatorFinding).optional(), {
    label: { en: "Indicators", th: "ตัวชี้วัด", es: "Indicadores" },
    description: { en: "Every indicator's verdict.", th: "ผลของตัวชี้วัดแต่ละตัว", es: "El resultado de cada indicador." },
    sensitivity: "sensitive",
  }),
  unknowns: field(z.array(z.string().min(1)).optional(), {
    label: { en: "Still unknown", th: "สิ่งที่ยังไม่ทราบ", es: "Aún desconocido" },
    description: { en: "Questions whose answer would change the result.", th: "คำถามที่หากได้คำตอบอาจเปลี่ยนผล", es: "Preguntas cuya respuesta cambiaría el resultado." },
    sensitivity: "none",
  }),
});
/** The result of an assessment. */
export type AssessmentResult = z.infer<typeof AssessmentResult>;

/**
 * The result of applying a checklist (an instrument such as the ILO forced-labour indicators) to a
 * person: the answers, the evidence and the explainable result. The indicators package fills it.
 *
 * @example
 * ```ts
 * import type { Assessment } from "@tipx/schema";
 * const a: Assessment = {
 *   type: "Assessment",
 *   id: "4c5d6e7f-8091-42a3-b4c5-d6e7f8091a2b",
 *   instrument: "ilo-forced-labour-2012",
 *   subject: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
 *   answers: [{ question: "fl.deception", value: "yes" }],
 * };
 * ```
 */
export const Assessment = z.strictObject({
  ...entityFields("Assessment"),
  instrument: field(z.string().min(1), {
    label: { en: "Instrument", th: "เครื่องมือประเมิน", es: "Instrumento" },
    description: { en: "The checklist id, such as ilo-forced-labour-2012.", th: "รหัสแบบตรวจสอบ เช่น ilo-forced-labour-2012", es: "El id de la lista de verificación, como ilo-forced-labour-2012." },
    sensitivity: "none",
  }),
  instrumentVersion: field(z.string().min(1).optional(), {
    label: { en: "Instrument version", th: "รุ่นของเครื่องมือ", es: "Versión del instrumento" },
    description: { en: "The checklist's version.", th: "รุ่นของแบบตรวจสอบ", es: "La versión de la lista." },
    sensitivity: "none",
  }),
  subject: field(EntityId.optional(), {
    label: { en: "Person assessed", th: "บุคคลที่ถูกประเมิน", es: "Persona evaluada" },
    description: { en: "Id of the Person assessed.", th: "รหัสบุคคลที่ถูกประเมิน", es: "Id de la Person evaluada." },
    sensitivity: "none",
    references: ["Person"],
  }),
  case: field(EntityId.optional(), {
    label: { en: "Case", th: "คดี", es: "Caso" },
    description: { en: "Id of the Case the assessment belongs to.", th: "รหัสคดีที่การประเมินนี้เกี่ยวข้อง", es: "Id del Case al que pertenece la evaluación." },
    sensitivity: "none",
    references: ["Case"],
  }),
  assessedOn: field(PartialDate.optional(), {
    label: { en: "Assessed on", th: "วันที่ประเมิน", es: "Evaluado el" },
    description: { en: "When the assessment was made.", th: "วันที่ประเมิน", es: "Cuándo se hizo la evaluación." },
    sensitivity: "none",
  }),
  assessor: field(EntityId.optional(), {
    label: { en: "Assessor", th: "ผู้ประเมิน", es: "Evaluador" },
    description: { en: "Id of the Organization whose worker assessed.", th: "รหัสหน่วยงานของผู้ประเมิน", es: "Id de la Organization cuyo personal evaluó." },
    sensitivity: "none",
    references: ["Organization"],
  }),
  answers: field(z.array(AssessmentAnswer), {
    label: { en: "Answers", th: "คำตอบ", es: "Respuestas" },
    description: { en: "The answers given.", th: "คำตอบที่ได้", es: "Las respuestas dadas." },
    sensitivity: "sensitive",
  }),
  result: field(AssessmentResult.optional(), {
    label: { en: "Result", th: "ผลการประเมิน", es: "Resultado" },
    description: { en: "The explainable result.", th: "ผลการประเมินที่อธิบายได้", es: "El resultado explicable." },
    sensitivity: "sensitive",
  }),
});
/** The result of applying a checklist to a person. */
export type Assessment = z.infer<typeof Assessment>;
