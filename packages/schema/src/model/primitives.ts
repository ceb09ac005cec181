import * as z from "zod";
import { CountryCode } from "../codelists/countries";
import { field } from "../metadata/registry";
import { _daysInMonth } from "./_days-in-month";
import { PATTERNS } from "./patterns";

/**
 * Tells whether a `YYYY-MM-DD` string names a day that exists (no 30 February). JSON Schema cannot
 * say this, so it is one of the documented refinements the JSON Schema files do not carry.
 */
function isRealDay(value: string): boolean {
  if (value.length !== 10) return true;
  // Digits where `YYYY-MM-DD` has them (almost always: the pattern runs first) are read by character code,
  // without the three strings `slice` makes; anything else is read by `Number`, as it always was.
  const year = digitsIn(value, 0, 4);
  const month = digitsIn(value, 5, 7);
  const day = digitsIn(value, 8, 10);
  if (year >= 0 && month >= 0 && day >= 0) return day <= _daysInMonth(year, month);
  return Number(value.slice(8, 10)) <= _daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
}

/** The number the decimal digits of `text` from `from` to `to` (exclusive) write, or -1 when one is not a digit. */
function digitsIn(text: string, from: number, to: number): number {
  let number = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    number = number * 10 + digit;
  }
  return number;
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
export const Extensions = z.record(z.string().regex(PATTERNS["extension-key"]), z.unknown());
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
  /** Who issued the identifier: a URI or a namespaced name for the holder's system. */
  system: field(z.string().min(1), {
    id: "Identifier.system",
    label: "Identifier system",
    description: "Who issued the identifier: a URI or a namespaced name for the holder's system.",
    sensitivity: "none",
  }),
  /** The identifier as the issuing system writes it. */
  value: field(z.string().min(1), {
    id: "Identifier.value",
    label: "Identifier value",
    description: "The identifier as the issuing system writes it.",
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
  /** When the record was created. */
  createdAt: field(DateTime.exactOptional(), {
    id: "RecordMeta.createdAt",
    label: "Created at",
    description: "When the record was created.",
    sensitivity: "none",
  }),
  /** When the record last changed. */
  updatedAt: field(DateTime.exactOptional(), {
    id: "RecordMeta.updatedAt",
    label: "Updated at",
    description: "When the record last changed.",
    sensitivity: "none",
  }),
  /** The system the record came from. */
  source: field(z.string().min(1).exactOptional(), {
    id: "RecordMeta.source",
    label: "Source system",
    description: "The system the record came from.",
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
  /** The country, as an ISO 3166-1 alpha-2 code. */
  country: field(CountryCode.exactOptional(), {
    id: "Place.country",
    label: "Country",
    description: "The country, as an ISO 3166-1 alpha-2 code.",
    sensitivity: "quasi-identifier",
    htcds: ["prs_MailingCountry", "org_ShippingCountry", "hte_Country"],
  }),
  /** The province, state, department or county, as an ISO 3166-2 code. */
  subdivision: field(SubdivisionCode.exactOptional(), {
    id: "Place.subdivision",
    label: "Subdivision",
    description: "The province, state, department or county, as an ISO 3166-2 code.",
    sensitivity: "quasi-identifier",
    htcds: ["prs_MailingState", "org_ShippingState", "hte_State"],
  }),
  /** The city, town, district or village. */
  locality: field(z.string().min(1).exactOptional(), {
    id: "Place.locality",
    label: "Locality",
    description: "The city, town, district or village.",
    sensitivity: "quasi-identifier",
    htcds: ["prs_MailingCity", "org_ShippingCity", "hte_City"],
  }),
  /** Street address lines. */
  lines: field(z.array(z.string().min(1)).exactOptional(), {
    id: "Place.lines",
    label: "Address lines",
    description: "Street address lines.",
    sensitivity: "direct-identifier",
    htcds: ["prs_MailingStreet", "org_ShippingStreet", "hte_Street"],
  }),
  /** The postal code. */
  postalCode: field(z.string().min(1).exactOptional(), {
    id: "Place.postalCode",
    label: "Postal code",
    description: "The postal code.",
    sensitivity: "quasi-identifier",
    htcds: ["prs_MailingPostalCode", "org_ShippingPostalCode", "hte_PostalCode"],
  }),
  /** Latitude in decimal degrees (WGS 84). */
  latitude: field(z.number().min(-90).max(90).exactOptional(), {
    id: "Place.latitude",
    label: "Latitude",
    description: "Latitude in decimal degrees (WGS 84).",
    sensitivity: "direct-identifier",
    htcds: ["prs_MailingLatitude", "org_ShippingLatitude", "hte_Latitude"],
  }),
  /** Longitude in decimal degrees (WGS 84). */
  longitude: field(z.number().min(-180).max(180).exactOptional(), {
    id: "Place.longitude",
    label: "Longitude",
    description: "Longitude in decimal degrees (WGS 84).",
    sensitivity: "direct-identifier",
    htcds: ["prs_MailingLongitude", "org_ShippingLongitude", "hte_Longitude"],
  }),
});
/** A place: country, subdivision, locality, address lines and coordinates. */
export type Place = z.infer<typeof Place>;
