import { _daysInMonth } from "./_days-in-month";
import type { PartialDate } from "./primitives";

/**
 * The first day a partial date can mean, as `YYYY-MM-DD` (`"2022-03"` gives `"2022-03-01"`).
 *
 * @example
 * ```ts
 * import { earliestDay } from "@tipx/schema";
 * earliestDay("2022"); // "2022-01-01"
 * ```
 */
export function earliestDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/**
 * The last day a partial date can mean, as `YYYY-MM-DD` (`"2024-02"` gives `"2024-02-29"`).
 *
 * @example
 * ```ts
 * import { latestDay } from "@tipx/schema";
 * latestDay("2023-02"); // "2023-02-28"
 * ```
 */
export function latestDay(date: PartialDate): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const day = _daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
    return `${date}-${String(day).padStart(2, "0")}`;
  }
  return date;
}

/**
 * Tells whether partial date `a` is certainly before `b`: every day `a` can mean is before every day
 * `b` can mean. `"2022"` is not certainly before `"2022-03"`.
 *
 * @example
 * ```ts
 * import { isCertainlyBefore } from "@tipx/schema";
 * isCertainlyBefore("2022-02", "2022-03-01"); // true
 * isCertainlyBefore("2022", "2022-03"); // false
 * ```
 */
export function isCertainlyBefore(a: PartialDate, b: PartialDate): boolean {
  // Two different years, or two full dates, need no expansion (the common case on a hot path).
  if (a.length === 10 && b.length === 10) return a < b;
  if (a.charCodeAt(3) !== b.charCodeAt(3) || a.slice(0, 4) !== b.slice(0, 4)) return a.slice(0, 4) < b.slice(0, 4);
  return latestDay(a) < earliestDay(b);
}
