import { z } from "zod";
import { ConsentMethod, ConsentPurpose } from "../codelists/consent-purposes";
import { LanguageCode } from "../codelists/languages";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { EntityId, PartialDate } from "./primitives";

/**
 * A person's informed consent to the use of their data for stated purposes, when and how it was given,
 * and when it was withdrawn.
 *
 * @example
 * ```ts
 * import type { Consent } from "@tipx/schema";
 * const consent: Consent = {
 *   type: "Consent",
 *   id: "2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091",
 *   person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
 *   purposes: ["case-management", "referral"],
 *   givenOn: "2022-03-30",
 *   method: "written",
 * };
 * ```
 */
export const Consent = z.strictObject({
  ...entityFields("Consent"),
  person: field(EntityId, {
    label: { en: "Person", th: "บุคคล", es: "Persona" },
    description: { en: "Id of the Person who consents.", th: "รหัสบุคคลผู้ให้ความยินยอม", es: "Id de la Person que consiente." },
    sensitivity: "none",
    references: ["Person"],
  }),
  purposes: field(z.array(ConsentPurpose).min(1), {
    label: { en: "Purposes", th: "วัตถุประสงค์", es: "Finalidades" },
    description: { en: "What the data may be used for.", th: "วัตถุประสงค์ที่อนุญาตให้ใช้ข้อมูล", es: "Para qué pueden usarse los datos." },
    sensitivity: "none",
    htcds: "con_Consent",
  }),
  givenOn: field(PartialDate, {
    label: { en: "Given on", th: "วันที่ให้ความยินยอม", es: "Otorgado el" },
    description: { en: "When consent was given.", th: "วันที่ให้ความยินยอม", es: "Cuándo se otorgó el consentimiento." },
    sensitivity: "none",
  }),
  withdrawnOn: field(PartialDate.optional(), {
    label: { en: "Withdrawn on", th: "วันที่ถอนความยินยอม", es: "Revocado el" },
    description: { en: "When consent was withdrawn.", th: "วันที่ถอนความยินยอม", es: "Cuándo se revocó el consentimiento." },
    sensitivity: "none",
  }),
  method: field(ConsentMethod.optional(), {
    label: { en: "How obtained", th: "วิธีการได้รับความยินยอม", es: "Cómo se obtuvo" },
    description: { en: "Written, verbal, digital, by a guardian...", th: "เป็นลายลักษณ์อักษร วาจา ดิจิทัล โดยผู้ปกครอง ฯลฯ", es: "Por escrito, verbal, digital, por tutor..." },
    sensitivity: "none",
  }),
  guardian: field(EntityId.optional(), {
    label: { en: "Guardian", th: "ผู้ปกครอง", es: "Tutor" },
    description: { en: "Id of the Person who consented for a child.", th: "รหัสบุคคลที่ให้ความยินยอมแทนเด็ก", es: "Id de la Person que consintió por un niño o niña." },
    sensitivity: "none",
    references: ["Person"],
  }),
  recordedBy: field(EntityId.optional(), {
    label: { en: "Recorded by", th: "บันทึกโดย", es: "Registrado por" },
    description: { en: "Id of the Organization that recorded the consent.", th: "รหัสหน่วยงานที่บันทึกความยินยอม", es: "Id de la Organization que registró el consentimiento." },
    sensitivity: "none",
    references: ["Organization"],
  }),
  language: field(LanguageCode.optional(), {
    label: { en: "Language of the consent", th: "ภาษาที่ใช้ขอความยินยอม", es: "Idioma del consentimiento" },
    description: { en: "The ISO 639-1 code of the language consent was explained in.", th: "รหัส ISO 639-1 ของภาษาที่ใช้อธิบายเพื่อขอความยินยอม", es: "El código ISO 639-1 del idioma en que se explicó el consentimiento." },
    sensitivity: "quasi-identifier",
  }),
});
/** A person's consent to the use of their data. */
export type Consent = z.infer<typeof Consent>;
