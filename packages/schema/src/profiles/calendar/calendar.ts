import type { Sourced } from "../sourced";

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

/**
 * The Gregorian calendar with day-month-year dates, as documents write them in every profile country
 * but Thailand.
 */
export const GREGORIAN_CALENDAR: ProfileCalendar = {
  kind: "gregorian",
  eraOffset: 0,
  numericDateOrder: "day-month-year",
  source: "Unicode CLDR 48 calendarPreferenceData (gregorian for AR, PY and LR)",
  verified: true,
};
