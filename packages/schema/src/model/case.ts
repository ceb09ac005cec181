import { z } from "zod";
import { CountryCode } from "../codelists/countries";
import { CaseStatus } from "../codelists/htcds-case";
import { TraffickingEventType } from "../codelists/htcds-events";
import { SupportPlanType } from "../codelists/htcds-support-plan";
import { field } from "../metadata/registry";
import { CaseParty } from "./case-party";
import { entityFields } from "./entity-base";
import { DateTime, EntityId, PartialDate, Place, SubdivisionCode } from "./primitives";

/**
 * The country, and optionally the ISO 3166-2 subdivision, whose authorities handle a case or a
 * proceeding.
 *
 * @example
 * ```ts
 * import type { Jurisdiction } from "@tipx/schema";
 * const tak: Jurisdiction = { country: "TH", subdivision: "TH-63" };
 * ```
 */
export const Jurisdiction = z.strictObject({
  country: field(CountryCode, {
    label: { en: "Country", th: "ประเทศ", es: "País" },
    description: { en: "The country of jurisdiction.", th: "ประเทศที่มีเขตอำนาจ", es: "El país con jurisdicción." },
    sensitivity: "none",
  }),
  subdivision: field(SubdivisionCode.optional(), {
    label: { en: "Subdivision", th: "เขตการปกครอง", es: "Subdivisión" },
    description: { en: "The ISO 3166-2 subdivision of jurisdiction.", th: "เขตการปกครองตาม ISO 3166-2 ที่มีเขตอำนาจ", es: "La subdivisión ISO 3166-2 con jurisdicción." },
    sensitivity: "none",
  }),
});
/** The country and subdivision whose authorities handle a case or proceeding. */
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/**
 * A step of the trafficking: recruitment, transit or exploitation, with its date and place (the HTCDS
 * historic trafficking events).
 *
 * @example
 * ```ts
 * import type { TraffickingEvent } from "@tipx/schema";
 * const transit: TraffickingEvent = { eventType: "Transit", date: "2022-03-29", place: { country: "TH", subdivision: "TH-63" } };
 * ```
 */
export const TraffickingEvent = z.strictObject({
  eventType: field(TraffickingEventType, {
    label: { en: "Event type", th: "ประเภทเหตุการณ์", es: "Tipo de evento" },
    description: { en: "Recruitment, transit or exploitation.", th: "การจัดหา การเคลื่อนย้าย หรือการแสวงประโยชน์", es: "Captación, tránsito o explotación." },
    sensitivity: "sensitive",
    htcds: "hte_Type",
  }),
  date: field(PartialDate.optional(), {
    label: { en: "Date", th: "วันที่", es: "Fecha" },
    description: { en: "When the event happened.", th: "วันที่เกิดเหตุการณ์", es: "Cuándo ocurrió el evento." },
    sensitivity: "quasi-identifier",
    htcds: "hte_Date",
  }),
  place: field(Place.optional(), {
    label: { en: "Place", th: "สถานที่", es: "Lugar" },
    description: { en: "Where the event happened.", th: "สถานที่เกิดเหตุการณ์", es: "Dónde ocurrió el evento." },
    sensitivity: "quasi-identifier",
    htcds: ["hte_Street", "hte_City", "hte_State", "hte_PostalCode", "hte_Country", "hte_Latitude", "hte_Longitude"],
  }),
  persons: field(z.array(EntityId).optional(), {
    label: { en: "Persons", th: "บุคคล", es: "Personas" },
    description: { en: "Ids of the Persons the event concerns; absent means all victims of the case.", th: "รหัสบุคคลที่เกี่ยวข้องกับเหตุการณ์ หากไม่ระบุหมายถึงผู้เสียหายทุกคนในคดี", es: "Ids de las Person a las que concierne el evento; si falta, todas las víctimas del caso." },
    sensitivity: "none",
    references: ["Person"],
  }),
  description: field(z.string().min(1).optional(), {
    label: { en: "Description", th: "รายละเอียด", es: "Descripción" },
    description: { en: "Narrative of the event.", th: "คำบรรยายเหตุการณ์", es: "Relato del evento." },
    sensitivity: "sensitive",
    htcds: "hte_Description",
  }),
});
/** A step of the trafficking with its date and place. */
export type TraffickingEvent = z.infer<typeof TraffickingEvent>;

/**
 * A comment on a case by a case worker.
 *
 * @example
 * ```ts
 * import type { CaseComment } from "@tipx/schema";
 * const note: CaseComment = { text: "Interview held with an interpreter.", createdAt: "2022-03-30T09:00:00+07:00" };
 * ```
 */
export const CaseComment = z.strictObject({
  text: field(z.string().min(1), {
    label: { en: "Comment", th: "ความเห็น", es: "Comentario" },
    description: { en: "The comment.", th: "ข้อความความเห็น", es: "El comentario." },
    sensitivity: "sensitive",
    htcds: "cco_CaseComment",
  }),
  createdAt: field(DateTime.optional(), {
    label: { en: "Written at", th: "เขียนเมื่อ", es: "Escrito el" },
    description: { en: "When the comment was written.", th: "เวลาที่เขียนความเห็น", es: "Cuándo se escribió el comentario." },
    sensitivity: "none",
  }),
  author: field(EntityId.optional(), {
    label: { en: "Author", th: "ผู้เขียน", es: "Autor" },
    description: { en: "Id of the Organization whose worker wrote it.", th: "รหัสหน่วยงานของผู้เขียน", es: "Id de la Organization cuyo personal lo escribió." },
    sensitivity: "none",
    references: ["Organization"],
  }),
});
/** A comment on a case. */
export type CaseComment = z.infer<typeof CaseComment>;

/**
 * A support plan for a victim: its type, objectives, actions and end dates (HTCDS support plan).
 *
 * @example
 * ```ts
 * import type { SupportPlan } from "@tipx/schema";
 * const plan: SupportPlan = { planType: "Health", objectives: "Medical check-up", plannedEndOn: "2022-04-15" };
 * ```
 */
export const SupportPlan = z.strictObject({
  planType: field(SupportPlanType, {
    label: { en: "Plan type", th: "ประเภทแผน", es: "Tipo de plan" },
    description: { en: "The kind of support.", th: "ประเภทความช่วยเหลือ", es: "El tipo de apoyo." },
    sensitivity: "sensitive",
    htcds: "spl_Type",
  }),
  person: field(EntityId.optional(), {
    label: { en: "Person", th: "บุคคล", es: "Persona" },
    description: { en: "Id of the Person the plan supports.", th: "รหัสบุคคลที่ได้รับการช่วยเหลือตามแผน", es: "Id de la Person a quien apoya el plan." },
    sensitivity: "none",
    references: ["Person"],
  }),
  objectives: field(z.string().min(1).optional(), {
    label: { en: "Objectives", th: "วัตถุประสงค์", es: "Objetivos" },
    description: { en: "What the plan aims at.", th: "เป้าหมายของแผน", es: "Lo que persigue el plan." },
    sensitivity: "sensitive",
    htcds: "spl_Objectives",
  }),
  actionPlan: field(z.string().min(1).optional(), {
    label: { en: "Action plan", th: "แผนปฏิบัติ", es: "Plan de acción" },
    description: { en: "The actions planned.", th: "การดำเนินการตามแผน", es: "Las acciones previstas." },
    sensitivity: "sensitive",
    htcds: "spl_ActionPlan",
  }),
  plannedEndOn: field(PartialDate.optional(), {
    label: { en: "Planned end", th: "วันสิ้นสุดตามแผน", es: "Fin previsto" },
    description: { en: "When the plan should end.", th: "วันที่แผนควรสิ้นสุด", es: "Cuándo debería terminar el plan." },
    sensitivity: "none",
    htcds: "spl_PlannedEndDate",
  }),
  actualEndOn: field(PartialDate.optional(), {
    label: { en: "Actual end", th: "วันสิ้นสุดจริง", es: "Fin real" },
    description: { en: "When the plan ended.", th: "วันที่แผนสิ้นสุดจริง", es: "Cuándo terminó el plan." },
    sensitivity: "none",
    htcds: "spl_ActualEndDate",
  }),
});
/** A support plan for a victim. */
export type SupportPlan = z.infer<typeof SupportPlan>;

/**
 * A trafficking case: its status, owner, jurisdiction and dates, the people in it with their roles and
 * victim or perpetrator contexts, the trafficking events, comments and support plans.
 *
 * @example
 * ```ts
 * import type { Case } from "@tipx/schema";
 * const c: Case = {
 *   type: "Case",
 *   id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
 *   status: "Active",
 *   openedOn: "2022-03-29",
 *   jurisdiction: { country: "TH", subdivision: "TH-63" },
 *   parties: [{ person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01", roles: ["presumed-victim"] }],
 * };
 * ```
 */
export const Case = z.strictObject({
  ...entityFields("Case"),
  status: field(CaseStatus.optional(), {
    label: { en: "Case status", th: "สถานะคดี", es: "Estado del caso" },
    description: { en: "Active, follow-up, closed or closed after referral.", th: "ดำเนินการ ติดตาม ปิด หรือปิดโดยส่งต่อ", es: "Activo, seguimiento, cerrado o cerrado por derivación." },
    sensitivity: "none",
    htcds: "cas_Status",
  }),
  closureReason: field(z.string().min(1).optional(), {
    label: { en: "Reason for closure", th: "เหตุผลในการปิดคดี", es: "Motivo del cierre" },
    description: { en: "Why the case was closed.", th: "เหตุผลที่ปิดคดี", es: "Por qué se cerró el caso." },
    sensitivity: "sensitive",
    htcds: "cas_ReasonForCaseClosure",
  }),
  owner: field(EntityId.optional(), {
    label: { en: "Case owner", th: "หน่วยงานเจ้าของคดี", es: "Titular del caso" },
    description: { en: "Id of the Organization that owns the case.", th: "รหัสหน่วยงานที่เป็นเจ้าของคดี", es: "Id de la Organization titular del caso." },
    sensitivity: "none",
    htcds: "cas_CaseOwner",
    references: ["Organization"],
  }),
  jurisdiction: field(Jurisdiction.optional(), {
    label: { en: "Jurisdiction", th: "เขตอำนาจ", es: "Jurisdicción" },
    description: { en: "The country and subdivision handling the case.", th: "ประเทศและเขตการปกครองที่ดูแลคดี", es: "El país y la subdivisión que tramitan el caso." },
    sensitivity: "none",
  }),
  openedOn: field(PartialDate.optional(), {
    label: { en: "Opened on", th: "วันที่เปิดคดี", es: "Abierto el" },
    description: { en: "When the case was opened.", th: "วันที่เปิดคดี", es: "Cuándo se abrió el caso." },
    sensitivity: "none",
  }),
  closedOn: field(PartialDate.optional(), {
    label: { en: "Closed on", th: "วันที่ปิดคดี", es: "Cerrado el" },
    description: { en: "When the case was closed.", th: "วันที่ปิดคดี", es: "Cuándo se cerró el caso." },
    sensitivity: "none",
  }),
  parties: field(z.array(CaseParty), {
    label: { en: "Parties", th: "คู่กรณี", es: "Partes" },
    description: { en: "The people in the case with their roles.", th: "บุคคลในคดีและบทบาท", es: "Las personas del caso con sus funciones." },
    sensitivity: "sensitive",
  }),
  events: field(z.array(TraffickingEvent).optional(), {
    label: { en: "Trafficking events", th: "เหตุการณ์การค้ามนุษย์", es: "Eventos de trata" },
    description: { en: "Recruitment, transit and exploitation events.", th: "เหตุการณ์การจัดหา การเคลื่อนย้าย และการแสวงประโยชน์", es: "Eventos de captación, tránsito y explotación." },
    sensitivity: "sensitive",
  }),
  comments: field(z.array(CaseComment).optional(), {
    label: { en: "Comments", th: "ความเห็น", es: "Comentarios" },
    description: { en: "Case workers' comments.", th: "ความเห็นของเจ้าหน้าที่ผู้ดูแลคดี", es: "Comentarios del personal del caso." },
    sensitivity: "sensitive",
  }),
  supportPlans: field(z.array(SupportPlan).optional(), {
    label: { en: "Support plans", th: "แผนการช่วยเหลือ", es: "Planes de apoyo" },
    description: { en: "Support plans for the victims.", th: "แผนการช่วยเหลือผู้เสียหาย", es: "Planes de apoyo a las víctimas." },
    sensitivity: "sensitive",
  }),
});
/** A trafficking case. */
export type Case = z.infer<typeof Case>;
