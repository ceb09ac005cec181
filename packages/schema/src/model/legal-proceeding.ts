import { z } from "zod";
import { LegalOutcome, LegalStage } from "../codelists/legal";
import { field } from "../metadata/registry";
import { Jurisdiction } from "./case";
import { entityFields } from "./entity-base";
import { PATTERNS } from "./patterns";
import { EntityId, PartialDate } from "./primitives";

/**
 * A charge: the legal instrument and section it cites (codes from the country profile, such as
 * `TH-ATIPA-2551` and `s6`) and the persons charged.
 *
 * @example
 * ```ts
 * import type { Charge } from "@tipx/schema";
 * const charge: Charge = { instrument: "TH-ATIPA-2551", section: "s6", against: ["6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2918"] };
 * ```
 */
export const Charge = z.strictObject({
  instrument: field(z.string().min(1), {
    label: { en: "Legal instrument", th: "กฎหมาย", es: "Instrumento legal" },
    description: { en: "The law cited, by its profile code.", th: "กฎหมายที่อ้าง ตามรหัสในโปรไฟล์ประเทศ", es: "La ley citada, por su código de perfil." },
    sensitivity: "none",
  }),
  section: field(z.string().min(1).optional(), {
    label: { en: "Section", th: "มาตรา", es: "Artículo" },
    description: { en: "The section or article cited.", th: "มาตราที่อ้าง", es: "El artículo citado." },
    sensitivity: "none",
  }),
  against: field(z.array(EntityId).min(1), {
    label: { en: "Charged persons", th: "ผู้ถูกกล่าวหา", es: "Personas imputadas" },
    description: { en: "Ids of the Persons charged.", th: "รหัสบุคคลที่ถูกกล่าวหา", es: "Ids de las Person imputadas." },
    sensitivity: "none",
    references: ["Person"],
  }),
});
/** A charge citing a law and the persons charged. */
export type Charge = z.infer<typeof Charge>;

/**
 * A sentence handed down: imprisonment, fine and a description.
 *
 * @example
 * ```ts
 * import type { Sentence } from "@tipx/schema";
 * const sentence: Sentence = { imprisonmentMonths: 96, fine: { amount: 400000, currency: "THB" } };
 * ```
 */
export const Sentence = z.strictObject({
  imprisonmentMonths: field(z.number().min(0).optional(), {
    label: { en: "Imprisonment (months)", th: "จำคุก (เดือน)", es: "Prisión (meses)" },
    description: { en: "Length of imprisonment in months.", th: "ระยะเวลาจำคุกเป็นเดือน", es: "Duración de la prisión en meses." },
    sensitivity: "sensitive",
  }),
  fine: field(
    z
      .strictObject({
        amount: field(z.number().min(0), {
          label: { en: "Amount", th: "จำนวนเงิน", es: "Importe" },
          description: { en: "The amount of the fine.", th: "จำนวนเงินค่าปรับ", es: "El importe de la multa." },
          sensitivity: "sensitive",
        }),
        currency: field(z.string().regex(PATTERNS.iso4217), {
          label: { en: "Currency", th: "สกุลเงิน", es: "Moneda" },
          description: { en: "ISO 4217 currency code, such as THB.", th: "รหัสสกุลเงิน ISO 4217 เช่น THB", es: "Código de moneda ISO 4217, como THB." },
          sensitivity: "none",
        }),
      })
      .optional(),
    {
      label: { en: "Fine", th: "ค่าปรับ", es: "Multa" },
      description: { en: "The fine, with its ISO 4217 currency.", th: "ค่าปรับ พร้อมสกุลเงิน ISO 4217", es: "La multa, con su moneda ISO 4217." },
      sensitivity: "sensitive",
    },
  ),
  description: field(z.string().min(1).optional(), {
    label: { en: "Description", th: "รายละเอียด", es: "Descripción" },
    description: { en: "The sentence as pronounced.", th: "คำพิพากษาตามที่อ่าน", es: "La condena tal como se dictó." },
    sensitivity: "sensitive",
  }),
});
/** A sentence handed down. */
export type Sentence = z.infer<typeof Sentence>;

/**
 * A legal proceeding: charges citing the country's law, stage, court, outcome and sentence.
 *
 * @example
 * ```ts
 * import type { LegalProceeding } from "@tipx/schema";
 * const proceeding: LegalProceeding = {
 *   type: "LegalProceeding",
 *   id: "8091a2b3-c4d5-4e6f-8a7b-9c0d1e2f3a4b",
 *   jurisdiction: { country: "TH", subdivision: "TH-63" },
 *   stage: "investigation",
 *   charges: [{ instrument: "TH-ATIPA-2551", section: "s6", against: ["6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2918"] }],
 * };
 * ```
 */
export const LegalProceeding = z.strictObject({
  ...entityFields("LegalProceeding"),
  case: field(EntityId.optional(), {
    label: { en: "Case", th: "คดี", es: "Caso" },
    description: { en: "Id of the Case the proceeding belongs to.", th: "รหัสคดีที่กระบวนการนี้เกี่ยวข้อง", es: "Id del Case al que pertenece el proceso." },
    sensitivity: "none",
    references: ["Case"],
  }),
  jurisdiction: field(Jurisdiction, {
    label: { en: "Jurisdiction", th: "เขตอำนาจ", es: "Jurisdicción" },
    description: { en: "The country (and subdivision) whose courts hear it.", th: "ประเทศ (และเขตการปกครอง) ที่ศาลพิจารณา", es: "El país (y subdivisión) cuyos tribunales lo conocen." },
    sensitivity: "none",
  }),
  court: field(z.string().min(1).optional(), {
    label: { en: "Court", th: "ศาล", es: "Tribunal" },
    description: { en: "The court or prosecutor's office.", th: "ศาลหรือสำนักงานอัยการ", es: "El tribunal o la fiscalía." },
    sensitivity: "none",
  }),
  docketNumber: field(z.string().min(1).optional(), {
    label: { en: "Docket number", th: "หมายเลขคดี", es: "Número de expediente" },
    description: { en: "The court's case number.", th: "หมายเลขคดีของศาล", es: "El número de expediente judicial." },
    sensitivity: "quasi-identifier",
  }),
  stage: field(LegalStage.optional(), {
    label: { en: "Stage", th: "ขั้นตอน", es: "Etapa" },
    description: { en: "Where the proceeding stands.", th: "ขั้นตอนปัจจุบันของกระบวนการ", es: "En qué etapa está el proceso." },
    sensitivity: "none",
  }),
  charges: field(z.array(Charge), {
    label: { en: "Charges", th: "ข้อหา", es: "Cargos" },
    description: { en: "The charges brought.", th: "ข้อหาที่ตั้ง", es: "Los cargos formulados." },
    sensitivity: "sensitive",
  }),
  filedOn: field(PartialDate.optional(), {
    label: { en: "Filed on", th: "วันที่ยื่นฟ้อง", es: "Presentado el" },
    description: { en: "When the proceeding started.", th: "วันที่เริ่มกระบวนการ", es: "Cuándo empezó el proceso." },
    sensitivity: "none",
  }),
  decidedOn: field(PartialDate.optional(), {
    label: { en: "Decided on", th: "วันที่มีคำตัดสิน", es: "Resuelto el" },
    description: { en: "When the outcome was decided.", th: "วันที่มีคำตัดสิน", es: "Cuándo se resolvió." },
    sensitivity: "none",
  }),
  outcome: field(LegalOutcome.optional(), {
    label: { en: "Outcome", th: "ผลคดี", es: "Resultado" },
    description: { en: "Convicted, acquitted, dismissed...", th: "ลงโทษ ยกฟ้อง จำหน่ายคดี ฯลฯ", es: "Condena, absolución, sobreseimiento..." },
    sensitivity: "sensitive",
  }),
  sentence: field(Sentence.optional(), {
    label: { en: "Sentence", th: "โทษ", es: "Condena" },
    description: { en: "The sentence handed down.", th: "โทษที่ศาลกำหนด", es: "La condena impuesta." },
    sensitivity: "sensitive",
  }),
});
/** A legal proceeding with its charges. */
export type LegalProceeding = z.infer<typeof LegalProceeding>;
