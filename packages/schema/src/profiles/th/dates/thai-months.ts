/**
 * The Thai month names, January first: the full name and the abbreviation used in official documents
 * (`มิถุนายน`, `มิ.ย.`), as CLDR's Thai locale writes them.
 *
 * @see Unicode CLDR 48, locale th (names, checked against `Intl.DateTimeFormat("th-TH")` in the tests)
 * @example
 * ```ts
 * import { THAI_MONTHS } from "@tipx/schema";
 * THAI_MONTHS[5]; // { long: "มิถุนายน", short: "มิ.ย." }
 * ```
 */
export const THAI_MONTHS = [
  { long: "มกราคม", short: "ม.ค." },
  { long: "กุมภาพันธ์", short: "ก.พ." },
  { long: "มีนาคม", short: "มี.ค." },
  { long: "เมษายน", short: "เม.ย." },
  { long: "พฤษภาคม", short: "พ.ค." },
  { long: "มิถุนายน", short: "มิ.ย." },
  { long: "กรกฎาคม", short: "ก.ค." },
  { long: "สิงหาคม", short: "ส.ค." },
  { long: "กันยายน", short: "ก.ย." },
  { long: "ตุลาคม", short: "ต.ค." },
  { long: "พฤศจิกายน", short: "พ.ย." },
  { long: "ธันวาคม", short: "ธ.ค." },
] as const;

/** Finds the month number (1–12) of a Thai month name or abbreviation, with or without its dots. */
export function _thaiMonthNumber(token: string): number | undefined {
  const bare = token.replace(/[.\s]/g, "");
  const index = THAI_MONTHS.findIndex((month) => month.long === bare || month.short.replace(/\./g, "") === bare);
  return index === -1 ? undefined : index + 1;
}
