import { z } from "zod";
import { OperationKind } from "../codelists/operations";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { EntityId, PartialDate, Place } from "./primitives";

/**
 * The people an operation rescued or arrested: by person id where they are recorded individually,
 * and as a count where they are not (or both: the count then covers at least the named people).
 *
 * @example
 * ```ts
 * import type { OperationHeadcount } from "@tipx/schema";
 * const rescued: OperationHeadcount = { count: 11 };
 * ```
 */
export const OperationHeadcount = z.strictObject({
  persons: field(z.array(EntityId).optional(), {
    label: { en: "Persons", th: "บุคคล", es: "Personas" },
    description: { en: "Ids of the Person entities concerned.", th: "รหัสของเอนทิตีบุคคลที่เกี่ยวข้อง", es: "Ids de las entidades Person afectadas." },
    sensitivity: "none",
    references: ["Person"],
  }),
  count: field(z.int().min(0).optional(), {
    label: { en: "Count", th: "จำนวน", es: "Cantidad" },
    description: { en: "How many people, named or not.", th: "จำนวนคน ทั้งที่ระบุชื่อและไม่ระบุ", es: "Cuántas personas, con o sin nombre." },
    sensitivity: "none",
  }),
});
/** The people an operation rescued or arrested. */
export type OperationHeadcount = z.infer<typeof OperationHeadcount>;

/**
 * A law-enforcement action (a raid, inspection or interception) with where and when it happened, who led
 * it, and whom it rescued and arrested. Not part of HTCDS; it lets one record describe an event that
 * produced many cases.
 *
 * @example
 * ```ts
 * import type { Operation } from "@tipx/schema";
 * const op: Operation = {
 *   type: "Operation",
 *   id: "5d2e8f10-4b3c-4a2d-9e1f-0a1b2c3d4e5f",
 *   kind: "interception",
 *   date: "2022-03-29",
 *   leadAgency: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21",
 *   place: { country: "TH", subdivision: "TH-63", locality: "Mae Sot" },
 *   rescued: { count: 11 },
 *   arrested: { count: 2 },
 * };
 * ```
 */
export const Operation = z.strictObject({
  ...entityFields("Operation"),
  kind: field(OperationKind, {
    label: { en: "Operation kind", th: "ประเภทปฏิบัติการ", es: "Tipo de operativo" },
    description: { en: "Raid, inspection, interception, rescue...", th: "การบุกค้น การตรวจ การสกัดกั้น การช่วยเหลือ ฯลฯ", es: "Allanamiento, inspección, interceptación, rescate..." },
    sensitivity: "none",
  }),
  date: field(PartialDate, {
    label: { en: "Date", th: "วันที่", es: "Fecha" },
    description: { en: "When the operation took place.", th: "วันที่ดำเนินปฏิบัติการ", es: "Cuándo se realizó el operativo." },
    sensitivity: "none",
  }),
  leadAgency: field(EntityId, {
    label: { en: "Lead agency", th: "หน่วยงานหลัก", es: "Organismo a cargo" },
    description: { en: "Id of the Organization that led the operation.", th: "รหัสของหน่วยงานที่นำปฏิบัติการ", es: "Id de la Organization que dirigió el operativo." },
    sensitivity: "none",
    references: ["Organization"],
  }),
  otherAgencies: field(z.array(EntityId).optional(), {
    label: { en: "Other agencies", th: "หน่วยงานร่วม", es: "Otros organismos" },
    description: { en: "Ids of the other Organizations that took part.", th: "รหัสของหน่วยงานอื่นที่ร่วมปฏิบัติการ", es: "Ids de las demás Organization participantes." },
    sensitivity: "none",
    references: ["Organization"],
  }),
  place: field(Place.optional(), {
    label: { en: "Place", th: "สถานที่", es: "Lugar" },
    description: { en: "Where the operation took place.", th: "สถานที่ดำเนินปฏิบัติการ", es: "Dónde se realizó el operativo." },
    sensitivity: "quasi-identifier",
  }),
  rescued: field(OperationHeadcount.optional(), {
    label: { en: "Rescued", th: "ผู้ได้รับการช่วยเหลือ", es: "Personas rescatadas" },
    description: { en: "The people the operation rescued or intercepted.", th: "บุคคลที่ได้รับการช่วยเหลือหรือสกัดกั้นในปฏิบัติการ", es: "Las personas rescatadas o interceptadas en el operativo." },
    sensitivity: "none",
  }),
  arrested: field(OperationHeadcount.optional(), {
    label: { en: "Arrested", th: "ผู้ถูกจับกุม", es: "Personas detenidas" },
    description: { en: "The people the operation arrested.", th: "บุคคลที่ถูกจับกุมในปฏิบัติการ", es: "Las personas detenidas en el operativo." },
    sensitivity: "none",
  }),
  cases: field(z.array(EntityId).optional(), {
    label: { en: "Cases", th: "คดี", es: "Casos" },
    description: { en: "Ids of the Cases the operation opened or belongs to.", th: "รหัสของคดีที่เกิดจากหรือเกี่ยวข้องกับปฏิบัติการ", es: "Ids de los Case que abrió el operativo o a los que pertenece." },
    sensitivity: "none",
    references: ["Case"],
  }),
  description: field(z.string().min(1).optional(), {
    label: { en: "Description", th: "รายละเอียด", es: "Descripción" },
    description: { en: "A narrative of the operation; keep personal data out of it.", th: "คำบรรยายปฏิบัติการ ไม่ควรใส่ข้อมูลส่วนบุคคล", es: "Relato del operativo; sin datos personales." },
    sensitivity: "sensitive",
  }),
});
/** A law-enforcement action such as a raid, inspection or interception. */
export type Operation = z.infer<typeof Operation>;
