import type { Sourced } from "../_sourced";

/**
 * The calendar a profile country's documents use.
 *
 * @example
 * ```ts
 * import { profiles } from "@tipx/schema";
 * profiles.TH.calendar.eraOffset; // 543
 * ```
 */
export interface ProfileCalendar extends Sourced {
  /** `"buddhist"` (Thai solar calendar, Buddhist Era years) or `"gregorian"`. */
  readonly kind: "buddhist" | "gregorian";
  /** Years to add to a CE year to get the year documents write (543 for BE, 0 for CE). */
  readonly eraOffset: number;
  /** How documents write a date numerically. */
  readonly numericDateOrder: "day-month-year";
}
