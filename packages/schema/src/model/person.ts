import { z } from "zod";
import { CountryCode } from "../codelists/countries";
import { EducationLevel, Gender, MaritalStatus } from "../codelists/htcds-person";
import { IdentityDocumentKind } from "../codelists/identity-documents";
import { LanguageCode } from "../codelists/languages";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { CalendarDate, PartialDate, PhoneNumber, Place } from "./primitives";

/**
 * A person's names. Any part may be missing; `full` holds the name as written when it cannot be split,
 * and `native` the name in the person's own script (Thai, Burmese, Khmer...).
 *
 * @example
 * ```ts
 * import type { PersonNames } from "@tipx/schema";
 * const names: PersonNames = { given: "Somchai", family: "Kaewmanee", native: "สมชาย แก้วมณี" };
 * ```
 */
export const PersonNames = z.strictObject({
  salutation: field(z.string().min(1).optional(), {
    label: { en: "Salutation", th: "คำนำหน้าชื่อ", es: "Tratamiento" },
    description: { en: "Form of address such as Mr, Ms, นาย, นางสาว.", th: "คำนำหน้าชื่อ เช่น นาย นางสาว", es: "Forma de tratamiento como Sr., Sra." },
    sensitivity: "quasi-identifier",
    htcds: "prs_Salutation",
  }),
  title: field(z.string().min(1).optional(), {
    label: { en: "Title", th: "ตำแหน่งหรือยศ", es: "Título" },
    description: { en: "A title such as a rank or honorific.", th: "ยศหรือตำแหน่ง", es: "Un título como un rango o tratamiento honorífico." },
    sensitivity: "quasi-identifier",
    htcds: "prs_Title",
  }),
  given: field(z.string().min(1).optional(), {
    label: { en: "Given name", th: "ชื่อ", es: "Nombre" },
    description: { en: "The given (first) name.", th: "ชื่อตัว", es: "El nombre de pila." },
    sensitivity: "direct-identifier",
    htcds: "prs_FirstName",
  }),
  middle: field(z.string().min(1).optional(), {
    label: { en: "Middle name", th: "ชื่อกลาง", es: "Segundo nombre" },
    description: { en: "The middle name or names.", th: "ชื่อกลาง", es: "El segundo nombre o nombres." },
    sensitivity: "direct-identifier",
    htcds: "prs_MiddleName",
  }),
  family: field(z.string().min(1).optional(), {
    label: { en: "Family name", th: "นามสกุล", es: "Apellido" },
    description: { en: "The family name (surname).", th: "นามสกุล", es: "El apellido o apellidos." },
    sensitivity: "direct-identifier",
    htcds: "prs_SecondName",
  }),
  full: field(z.string().min(1).optional(), {
    label: { en: "Full name", th: "ชื่อเต็ม", es: "Nombre completo" },
    description: { en: "The whole name as written, when it cannot be split into parts.", th: "ชื่อเต็มตามที่เขียน เมื่อแยกส่วนไม่ได้", es: "El nombre completo tal como se escribe, cuando no puede separarse en partes." },
    sensitivity: "direct-identifier",
  }),
  native: field(z.string().min(1).optional(), {
    label: { en: "Name in native script", th: "ชื่อในอักษรของเจ้าตัว", es: "Nombre en escritura nativa" },
    description: { en: "The name in the person's own script.", th: "ชื่อที่เขียนด้วยอักษรของเจ้าตัว", es: "El nombre en la escritura propia de la persona." },
    sensitivity: "direct-identifier",
  }),
  aliases: field(z.array(z.string().min(1)).optional(), {
    label: { en: "Aliases", th: "ชื่ออื่น", es: "Alias" },
    description: { en: "Other names the person is known by.", th: "ชื่ออื่นที่ใช้เรียกบุคคลนี้", es: "Otros nombres con que se conoce a la persona." },
    sensitivity: "direct-identifier",
  }),
});
/** A person's names. */
export type PersonNames = z.infer<typeof PersonNames>;

/**
 * An age stated or estimated at a date, for people whose birth date is unknown.
 *
 * @example
 * ```ts
 * import type { AgeEstimate } from "@tipx/schema";
 * const age: AgeEstimate = { years: 16, asOf: "2022-03-29" };
 * ```
 */
export const AgeEstimate = z.strictObject({
  years: field(z.int().min(0).max(130), {
    label: { en: "Age in years", th: "อายุ (ปี)", es: "Edad en años" },
    description: { en: "The age in completed years.", th: "อายุเป็นปีเต็ม", es: "La edad en años cumplidos." },
    sensitivity: "quasi-identifier",
  }),
  asOf: field(CalendarDate, {
    label: { en: "Age as of", th: "อายุ ณ วันที่", es: "Edad a la fecha" },
    description: { en: "The date the age was stated or estimated.", th: "วันที่ระบุหรือประเมินอายุ", es: "La fecha en que se declaró o estimó la edad." },
    sensitivity: "quasi-identifier",
  }),
});
/** An age stated or estimated at a date. */
export type AgeEstimate = z.infer<typeof AgeEstimate>;

/**
 * An identity document: its kind, number and issuing country. Country profiles check the number's
 * format and check digit.
 *
 * @example
 * ```ts
 * import type { IdentityDocument } from "@tipx/schema";
 * const doc: IdentityDocument = { kind: "TH-PIN", number: "1-1120-34563-56-2", issuingCountry: "TH" };
 * ```
 */
export const IdentityDocument = z.strictObject({
  kind: field(IdentityDocumentKind, {
    label: { en: "Document kind", th: "ประเภทเอกสาร", es: "Tipo de documento" },
    description: { en: "The kind of document, such as TH-PIN or passport.", th: "ประเภทเอกสาร เช่น TH-PIN หรือหนังสือเดินทาง", es: "El tipo de documento, como TH-PIN o pasaporte." },
    sensitivity: "quasi-identifier",
  }),
  number: field(z.string().min(1), {
    label: { en: "Document number", th: "เลขที่เอกสาร", es: "Número de documento" },
    description: { en: "The document number as printed.", th: "เลขที่เอกสารตามที่พิมพ์ไว้", es: "El número del documento tal como está impreso." },
    sensitivity: "direct-identifier",
    htcds: "prs_IdentityNumber",
  }),
  issuingCountry: field(CountryCode.optional(), {
    label: { en: "Issuing country", th: "ประเทศที่ออกเอกสาร", es: "País emisor" },
    description: { en: "The country that issued the document.", th: "ประเทศที่ออกเอกสาร", es: "El país que emitió el documento." },
    sensitivity: "quasi-identifier",
  }),
  expiresOn: field(CalendarDate.optional(), {
    label: { en: "Expires on", th: "วันหมดอายุ", es: "Vence el" },
    description: { en: "The document's expiry date.", th: "วันหมดอายุของเอกสาร", es: "La fecha de vencimiento del documento." },
    sensitivity: "quasi-identifier",
  }),
});
/** An identity document. */
export type IdentityDocument = z.infer<typeof IdentityDocument>;

/**
 * The kinds of telephone line HTCDS distinguishes, plus `work` and `other`.
 *
 * @example
 * ```ts
 * import { PHONE_KINDS } from "@tipx/schema";
 * PHONE_KINDS[0]; // "mobile"
 * ```
 */
export const PHONE_KINDS = ["mobile", "home", "work", "other"] as const;

/**
 * A telephone number in E.164 form with the kind of line.
 *
 * @example
 * ```ts
 * import type { Phone } from "@tipx/schema";
 * const phone: Phone = { number: "+66812345678", kind: "mobile" };
 * ```
 */
export const Phone = z.strictObject({
  number: field(PhoneNumber, {
    label: { en: "Phone number", th: "หมายเลขโทรศัพท์", es: "Número de teléfono" },
    description: { en: "The number in E.164 form (+ country code, national number).", th: "หมายเลขในรูปแบบ E.164 (+รหัสประเทศ และหมายเลขในประเทศ)", es: "El número en formato E.164 (+ código de país y número nacional)." },
    sensitivity: "direct-identifier",
    htcds: ["prs_MobilePhone", "prs_HomePhone"],
  }),
  kind: field(z.enum(PHONE_KINDS).optional(), {
    label: { en: "Line kind", th: "ประเภทหมายเลข", es: "Tipo de línea" },
    description: { en: "Mobile, home, work or other.", th: "มือถือ บ้าน ที่ทำงาน หรืออื่น ๆ", es: "Móvil, fijo del hogar, trabajo u otro." },
    sensitivity: "none",
  }),
});
/** A telephone number with the kind of line. */
export type Phone = z.infer<typeof Phone>;

/**
 * Whether a person is a minor (under 18) or an adult, as recorded by the holder. Checked against the
 * birth date or age estimate (TIPX405).
 *
 * @example
 * ```ts
 * import { MAJORITY_STATUSES } from "@tipx/schema";
 * MAJORITY_STATUSES; // ["minor", "adult", "unknown"]
 * ```
 */
export const MAJORITY_STATUSES = ["minor", "adult", "unknown"] as const;

/**
 * A person: victim, presumed victim, suspect, witness, guardian or anyone else a case names. What a
 * person is in a case lives in the case's `parties`, so one person can appear in several cases.
 *
 * @example
 * ```ts
 * import { Person } from "@tipx/schema";
 * const person = Person.parse({
 *   type: "Person",
 *   id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
 *   gender: "Masculine",
 *   birthDate: "2001",
 *   citizenships: ["TH"],
 * });
 * ```
 */
export const Person = z.strictObject({
  ...entityFields("Person"),
  names: field(PersonNames.optional(), {
    label: { en: "Names", th: "ชื่อ", es: "Nombres" },
    description: { en: "The person's names.", th: "ชื่อของบุคคล", es: "Los nombres de la persona." },
    sensitivity: "direct-identifier",
  }),
  gender: field(Gender.optional(), {
    label: { en: "Gender", th: "เพศ", es: "Género" },
    description: { en: "Gender, HTCDS 2.0 values.", th: "เพศ ตามค่าของ HTCDS 2.0", es: "Género, valores de HTCDS 2.0." },
    sensitivity: "quasi-identifier",
    htcds: "prs_Gender",
    ctdc: ["gender"],
  }),
  birthDate: field(PartialDate.optional(), {
    label: { en: "Birth date", th: "วันเกิด", es: "Fecha de nacimiento" },
    description: { en: "Birth date, to the year, month or day.", th: "วันเกิด ระบุถึงปี เดือน หรือวัน", es: "Fecha de nacimiento, al año, mes o día." },
    sensitivity: "quasi-identifier",
    htcds: "prs_Birthdate",
    ctdc: ["ageBroad", "majorityStatus"],
  }),
  ageEstimate: field(AgeEstimate.optional(), {
    label: { en: "Age estimate", th: "อายุโดยประมาณ", es: "Edad estimada" },
    description: { en: "An age stated or estimated at a date, when the birth date is unknown.", th: "อายุที่ระบุหรือประเมิน ณ วันที่หนึ่ง เมื่อไม่ทราบวันเกิด", es: "Una edad declarada o estimada a una fecha, cuando se desconoce la fecha de nacimiento." },
    sensitivity: "quasi-identifier",
    ctdc: ["ageBroad", "majorityStatus"],
  }),
  majorityStatus: field(z.enum(MAJORITY_STATUSES).optional(), {
    label: { en: "Minor or adult", th: "ผู้เยาว์หรือผู้ใหญ่", es: "Menor o adulto" },
    description: { en: "Whether the person is a minor (under 18) or an adult, as recorded.", th: "บุคคลเป็นผู้เยาว์ (อายุต่ำกว่า 18 ปี) หรือผู้ใหญ่ ตามที่บันทึกไว้", es: "Si la persona es menor (menos de 18 años) o adulta, según el registro." },
    sensitivity: "quasi-identifier",
    ctdc: ["majorityStatus"],
  }),
  deceased: field(z.boolean().optional(), {
    label: { en: "Deceased", th: "เสียชีวิตแล้ว", es: "Fallecido" },
    description: { en: "Whether the person has died.", th: "บุคคลนี้เสียชีวิตแล้วหรือไม่", es: "Si la persona ha fallecido." },
    sensitivity: "sensitive",
    htcds: "prs_Deceased",
  }),
  citizenships: field(z.array(CountryCode).optional(), {
    label: { en: "Citizenships", th: "สัญชาติ", es: "Nacionalidades" },
    description: { en: "Countries of citizenship, ISO 3166-1 alpha-2; several allowed.", th: "ประเทศที่ถือสัญชาติ รหัส ISO 3166-1 alpha-2 มีได้หลายประเทศ", es: "Países de nacionalidad, ISO 3166-1 alfa-2; se admiten varios." },
    sensitivity: "quasi-identifier",
    htcds: "prs_Citizenship",
    ctdc: ["citizenship"],
  }),
  languages: field(z.array(LanguageCode).optional(), {
    label: { en: "Languages", th: "ภาษา", es: "Idiomas" },
    description: { en: "Languages spoken, ISO 639-1, the primary language first.", th: "ภาษาที่พูด รหัส ISO 639-1 ภาษาหลักก่อน", es: "Idiomas que habla, ISO 639-1, el principal primero." },
    sensitivity: "quasi-identifier",
    htcds: ["prs_PrimaryLanguage", "prs_SecondaryLanguage"],
  }),
  maritalStatus: field(MaritalStatus.optional(), {
    label: { en: "Marital status", th: "สถานภาพสมรส", es: "Estado civil" },
    description: { en: "Marital status, HTCDS 2.0 values.", th: "สถานภาพสมรส ตามค่าของ HTCDS 2.0", es: "Estado civil, valores de HTCDS 2.0." },
    sensitivity: "quasi-identifier",
    htcds: "prs_MaritalStatus",
  }),
  numberOfChildren: field(z.int().min(0).max(50).optional(), {
    label: { en: "Number of children", th: "จำนวนบุตร", es: "Número de hijos" },
    description: { en: "How many children the person has.", th: "จำนวนบุตรของบุคคล", es: "Cuántos hijos o hijas tiene la persona." },
    sensitivity: "quasi-identifier",
    htcds: "prs_NumberOfChildren",
  }),
  education: field(EducationLevel.optional(), {
    label: { en: "Highest level of education", th: "ระดับการศึกษาสูงสุด", es: "Nivel educativo más alto" },
    description: { en: "Highest level of education completed (ISCED 2011).", th: "ระดับการศึกษาสูงสุดที่จบ (ISCED 2011)", es: "Nivel educativo más alto alcanzado (CINE 2011)." },
    sensitivity: "quasi-identifier",
    htcds: "prs_HighestLevelOfEducation",
  }),
  identityDocuments: field(z.array(IdentityDocument).optional(), {
    label: { en: "Identity documents", th: "เอกสารแสดงตน", es: "Documentos de identidad" },
    description: { en: "National ids, passports and other documents.", th: "บัตรประจำตัวประชาชน หนังสือเดินทาง และเอกสารอื่น", es: "Documentos nacionales de identidad, pasaportes y otros." },
    sensitivity: "direct-identifier",
    htcds: "prs_IdentityNumber",
  }),
  phones: field(z.array(Phone).optional(), {
    label: { en: "Phones", th: "โทรศัพท์", es: "Teléfonos" },
    description: { en: "Telephone numbers in E.164 form.", th: "หมายเลขโทรศัพท์ในรูปแบบ E.164", es: "Números de teléfono en formato E.164." },
    sensitivity: "direct-identifier",
    htcds: ["prs_MobilePhone", "prs_HomePhone"],
  }),
  email: field(z.email().optional(), {
    label: { en: "E-mail", th: "อีเมล", es: "Correo electrónico" },
    description: { en: "E-mail address.", th: "ที่อยู่อีเมล", es: "Dirección de correo electrónico." },
    sensitivity: "direct-identifier",
    htcds: "prs_Email",
  }),
  address: field(Place.optional(), {
    label: { en: "Address", th: "ที่อยู่", es: "Domicilio" },
    description: { en: "Mailing or home address.", th: "ที่อยู่สำหรับติดต่อหรือที่พักอาศัย", es: "Domicilio postal o de residencia." },
    sensitivity: "direct-identifier",
    htcds: ["prs_MailingStreet", "prs_MailingCity", "prs_MailingState", "prs_MailingPostalCode", "prs_MailingCountry", "prs_MailingLatitude", "prs_MailingLongitude"],
  }),
});
/** A person named in a case, operation, referral or consent. */
export type Person = z.infer<typeof Person>;
