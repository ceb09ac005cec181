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
  source: "DOMAIN.md §6.3 [S42a][S42b][S41]; shared/reference/countries.csv",
  verified: true,
};
