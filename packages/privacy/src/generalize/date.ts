import type { PartialDate } from "@tipx/schema";

/** How far {@link generalizeDate} coarsens a date. */
export type DatePrecision = "year" | "month";

/**
 * Coarsens a partial date to its year or month. The result is still a valid `PartialDate`; a date already
 * as coarse or coarser is returned unchanged.
 *
 * @param date - A date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 * @param precision - `"year"` keeps `YYYY`, `"month"` keeps `YYYY-MM`.
 * @example
 * ```ts
 * import { generalizeDate } from "@tipx/privacy";
 * generalizeDate("1999-07-14", "year"); // "1999"
 * generalizeDate("1999-07-14", "month"); // "1999-07"
 * generalizeDate("1999", "month"); // "1999"
 * ```
 */
export function generalizeDate(date: PartialDate, precision: DatePrecision): PartialDate {
  return date.slice(0, precision === "year" ? 4 : 7);
}
