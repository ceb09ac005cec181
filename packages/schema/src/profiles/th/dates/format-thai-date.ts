import { _daysInMonth } from "../../../model/_days-in-month";
import { type BuddhistEraOptions, commonToBuddhistEraYear } from "./buddhist-era";
import { toThaiDigits } from "./thai-digits";
import { THAI_MONTHS } from "./thai-months";

/**
 * The ways {@link formatThaiDate} can write a date:
 * - `numeric`: `1/6/2568`, the official numeric form (day/month/BE year);
 * - `short`: `1 มิ.ย. 2568`, abbreviated month;
 * - `long`: `1 มิถุนายน พ.ศ. 2568`, full month and era, as in formal documents.
 *
 * @example
 * ```ts
 * import { THAI_DATE_STYLES } from "@tipx/schema";
 * THAI_DATE_STYLES[2]; // "long"
 * ```
 */
export const THAI_DATE_STYLES = ["numeric", "short", "long"] as const;

/** A style of {@link formatThaiDate}: `"numeric"`, `"short"` or `"long"`. */
export type ThaiDateStyle = (typeof THAI_DATE_STYLES)[number];

/**
 * Options of {@link formatThaiDate}.
 *
 * @example
 * ```ts
 * import type { ThaiDateFormatOptions } from "@tipx/schema";
 * const options: ThaiDateFormatOptions = { style: "long", digits: "thai" };
 * ```
 */
export interface ThaiDateFormatOptions extends BuddhistEraOptions {
  /** The style; default `"numeric"`. */
  readonly style?: ThaiDateStyle;
  /** `"thai"` writes ๐–๙, common in government documents; default `"arabic"` (0–9). */
  readonly digits?: "arabic" | "thai";
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Writes an ISO date the way Thai documents do, with a Buddhist Era year (BE = CE + 543).
 *
 * @param isoDate - A date `YYYY-MM-DD` (Gregorian) that exists.
 * @param options - Style, digits, and how to write dates before the 1941 new-year reform.
 * @throws RangeError when `isoDate` is not an existing `YYYY-MM-DD` date (the message does not repeat it).
 * @see IBM Globalization, Thai locale; Unicode CLDR 48, buddhist calendar and Thai numbering system
 * @example
 * ```ts
 * import { formatThaiDate } from "@tipx/schema";
 * formatThaiDate("2025-06-01"); // "1/6/2568"
 * formatThaiDate("2025-06-01", { style: "short" }); // "1 มิ.ย. 2568"
 * formatThaiDate("2025-06-01", { style: "long", digits: "thai" }); // "๑ มิถุนายน พ.ศ. ๒๕๖๘"
 * ```
 */
export function formatThaiDate(isoDate: string, options: ThaiDateFormatOptions = {}): string {
  const match = typeof isoDate === "string" ? ISO_DATE.exec(isoDate) : null;
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  if (match === null || year < 1 || month < 1 || month > 12 || day < 1 || day > _daysInMonth(year, month)) {
    throw new RangeError("formatThaiDate expects an existing date written YYYY-MM-DD");
  }
  const beYear = commonToBuddhistEraYear(year, month, options);
  const names = THAI_MONTHS[month - 1] ?? THAI_MONTHS[0];
  const style = options.style ?? "numeric";
  const text =
    style === "long"
      ? `${day} ${names.long} พ.ศ. ${beYear}`
      : style === "short"
        ? `${day} ${names.short} ${beYear}`
        : `${day}/${month}/${beYear}`;
  return options.digits === "thai" ? toThaiDigits(text) : text;
}
