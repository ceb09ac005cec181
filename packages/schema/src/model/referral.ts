import { z } from "zod";
import { ReferralReason } from "../codelists/htcds-case";
import { ReferralService } from "../codelists/referral-services";
import { ReferralStatus } from "../codelists/referral-statuses";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { EntityId, PartialDate } from "./primitives";

/**
 * A referral of a person (and usually their case) from one organisation to another, with the services
 * requested, its status and the consent it relies on. Carries the HTCDS 2.0 referral details.
 *
 * @example
 * ```ts
 * import type { Referral } from "@tipx/schema";
 * const referral: Referral = {
 *   type: "Referral",
 *   id: "7e6d5c4b-3a29-4f18-8e07-d6c5b4a39281",
 *   from: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21",
 *   to: "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
 *   person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
 *   consent: "2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091",
 *   status: "proposed",
 *   services: ["shelter"],
 * };
 * ```
 */
export const Referral = z.strictObject({
  ...entityFields("Referral"),
  from: field(EntityId, {
    label: { en: "Referring organisation", th: "หน่วยงานผู้ส่งต่อ", es: "Organización que deriva" },
    description: { en: "Id of the Organization that refers.", th: "รหัสหน่วยงานที่ส่งต่อ", es: "Id de la Organization que deriva." },
    sensitivity: "none",
    htcds: "cas_ReferringOrganisation",
    references: ["Organization"],
  }),
  to: field(EntityId, {
    label: { en: "Receiving organisation", th: "หน่วยงานผู้รับ", es: "Organización receptora" },
    description: { en: "Id of the Organization referred to.", th: "รหัสหน่วยงานที่รับการส่งต่อ", es: "Id de la Organization a la que se deriva." },
    sensitivity: "none",
    htcds: "cas_ReferredOrganisation",
    references: ["Organization"],
  }),
  person: field(EntityId.optional(), {
    label: { en: "Person referred", th: "บุคคลที่ถูกส่งต่อ", es: "Persona derivada" },
    description: { en: "Id of the Person referred.", th: "รหัสบุคคลที่ถูกส่งต่อ", es: "Id de la Person derivada." },
    sensitivity: "none",
    references: ["Person"],
  }),
  case: field(EntityId.optional(), {
    label: { en: "Case", th: "คดี", es: "Caso" },
    description: { en: "Id of the Case the referral belongs to.", th: "รหัสคดีที่การส่งต่อนี้เกี่ยวข้อง", es: "Id del Case al que pertenece la derivación." },
    sensitivity: "none",
    references: ["Case"],
  }),
  status: field(ReferralStatus, {
    label: { en: "Referral status", th: "สถานะการส่งต่อ", es: "Estado de la derivación" },
    description: { en: "proposed, accepted, declined, completed or withdrawn.", th: "เสนอ รับ ปฏิเสธ เสร็จสิ้น หรือถอน", es: "propuesta, aceptada, rechazada, completada o retirada." },
    sensitivity: "none",
  }),
  proposedOn: field(PartialDate.optional(), {
    label: { en: "Referral date", th: "วันที่ส่งต่อ", es: "Fecha de derivación" },
    description: { en: "When the referral was made.", th: "วันที่ส่งต่อ", es: "Cuándo se hizo la derivación." },
    sensitivity: "none",
    htcds: ["cas_OutgoingReferralDate", "cas_IncomingReferralDate"],
  }),
  respondedOn: field(PartialDate.optional(), {
    label: { en: "Response date", th: "วันที่ตอบรับ", es: "Fecha de respuesta" },
    description: { en: "When the receiving organisation accepted or declined.", th: "วันที่หน่วยงานผู้รับตอบรับหรือปฏิเสธ", es: "Cuándo aceptó o rechazó la organización receptora." },
    sensitivity: "none",
  }),
  closedOn: field(PartialDate.optional(), {
    label: { en: "Closing date", th: "วันที่สิ้นสุด", es: "Fecha de cierre" },
    description: { en: "When the referral was completed or withdrawn.", th: "วันที่การส่งต่อเสร็จสิ้นหรือถูกถอน", es: "Cuándo se completó o retiró la derivación." },
    sensitivity: "none",
  }),
  reasons: field(z.array(ReferralReason).optional(), {
    label: { en: "Reasons", th: "เหตุผล", es: "Motivos" },
    description: { en: "Why the person is referred, HTCDS 2.0 values.", th: "เหตุผลในการส่งต่อ ตามค่าของ HTCDS 2.0", es: "Por qué se deriva a la persona, valores de HTCDS 2.0." },
    sensitivity: "none",
    htcds: ["cas_ReasonForOutgoingReferral", "cas_ReasonForIncomingReferral"],
  }),
  details: field(z.string().min(1).optional(), {
    label: { en: "Referral details", th: "รายละเอียดการส่งต่อ", es: "Detalle de la derivación" },
    description: { en: "Narrative details of the referral.", th: "รายละเอียดของการส่งต่อ", es: "Detalle narrativo de la derivación." },
    sensitivity: "sensitive",
    htcds: ["cas_OutgoingReferralDetails", "cas_IncomingReferralDetails"],
  }),
  services: field(z.array(ReferralService).optional(), {
    label: { en: "Services requested", th: "บริการที่ขอ", es: "Servicios solicitados" },
    description: { en: "The services the referral asks for.", th: "บริการที่ขอในการส่งต่อ", es: "Los servicios que pide la derivación." },
    sensitivity: "sensitive",
  }),
  caseWorkers: field(
    z
      .strictObject({
        referring: field(z.string().min(1).optional(), {
          label: { en: "Referring case worker", th: "เจ้าหน้าที่ผู้ส่งต่อ", es: "Profesional que deriva" },
          description: { en: "Name or staff id of the referring case worker.", th: "ชื่อหรือรหัสเจ้าหน้าที่ผู้ส่งต่อ", es: "Nombre o id de quien deriva el caso." },
          sensitivity: "direct-identifier",
          htcds: "cas_ReferringPrimaryCaseWorker",
        }),
        receiving: field(z.string().min(1).optional(), {
          label: { en: "Receiving case worker", th: "เจ้าหน้าที่ผู้รับ", es: "Profesional que recibe" },
          description: { en: "Name or staff id of the receiving case worker.", th: "ชื่อหรือรหัสเจ้าหน้าที่ผู้รับ", es: "Nombre o id de quien recibe el caso." },
          sensitivity: "direct-identifier",
          htcds: "cas_ReferredPrimaryCaseWorker",
        }),
      })
      .optional(),
    {
      label: { en: "Case workers", th: "เจ้าหน้าที่ผู้ดูแลคดี", es: "Personal a cargo" },
      description: { en: "Names or staff ids of the case workers on each side.", th: "ชื่อหรือรหัสเจ้าหน้าที่ผู้ดูแลคดีของแต่ละฝ่าย", es: "Nombres o ids del personal a cargo en cada lado." },
      sensitivity: "direct-identifier",
      htcds: ["cas_ReferringPrimaryCaseWorker", "cas_ReferredPrimaryCaseWorker"],
    },
  ),
  consent: field(EntityId.optional(), {
    label: { en: "Consent", th: "ความยินยอม", es: "Consentimiento" },
    description: { en: "Id of the Consent the referral relies on.", th: "รหัสความยินยอมที่การส่งต่อนี้อาศัย", es: "Id del Consent en que se basa la derivación." },
    sensitivity: "none",
    references: ["Consent"],
  }),
});
/** A referral of a person from one organisation to another. */
export type Referral = z.infer<typeof Referral>;
