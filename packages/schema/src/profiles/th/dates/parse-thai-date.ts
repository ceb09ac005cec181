import { _daysInMonth } from "../../../model/_days-in-month";
import { _thaiDigitsToAscii } from "../../identifiers/normalize";
import { type BuddhistEraOptions, buddhistToCommonEraYear } from "./buddhist-era";
import { _thaiMonthNumber } from "./thai-months";

/**
 * Why {@link parseThaiDate} could not read a text:
 * - `unrecognised-format`: not `D/M/YYYY` nor `D month YYYY`;
 * - `two-digit-year`: a year such as `68`, which could be BE 2568 or CE 2068;
 * - `unknown-month`: a word where the month should be that is not a Thai month name or abbreviation;
 * - `invalid-day`: a day the month does not have (31 April, 29 February of a common year);
 * - `out-of-range`: a year before 1 CE;
 * - `not-in-calendar`: January–March of BE 2483 under `historicalNewYear` (that year was cut short).
 *
 * @example
 * ```ts
 * import { THAI_DATE_ERRORS } from "@tipx/schema";
 * THAI_DATE_ERRORS.includes("invalid-day"); // true
 * ```
 */
export const THAI_DATE_ERRORS = [
  "unrecognised-format",
  "two-digit-year",
  "unknown-month",
  "invalid-day",
  "out-of-range",
  "not-in-calendar",
] as const;

/** A reason {@link parseThaiDate} could not read a text. */
export type ThaiDateError = (typeof THAI_DATE_ERRORS)[number];

/**
 * The outcome of {@link parseThaiDate}: an ISO date, or the reason the text could not be read.
 *
 * @example
 * ```ts
 * import { parseThaiDate, type ThaiDateParse } from "@tipx/schema";
 * const result: ThaiDateParse = parseThaiDate("1/6/2568");
 * if (result.ok) result.date; // "2025-06-01"
 * ```
 */
export type ThaiDateParse =
  | {
      /** The text was read. */
      readonly ok: true;
      /** The date, ISO 8601 `YYYY-MM-DD` (Gregorian). */
      readonly date: string;
      /** The era the year was written in: `"BE"` (พ.ศ., also when no era is written) or `"CE"` (ค.ศ.). */
      readonly era: "BE" | "CE";
      /** `false` when the unverified pre-1941 new-year reading changed the result. */
      readonly verified: boolean;
    }
  | {
      /** The text could not be read. */
      readonly ok: false;
      /** Why. */
      readonly error: ThaiDateError;
    };

// Day, month and year, with an optional era: พ.ศ. (Buddhist Era) or ค.ศ. (Common Era), dots optional.
// Regular expression literals, so that a bundle that never parses a Thai date drops them.
const NUMERIC = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(?:(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s?)?(\d+)$/u;
const WORDED = /^(\d{1,2})\s?(?:เดือน\s?)?([\u0E01-\u0E4E.]+?)\s?(?:(พ\.?\s?ศ\.?|ค\.?\s?ศ\.?)\s?)?(\d+)$/u;

/** Writes a date as ISO 8601 `YYYY-MM-DD`. */
function _isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * Reads a date written the way Thai documents write it and returns it as an ISO date. Never throws.
 *
 * Accepted forms (Thai or ASCII digits, an optional leading `วันที่`):
 * - numeric, day/month/year: `1/6/2568`, `๑/๖/๒๕๖๘`;
 * - with an abbreviated month: `1 มิ.ย. 2568`;
 * - with the full month and era: `1 มิถุนายน พ.ศ. 2568`.
 *
 * A year is Buddhist Era unless marked `ค.ศ.` (Common Era). Two-digit years are refused as ambiguous.
 *
 * @param text - The date as written.
 * @param options - How to read BE years before 1941 (see {@link BuddhistEraOptions}).
 * @see IBM Globalization, Thai locale; Unicode CLDR 48, buddhist calendar and Thai numbering system
 * @example
 * ```ts
 * import { parseThaiDate } from "@tipx/schema";
 * parseThaiDate("1 มิถุนายน พ.ศ. 2568"); // { ok: true, date: "2025-06-01", era: "BE", verified: true }
 * parseThaiDate("๑/๖/๒๕๖๘"); // { ok: true, date: "2025-06-01", era: "BE", verified: true }
 * parseThaiDate("31 เม.ย. 2568"); // { ok: false, error: "invalid-day" }
 * ```
 */
export function parseThaiDate(text: string, options: BuddhistEraOptions = {}): ThaiDateParse {
  if (typeof text !== "string") return { ok: false, error: "unrecognised-format" };
  const clean = _thaiDigitsToAscii(text)
    .trim()
    .replace(/\s+/gu, " ")
    .replace(/^วันที่\s?/u, "");
  const numeric = NUMERIC.exec(clean);
  const worded = numeric === null ? WORDED.exec(clean) : null;
  const match = numeric ?? worded;
  if (match === null) return { ok: false, error: "unrecognised-format" };
  const [, dayText = "", monthText = "", eraText, yearText = ""] = match;
  const month = numeric === null ? _thaiMonthNumber(monthText) : Number(monthText);
  if (month === undefined) return { ok: false, error: "unknown-month" };
  if (month < 1 || month > 12) return { ok: false, error: "unrecognised-format" };
  if (yearText.length <= 2) return { ok: false, error: "two-digit-year" };
  if (yearText.length !== 4) return { ok: false, error: "unrecognised-format" };
  const era = eraText?.startsWith("ค") ? "CE" : "BE";
  const year = Number(yearText);
  const ceYear = era === "CE" ? year : buddhistToCommonEraYear(year, month, options);
  if (ceYear === undefined) return { ok: false, error: "not-in-calendar" };
  if (ceYear < 1) return { ok: false, error: "out-of-range" };
  const day = Number(dayText);
  if (day < 1 || day > _daysInMonth(ceYear, month)) return { ok: false, error: "invalid-day" };
  const verified = era === "CE" || ceYear === buddhistToCommonEraYear(year, month);
  return { ok: true, date: _isoDate(ceYear, month, day), era, verified };
}
