import type { AgeEstimate } from "@tipx/schema";

/** The first and the last day a date could be, as `YYYY-MM-DD`. */
export interface _DayRange {
  readonly first: string;
  readonly last: string;
}

/** The youngest and oldest a person could have been, in completed years. */
export interface _AgeRange {
  readonly min: number;
  readonly max: number;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function _pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function _lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) covers, or `undefined` for another text. */
export function _dayRange(date: string): _DayRange | undefined {
  const match = PARTIAL.exec(date);
  if (!match) return undefined;
  const [, y = "", m, d] = match;
  const year = Number(y);
  if (d !== undefined && m !== undefined) return { first: date, last: date };
  if (m !== undefined) return { first: `${y}-${m}-01`, last: `${y}-${m}-${_pad(_lastDayOfMonth(year, Number(m)))}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** The date `years` years before a calendar date, moved one day on when `plusOneDay`; 29 February falls back to the 28th. */
function _yearsBefore(date: string, years: number, plusOneDay: boolean): string {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  const year = y - years;
  const day = Math.min(d, _lastDayOfMonth(year, m));
  const moved = new Date(Date.UTC(year, m - 1, day + (plusOneDay ? 1 : 0)));
  return `${_pad(moved.getUTCFullYear(), 4)}-${_pad(moved.getUTCMonth() + 1)}-${_pad(moved.getUTCDate())}`;
}

/** The days a person of an age estimate could have been born on. */
export function _birthRangeOfEstimate(estimate: AgeEstimate): _DayRange {
  // Aged `years` on asOf: born after asOf minus (years + 1) years, and on or before asOf minus years.
  return {
    first: _yearsBefore(estimate.asOf, estimate.years + 1, true),
    last: _yearsBefore(estimate.asOf, estimate.years, false),
  };
}

/** Completed years from a birth day to a day. */
function _completedYears(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** The ages a person born in `birth` could have had on a day in `on`. */
export function _ageRange(birth: _DayRange, on: _DayRange): _AgeRange {
  return {
    min: Math.max(0, _completedYears(birth.last, on.first)),
    max: Math.max(0, _completedYears(birth.first, on.last)),
  };
}

/**
 * Whether every age of a range leads the rules to the same place: each limit is either above the whole
 * range or at or below all of it.
 */
export function _agreesOnLimits(range: _AgeRange, limits: Iterable<number>): boolean {
  for (const limit of limits) if (range.min < limit !== range.max < limit) return false;
  return true;
}
