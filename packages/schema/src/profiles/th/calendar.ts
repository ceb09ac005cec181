import type { ProfileCalendar } from "../calendar/calendar";
import { BUDDHIST_ERA_OFFSET } from "./dates/buddhist-era";

/**
 * The calendar Thai documents use: the Thai solar calendar, Gregorian months and days with Buddhist
 * Era years (BE = CE + 543), dates written day-month-year. `./dates/` reads and writes such dates.
 */
export const thaiCalendar: ProfileCalendar = {
  kind: "buddhist",
  eraOffset: BUDDHIST_ERA_OFFSET,
  numericDateOrder: "day-month-year",
  source:
    "Unicode CLDR 48 calendarPreferenceData (TH: buddhist, then gregorian); BE = CE + 543 and D/M/YYYY dates: IBM Globalization, Thai locale",
  verified: true,
};
