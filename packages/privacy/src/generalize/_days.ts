// Day arithmetic on ISO date strings for the generalisers, without `Date` parsing of partial dates.

/** The first and last day (`YYYY-MM-DD`) a partial date can stand for. */
export interface DayRange {
  readonly first: string;
  readonly last: string;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The number of days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) covers, or `undefined` when it is not one. */
export function dayRange(date: string): DayRange | undefined {
  const match = PARTIAL_DATE.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) return undefined;
  const y = pad(year, 4);
  if (month === undefined) return { first: `${y}-01-01`, last: `${y}-12-31` };
  const m = pad(month, 2);
  if (day === undefined) return { first: `${y}-${m}-01`, last: `${y}-${m}-${pad(daysInMonth(year, month), 2)}` };
  return { first: date, last: date };
}

/**
 * The day `years` years from `day` (a `YYYY-MM-DD` string), plus `extraDays` days; 29 February moves to
 * 28 February in a common year.
 */
export function shiftYears(day: string, years: number, extraDays: number): string {
  const year = Number(day.slice(0, 4)) + years;
  const month = Number(day.slice(5, 7));
  const date = Math.min(Number(day.slice(8, 10)), daysInMonth(year, month));
  const shifted = new Date(Date.UTC(year, month - 1, date + extraDays));
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1, 2)}-${pad(shifted.getUTCDate(), 2)}`;
}
