import type { AgeEstimate, PartialDate } from "@tipx/schema";
import { type DayRange, dayRange, shiftYears } from "./_days";

/**
 * The CTDC `ageBroad` bands, youngest first, spelled as the CTDC data dictionary spells them (a double
 * hyphen between the bounds, both included).
 *
 * @see https://www.ctdatacollaborative.org/page/global-k-anonymized-dataset (variable `ageBroad`)
 */
export const AGE_BANDS = ["0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+"] as const;

/** A CTDC `ageBroad` band, such as `"18--20"`. */
export type AgeBand = (typeof AGE_BANDS)[number];

/** The lowest age of each band, in the order of {@link AGE_BANDS}. */
const BAND_FLOORS: readonly number[] = AGE_BANDS.map((band) => Number.parseInt(band, 10));

/**
 * Returns the CTDC `ageBroad` band of an age in completed years.
 *
 * @param years - The age in completed years: an integer from 0.
 * @returns The band, or `undefined` for a negative, fractional or non-finite age.
 * @example
 * ```ts
 * import { ageBand } from "@tipx/privacy";
 * ageBand(16); // "9--17"
 * ageBand(52); // "48+"
 * ```
 */
export function ageBand(years: number): AgeBand | undefined {
  if (!Number.isInteger(years) || years < 0) return undefined;
  let found: AgeBand | undefined;
  AGE_BANDS.forEach((band, index) => {
    if (years >= (BAND_FLOORS[index] ?? Number.POSITIVE_INFINITY)) found = band;
  });
  return found;
}

/** The age of a person at a date, as a range when the inputs are imprecise. */
export interface AgeRange {
  /** The lowest age in completed years the person can have at the date. */
  readonly min: number;
  /** The highest age in completed years the person can have at the date. */
  readonly max: number;
  /** The CTDC band, present only when the whole range falls in one band. */
  readonly band?: AgeBand;
}

/** Completed years between a birth day and a later day (`YYYY-MM-DD` strings). */
function completedYears(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** The days a person can have been born on, given a stated or estimated age. */
function birthRangeOfEstimate(estimate: AgeEstimate): DayRange {
  // `years` completed on `asOf`: born after asOf − (years + 1) years, and no later than asOf − years.
  const day = estimate.asOf;
  const earliest = shiftYears(day, -(estimate.years + 1), 1);
  return { first: earliest, last: shiftYears(day, -estimate.years, 0) };
}

/**
 * Returns the age of a person at a date from a birth date (possibly partial) or an age estimate.
 * A partial birth date or date gives a range; the CTDC band is set only when the range falls in one band.
 *
 * @param born - The birth date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) or an age estimate `{ years, asOf }`.
 * @param asOf - The date of the age (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
 * @returns The range, or `undefined` when the date is before the earliest possible birth or a date is malformed.
 * @example
 * ```ts
 * import { ageAt } from "@tipx/privacy";
 * ageAt("1999-07-14", "2022-03-29"); // { min: 22, max: 22, band: "21--23" }
 * ageAt("2005", "2022-03-29"); // { min: 16, max: 17, band: "9--17" }
 * ageAt({ years: 16, asOf: "2022-03-29" }, "2023-01-01"); // { min: 16, max: 17, band: "9--17" }
 * ```
 */
export function ageAt(born: PartialDate | AgeEstimate, asOf: PartialDate): AgeRange | undefined {
  const birth = typeof born === "string" ? dayRange(born) : birthRangeOfEstimate(born);
  const on = dayRange(asOf);
  if (!birth || !on || on.last < birth.first) return undefined;
  const min = Math.max(0, completedYears(birth.last, on.first));
  const max = completedYears(birth.first, on.last);
  const low = ageBand(min);
  const band = low !== undefined && low === ageBand(max) ? low : undefined;
  return band === undefined ? { min, max } : { min, max, band };
}
