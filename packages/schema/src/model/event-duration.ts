import { earliestDay, latestDay } from "./partial-date-range";
import type { PartialDate } from "./primitives";

/** How long something lasted, in whole days, as far as partial dates tell: the shortest and the longest. */
export interface Duration {
  /** The fewest days it can have lasted. */
  readonly minDays: number;
  /** The most days it can have lasted. */
  readonly maxDays: number;
}

const DAY_MS = 86_400_000;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS;
}

/**
 * How long a trafficking event (an exploitation, a leg of the route) lasted, from its `date` to its
 * `endDate`, counting both days. Partial dates give a range: an exploitation from `2022-01` to `2022-03`
 * lasted at least 30 days (31 January to 1 March) and at most 90 (1 January to 31 March). The CTDC
 * datasets band this length (`traffickMonths`: 0–12, 13–24, 25+ months).
 *
 * @param event - An event with a start (`date`) and an end (`endDate`).
 * @returns The shortest and longest duration in days, or `undefined` when either date is missing or the
 *   end is certainly before the start (TIPX404).
 * @example
 * ```ts
 * import { eventDuration } from "@tipx/schema";
 * eventDuration({ date: "2022-03-01", endDate: "2022-03-31" }); // { minDays: 31, maxDays: 31 }
 * eventDuration({ date: "2021", endDate: "2022" }); // { minDays: 2, maxDays: 730 }
 * eventDuration({ date: "2022-03-01" }); // undefined
 * ```
 */
export function eventDuration(event: {
  readonly date?: PartialDate;
  readonly endDate?: PartialDate;
}): Duration | undefined {
  const { date, endDate } = event;
  if (date === undefined || endDate === undefined) return undefined;
  const maxDays = dayNumber(latestDay(endDate)) - dayNumber(earliestDay(date)) + 1;
  if (maxDays < 1) return undefined;
  const minDays = Math.max(1, dayNumber(earliestDay(endDate)) - dayNumber(latestDay(date)) + 1);
  return { minDays, maxDays };
}
