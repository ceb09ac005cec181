import { z } from "zod";
import { field } from "../metadata/registry";
import { EntityId, Extensions, Identifier, RecordMeta } from "./primitives";

/**
 * The entity types of the tipx 1.0 model, the values of every entity's `type`.
 *
 * @example
 * ```ts
 * import { ENTITY_TYPES } from "@tipx/schema";
 * ENTITY_TYPES.includes("Operation"); // true
 * ```
 */
export const ENTITY_TYPES = [
  "Person",
  "Organization",
  "Case",
  "Operation",
  "Referral",
  "Consent",
  "Assessment",
  "LegalProceeding",
] as const;

/** One of the entity types of the tipx 1.0 model. */
export type EntityType = (typeof ENTITY_TYPES)[number];

/**
 * The fields every entity has: `type` (the discriminator), `id`, and optional `identifiers`, `meta`
 * and `extensions`. Spread into each entity's `z.strictObject`.
 */
export function entityFields<T extends EntityType>(type: T) {
  return {
    type: field(z.literal(type), {
      label: { en: "Entity type", th: "ประเภทเอนทิตี", es: "Tipo de entidad" },
      description: {
        en: "What kind of entity this is; decides which fields it has.",
        th: "ชนิดของเอนทิตี ซึ่งกำหนดว่ามีฟิลด์ใดบ้าง",
        es: "Qué clase de entidad es; decide qué campos tiene.",
      },
      sensitivity: "none",
    }),
    id: field(EntityId, {
      label: { en: "Entity id", th: "รหัสเอนทิตี", es: "Id de la entidad" },
      description: {
        en: "A UUID naming this entity, unique in the bundle; other entities refer to it by this id.",
        th: "UUID ที่ระบุเอนทิตีนี้ ไม่ซ้ำกันในชุดข้อมูล เอนทิตีอื่นอ้างถึงด้วยรหัสนี้",
        es: "Un UUID que nombra esta entidad, único en el paquete; las demás entidades la citan por este id.",
      },
      sensitivity: "none",
    }),
    identifiers: field(z.array(Identifier).optional(), {
      label: { en: "Local identifiers", th: "รหัสอ้างอิงของหน่วยงาน", es: "Identificadores locales" },
      description: {
        en: "The ids that holders' own systems give this entity (case numbers, file numbers).",
        th: "รหัสที่ระบบของหน่วยงานผู้ถือข้อมูลกำหนดให้เอนทิตีนี้ (เลขคดี เลขแฟ้ม)",
        es: "Los ids que los sistemas de cada titular dan a esta entidad (números de caso o de expediente).",
      },
      sensitivity: "direct-identifier",
    }),
    meta: field(RecordMeta.optional(), {
      label: { en: "Record metadata", th: "ข้อมูลการบันทึก", es: "Metadatos del registro" },
      description: {
        en: "When and by which system the record was created and changed.",
        th: "เวลาและระบบที่สร้างและแก้ไขระเบียน",
        es: "Cuándo y en qué sistema se creó y modificó el registro.",
      },
      sensitivity: "none",
    }),
    extensions: field(Extensions.optional(), {
      label: { en: "Extensions", th: "ส่วนขยาย", es: "Extensiones" },
      description: {
        en: "Data outside the model, under namespaced keys such as \"org.example/field\".",
        th: "ข้อมูลนอกแบบจำลอง ภายใต้คีย์ที่มีเนมสเปซ เช่น \"org.example/field\"",
        es: "Datos fuera del modelo, con claves con espacio de nombres como \"org.example/field\".",
      },
      sensitivity: "sensitive",
    }),
  } as const;
}
