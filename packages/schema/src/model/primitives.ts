import { z } from "zod";
import { CountryCode } from "../codelists/countries";
import { field } from "../metadata/registry";
import { _daysInMonth } from "./partial-date-range";
import { PATTERNS } from "./patterns";


/**
 * Tells whether a `YYYY-MM-DD` string names a day that exists (no 30 February). JSON Schema cannot
 * say this, so it is one of the documented refinements the JSON Schema files do not carry.
 */
function isRealDay(value: string): boolean {
  if (value.length !== 10) return true;
  return Number(value.slice(8, 10)) <= _daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
}

/**
 * A date known to the year, the month or the day: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (ISO 8601,
 * Gregorian calendar). Records often know only the year of birth or the month of recruitment.
 *
 * @example
 * ```ts
 * import { PartialDate } from "@tipx/schema";
 * PartialDate.safeParse("2022-03").success; // true
 * PartialDate.safeParse("2022-02-30").success; // false
 * ```
 */
export const PartialDate = z
  .string()
  .regex(PATTERNS["partial-date"])
  .refine(isRealDay, { params: { tipx: "TIPX105", format: "calendar-date" } });
/** A date known to the year, the month or the day (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export type PartialDate = z.infer<typeof PartialDate>;

/**
 * A full calendar date, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { CalendarDate } from "@tipx/schema";
 * CalendarDate.safeParse("2022-03-29").success; // true
 * ```
 */
export const CalendarDate = z.iso.date();
/** A full calendar date, `YYYY-MM-DD`. */
export type CalendarDate = z.infer<typeof CalendarDate>;

/**
 * A moment with its UTC offset, ISO 8601 / RFC 3339 (`2022-03-29T14:30:00+07:00`).
 *
 * @example
 * ```ts
 * import { DateTime } from "@tipx/schema";
 * DateTime.safeParse("2022-03-29T07:30:00Z").success; // true
 * ```
 */
export const DateTime = z.iso.datetime({ offset: true });
/** A moment with its UTC offset. */
export type DateTime = z.infer<typeof DateTime>;

/**
 * An entity id: a UUID in its 8-4-4-4-12 hexadecimal form (RFC 9562), unique within a bundle and stable
 * across exchanges.
 *
 * @example
 * ```ts
 * import { EntityId } from "@tipx/schema";
 * EntityId.safeParse("3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01").success; // true
 * ```
 */
// A plain pattern rather than z.uuid(): zod's UUID expression (versions, variants, nil and max) was
// about 40% of the shape check's time in `pnpm bench`, and an exchange id needs only the UUID form.
export const EntityId = z.string().regex(PATTERNS.uuid);
/** An entity id (a UUID). */
export type EntityId = z.infer<typeof EntityId>;

/**
 * A telephone number in E.164 form: `+`, the country calling code and the national number, at most
 * 15 digits in all.
 *
 * @example
 * ```ts
 * import { PhoneNumber } from "@tipx/schema";
 * PhoneNumber.safeParse("+66812345678").success; // true
 * ```
 */
export const PhoneNumber = z.string().regex(PATTERNS.e164);
/** A telephone number in E.164 form. */
export type PhoneNumber = z.infer<typeof PhoneNumber>;

/**
 * An ISO 3166-2 subdivision code such as `TH-63`, `AR-C`, `PY-ASU` or `LR-MO`. Whether the code exists is
 * a country-profile rule; the base model checks its shape and that it belongs to the place's country.
 *
 * @example
 * ```ts
 * import { SubdivisionCode } from "@tipx/schema";
 * SubdivisionCode.safeParse("TH-63").success; // true
 * ```
 */
export const SubdivisionCode = z.string().regex(PATTERNS["iso3166-2"]);
/** An ISO 3166-2 subdivision code. */
export type SubdivisionCode = z.infer<typeof SubdivisionCode>;

/**
 * The `extensions` object every entity may carry: data outside the model, under keys namespaced by
 * a reversed domain and a name (`"org.example/caseRef"`). Any other unknown key is an error, never
 * silently dropped.
 *
 * @example
 * ```ts
 * import { Extensions } from "@tipx/schema";
 * Extensions.safeParse({ "org.example/intakeForm": "F-12" }).success; // true
 * Extensions.safeParse({ intakeForm: "F-12" }).success; // false
 * ```
 */
export const Extensions = z.record(
  z.string().regex(PATTERNS["extension-key"]),
  z.unknown(),
);
/** Data outside the model under namespaced keys. */
export type Extensions = z.infer<typeof Extensions>;

/**
 * An id that an organisation's own system gives an entity (a case number, a shelter file number).
 *
 * @example
 * ```ts
 * import type { Identifier } from "@tipx/schema";
 * const ref: Identifier = { system: "th.go.dopa/case", value: "TAK-2022-0042" };
 * ```
 */
export const Identifier = z.strictObject({
  system: field(z.string().min(1), {
    label: { en: "Identifier system", th: "ระบบของรหัสอ้างอิง", es: "Sistema del identificador" },
    description: {
      en: "Who issued the identifier: a URI or a namespaced name for the holder's system.",
      th: "ผู้ออกรหัสอ้างอิง: URI หรือชื่อระบบของหน่วยงานผู้ถือข้อมูล",
      es: "Quién emitió el identificador: un URI o un nombre con espacio de nombres del sistema del titular.",
    },
    sensitivity: "none",
  }),
  value: field(z.string().min(1), {
    label: { en: "Identifier value", th: "ค่ารหัสอ้างอิง", es: "Valor del identificador" },
    description: {
      en: "The identifier as the issuing system writes it.",
      th: "รหัสอ้างอิงตามที่ระบบผู้ออกเขียนไว้",
      es: "El identificador tal como lo escribe el sistema emisor.",
    },
    sensitivity: "direct-identifier",
  }),
});
/** An id that an organisation's own system gives an entity. */
export type Identifier = z.infer<typeof Identifier>;

/**
 * Record-keeping facts about an entity: when it was created and last changed, and by which system.
 *
 * @example
 * ```ts
 * import type { RecordMeta } from "@tipx/schema";
 * const meta: RecordMeta = { createdAt: "2022-03-29T10:00:00+07:00", source: "dopa-case-system" };
 * ```
 */
export const RecordMeta = z.strictObject({
  createdAt: field(DateTime.optional(), {
    label: { en: "Created at", th: "สร้างเมื่อ", es: "Creado el" },
    description: { en: "When the record was created.", th: "เวลาที่สร้างระเบียนนี้", es: "Cuándo se creó el registro." },
    sensitivity: "none",
  }),
  updatedAt: field(DateTime.optional(), {
    label: { en: "Updated at", th: "แก้ไขล่าสุดเมื่อ", es: "Actualizado el" },
    description: { en: "When the record last changed.", th: "เวลาที่ระเบียนนี้ถูกแก้ไขล่าสุด", es: "Cuándo cambió el registro por última vez." },
    sensitivity: "none",
  }),
  source: field(z.string().min(1).optional(), {
    label: { en: "Source system", th: "ระบบต้นทาง", es: "Sistema de origen" },
    description: { en: "The system the record came from.", th: "ระบบที่ระเบียนนี้มาจาก", es: "El sistema del que procede el registro." },
    sensitivity: "none",
  }),
});
/** Record-keeping facts about an entity. */
export type RecordMeta = z.infer<typeof RecordMeta>;

/**
 * A place: country, ISO 3166-2 subdivision, locality and address lines, and coordinates. Used for
 * addresses, case jurisdictions, operation sites and trafficking events.
 *
 * @example
 * ```ts
 * import type { Place } from "@tipx/schema";
 * const maeSot: Place = { country: "TH", subdivision: "TH-63", locality: "Mae Sot" };
 * ```
 */
export const Place = z.strictObject({
  country: field(CountryCode.optional(), {
    label: { en: "Country", th: "ประเทศ", es: "País" },
    description: { en: "The country, as an ISO 3166-1 alpha-2 code.", th: "ประเทศ เป็นรหัส ISO 3166-1 alpha-2", es: "El país, como código ISO 3166-1 alfa-2." },
    sensitivity: "quasi-identifier",
    htcds: ["prs_MailingCountry", "org_ShippingCountry", "hte_Country"],
  }),
  subdivision: field(SubdivisionCode.optional(), {
    label: { en: "Subdivision", th: "เขตการปกครอง", es: "Subdivisión" },
    description: {
      en: "The province, state, department or county, as an ISO 3166-2 code.",
      th: "จังหวัดหรือเขตการปกครองระดับแรก เป็นรหัส ISO 3166-2",
      es: "La provincia, departamento o condado, como código ISO 3166-2.",
    },
    sensitivity: "quasi-identifier",
    htcds: ["prs_MailingState", "org_ShippingState", "hte_State"],
  }),
  locality: field(z.string().min(1).optional(), {
    label: { en: "Locality", th: "ท้องที่", es: "Localidad" },
    description: { en: "The city, town, district or village.", th: "เมือง อำเภอ หรือหมู่บ้าน", es: "La ciudad, pueblo, distrito o aldea." },
    sensitivity: "quasi-identifier",
    htcds: ["prs_MailingCity", "org_ShippingCity", "hte_City"],
  }),
  lines: field(z.array(z.string().min(1)).optional(), {
    label: { en: "Address lines", th: "ที่อยู่", es: "Líneas de dirección" },
    description: { en: "Street address lines.", th: "บรรทัดที่อยู่ เช่น บ้านเลขที่และถนน", es: "Líneas de la dirección postal." },
    sensitivity: "direct-identifier",
    htcds: ["prs_MailingStreet", "org_ShippingStreet", "hte_Street"],
  }),
  postalCode: field(z.string().min(1).optional(), {
    label: { en: "Postal code", th: "รหัสไปรษณีย์", es: "Código postal" },
    description: { en: "The postal code.", th: "รหัสไปรษณีย์", es: "El código postal." },
    sensitivity: "quasi-identifier",
    htcds: ["prs_MailingPostalCode", "org_ShippingPostalCode", "hte_PostalCode"],
  }),
  latitude: field(z.number().min(-90).max(90).optional(), {
    label: { en: "Latitude", th: "ละติจูด", es: "Latitud" },
    description: { en: "Latitude in decimal degrees (WGS 84).", th: "ละติจูดเป็นองศาทศนิยม (WGS 84)", es: "Latitud en grados decimales (WGS 84)." },
    sensitivity: "direct-identifier",
    htcds: ["prs_MailingLatitude", "org_ShippingLatitude", "hte_Latitude"],
  }),
  longitude: field(z.number().min(-180).max(180).optional(), {
    label: { en: "Longitude", th: "ลองจิจูด", es: "Longitud" },
    description: { en: "Longitude in decimal degrees (WGS 84).", th: "ลองจิจูดเป็นองศาทศนิยม (WGS 84)", es: "Longitud en grados decimales (WGS 84)." },
    sensitivity: "direct-identifier",
    htcds: ["prs_MailingLongitude", "org_ShippingLongitude", "hte_Longitude"],
  }),
});
/** A place: country, subdivision, locality, address lines and coordinates. */
export type Place = z.infer<typeof Place>;
