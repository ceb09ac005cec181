import type { EntityType } from "../model/entity-base";
import type { MajorityStatus } from "../model/person";

/**
 * The JSON types a message can name (`integer` is a number without a fraction; `undefined` is a missing
 * value), plus the two phrases zod's mapping uses when no single type was expected.
 *
 * @example
 * ```ts
 * import { JSON_TYPES } from "@tipx/schema";
 * JSON_TYPES.includes("array"); // true
 * ```
 */
export const JSON_TYPES = [
  "object",
  "array",
  "string",
  "number",
  "integer",
  "boolean",
  "null",
  "undefined",
  "allowed-types",
  "valid-value",
] as const;

/** A JSON type or type phrase a message can name, such as `"array"`. */
export type JsonType = (typeof JSON_TYPES)[number];

/**
 * The string formats the model checks, as TIPX105 names them: every pattern of the model, plus the
 * formats zod checks itself.
 *
 * @example
 * ```ts
 * import { FORMAT_NAMES } from "@tipx/schema";
 * FORMAT_NAMES.includes("e164"); // true
 * ```
 */
export const FORMAT_NAMES = [
  "uuid",
  "date",
  "date-time",
  "email",
  "partial-date",
  "calendar-date",
  "e164",
  "iso3166-2",
  "iso4217",
  "extension-key",
  "pattern",
] as const;

/** A string format a message can name, such as `"partial-date"`. */
export type FormatName = (typeof FORMAT_NAMES)[number];

/** The units a size limit (TIPX108) counts in. */
export type SizeUnit = "items" | "characters";

/**
 * The words messages put around their params, in English: JSON types, formats, entity types, majority
 * statuses and the word that joins alternatives. Every other language translates each one in its catalogue's `terms`, so that no
 * English word ends up inside a Thai or Spanish sentence.
 *
 * @example
 * ```ts
 * import { TERMS } from "@tipx/schema";
 * TERMS["json-type.array"]; // "list"
 * ```
 */
export const TERMS = {
  "json-type.object": "object",
  "json-type.array": "list",
  "json-type.string": "text",
  "json-type.number": "number",
  "json-type.integer": "integer",
  "json-type.boolean": "true or false",
  "json-type.null": "null",
  "json-type.undefined": "nothing",
  "json-type.allowed-types": "one of the allowed types",
  "json-type.valid-value": "a valid value",
  "format.uuid": "UUID",
  "format.date": "date (YYYY-MM-DD)",
  "format.date-time": "date-time with UTC offset (RFC 3339)",
  "format.email": "e-mail address",
  "format.partial-date": "partial date (YYYY, YYYY-MM or YYYY-MM-DD)",
  "format.calendar-date": "calendar date (that day does not exist)",
  "format.e164": "E.164 phone number (+ and 7 to 15 digits)",
  "format.iso3166-2": "ISO 3166-2 subdivision code",
  "format.iso4217": "ISO 4217 currency code",
  "format.extension-key": "namespaced extension key",
  "format.pattern": "value of the required pattern",
  "entity.Bundle": "bundle",
  "entity.Person": "person",
  "entity.Organization": "organisation",
  "entity.Case": "case",
  "entity.Operation": "operation",
  "entity.Referral": "referral",
  "entity.Consent": "consent",
  "entity.Assessment": "assessment",
  "entity.LegalProceeding": "legal proceeding",
  "majority.minor": "a minor",
  "majority.adult": "an adult",
  "majority.unknown": "unknown",
  "word.or": "or",
  "conversion-format.tipx": "tipx",
  "conversion-format.ndjson": "NDJSON",
  "conversion-format.htcds-2.0": "HTCDS 2.0",
  "conversion-format.htcds-0.2": "HTCDS 0.2",
  "conversion-format.htcds-workbook": "HTCDS toolkit workbook",
  "conversion-format.ctdc-2017": "CTDC 2017",
  "conversion-format.ctdc-2024": "CTDC 2024",
  "conversion-format.ctdc-vp": "CTDC victim–perpetrator",
  "conversion-format.mapped": "mapping",
  "conversion-format.xlsform": "XLSForm",
  "conversion-format.csv": "CSV",
  "conversion-format.xlsx": "XLSX",
} as const satisfies Record<
  | `json-type.${JsonType}`
  | `format.${FormatName}`
  | `entity.${EntityType | "Bundle"}`
  | `majority.${MajorityStatus}`
  | "word.or"
  | `conversion-format.${string}`,
  string
>;

/** The key of a term, such as `"json-type.array"` or `"entity.Person"`. */
export type TermKey = keyof typeof TERMS;

/**
 * Why a value is not plain JSON data (TIPX112): what `JSON.parse(JSON.stringify(x))` would change or
 * could not carry.
 *
 * @example
 * ```ts
 * import { NOT_PLAIN_REASONS } from "@tipx/schema";
 * NOT_PLAIN_REASONS.includes("accessor"); // true
 * ```
 */
export const NOT_PLAIN_REASONS = [
  "accessor",
  "not-a-plain-object",
  "cycle",
  "undefined",
  "function",
  "symbol",
  "bigint",
  "non-finite-number",
  "array-hole",
] as const;

/** Why a value is not plain JSON data, such as `"accessor"` (a getter) or `"cycle"`. */
export type NotPlainReason = (typeof NOT_PLAIN_REASONS)[number];
