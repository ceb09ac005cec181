import { z } from "zod";
import { Classification } from "../codelists/classifications";
import { ConsentPurpose } from "../codelists/consent-purposes";
import { CountryCode } from "../codelists/countries";
import { field } from "../metadata/registry";
import { ProfileCode } from "../profiles/profile-code";
import { Assessment } from "./assessment";
import { Case } from "./case";
import { Consent } from "./consent";
import { LegalProceeding } from "./legal-proceeding";
import { Operation } from "./operation";
import { Organization } from "./organization";
import { Person } from "./person";
import { DateTime, EntityId } from "./primitives";
import { Referral } from "./referral";

/**
 * The version of the exchange model this package reads and writes.
 *
 * @example
 * ```ts
 * import { TIPX_VERSION } from "@tipx/schema";
 * TIPX_VERSION; // "1.0"
 * ```
 */
export const TIPX_VERSION = "1.0";

/**
 * Any entity of a bundle, told apart by its `type`.
 *
 * @example
 * ```ts
 * import { Entity } from "@tipx/schema";
 * Entity.safeParse({ type: "Organization", id: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21", name: "Shelter" }).success; // true
 * ```
 */
export const Entity = z.discriminatedUnion("type", [
  Person,
  Organization,
  Case,
  Operation,
  Referral,
  Consent,
  Assessment,
  LegalProceeding,
]);
/** Any entity of a bundle. */
export type Entity = z.infer<typeof Entity>;

/**
 * The sender or a recipient of a bundle: an organisation, by name and optionally by the id of an
 * Organization entity in the bundle.
 *
 * @example
 * ```ts
 * import type { Party } from "@tipx/schema";
 * const sender: Party = { name: "Department of Provincial Administration, Tak", country: "TH" };
 * ```
 */
export const Party = z.strictObject({
  organization: field(EntityId.optional(), {
    label: { en: "Organisation", th: "หน่วยงาน", es: "Organización" },
    description: { en: "Id of the Organization entity, when the bundle holds one.", th: "รหัสของเอนทิตีหน่วยงาน หากมีในชุดข้อมูล", es: "Id de la entidad Organization, si el paquete la incluye." },
    sensitivity: "none",
    references: ["Organization"],
  }),
  name: field(z.string().min(1), {
    label: { en: "Name", th: "ชื่อ", es: "Nombre" },
    description: { en: "The organisation's name.", th: "ชื่อหน่วยงาน", es: "El nombre de la organización." },
    sensitivity: "none",
  }),
  country: field(CountryCode.optional(), {
    label: { en: "Country", th: "ประเทศ", es: "País" },
    description: { en: "The organisation's country.", th: "ประเทศของหน่วยงาน", es: "El país de la organización." },
    sensitivity: "none",
  }),
});
/** The sender or a recipient of a bundle. */
export type Party = z.infer<typeof Party>;

/**
 * A tipx payload: an envelope (version, id, time, sender, recipients, purpose, profile,
 * classification) and a flat list of entities that refer to each other by id.
 *
 * @example
 * ```ts
 * import { validate } from "@tipx/schema";
 * const result = validate({
 *   tipx: "1.0",
 *   id: "c0ffee00-1234-4abc-8def-0123456789ab",
 *   createdAt: "2022-03-30T08:00:00+07:00",
 *   sender: { name: "Shelter" },
 *   purpose: "case-management",
 *   entities: [],
 * });
 * result.ok; // true
 * ```
 */
export const Bundle = z.strictObject({
  tipx: field(z.literal(TIPX_VERSION), {
    label: { en: "tipx version", th: "รุ่นของ tipx", es: "Versión de tipx" },
    description: { en: "The model version, \"1.0\".", th: "รุ่นของแบบจำลอง \"1.0\"", es: "La versión del modelo, \"1.0\"." },
    sensitivity: "none",
  }),
  id: field(EntityId, {
    label: { en: "Bundle id", th: "รหัสชุดข้อมูล", es: "Id del paquete" },
    description: { en: "A UUID naming this bundle.", th: "UUID ที่ระบุชุดข้อมูลนี้", es: "Un UUID que nombra este paquete." },
    sensitivity: "none",
  }),
  createdAt: field(DateTime, {
    label: { en: "Created at", th: "สร้างเมื่อ", es: "Creado el" },
    description: { en: "When the bundle was made.", th: "เวลาที่สร้างชุดข้อมูล", es: "Cuándo se creó el paquete." },
    sensitivity: "none",
  }),
  sender: field(Party, {
    label: { en: "Sender", th: "ผู้ส่ง", es: "Remitente" },
    description: { en: "The organisation sending the bundle.", th: "หน่วยงานที่ส่งชุดข้อมูล", es: "La organización que envía el paquete." },
    sensitivity: "none",
  }),
  recipients: field(z.array(Party).optional(), {
    label: { en: "Recipients", th: "ผู้รับ", es: "Destinatarios" },
    description: { en: "The organisations the bundle is for.", th: "หน่วยงานที่เป็นผู้รับชุดข้อมูล", es: "Las organizaciones a las que va el paquete." },
    sensitivity: "none",
  }),
  purpose: field(ConsentPurpose, {
    label: { en: "Purpose", th: "วัตถุประสงค์", es: "Finalidad" },
    description: { en: "Why the data is shared; consent and privacy rules depend on it.", th: "เหตุผลในการแบ่งปันข้อมูล กฎความยินยอมและความเป็นส่วนตัวขึ้นกับค่านี้", es: "Para qué se comparten los datos; las reglas de consentimiento y privacidad dependen de ello." },
    sensitivity: "none",
  }),
  profile: field(ProfileCode.optional(), {
    label: { en: "Country profile", th: "โปรไฟล์ประเทศ", es: "Perfil de país" },
    description: { en: "The country profile whose rules apply: TH, LR, PY or AR.", th: "โปรไฟล์ประเทศที่ใช้กฎ: TH, LR, PY หรือ AR", es: "El perfil de país cuyas reglas se aplican: TH, LR, PY o AR." },
    sensitivity: "none",
  }),
  classification: field(Classification.optional(), {
    label: { en: "Classification", th: "ชั้นความลับ", es: "Clasificación" },
    description: { en: "Who may see the bundle.", th: "ผู้ที่มีสิทธิ์เห็นชุดข้อมูล", es: "Quién puede ver el paquete." },
    sensitivity: "none",
  }),
  entities: field(z.array(Entity), {
    label: { en: "Entities", th: "เอนทิตี", es: "Entidades" },
    description: { en: "The persons, organisations, cases and other entities.", th: "บุคคล หน่วยงาน คดี และเอนทิตีอื่น", es: "Las personas, organizaciones, casos y demás entidades." },
    sensitivity: "none",
  }),
});
/** A tipx payload: envelope plus entities. */
export type Bundle = z.infer<typeof Bundle>;
