/**
 * The difference between Buddhist Era and Common Era years: BE = CE + 543.
 *
 * @see IBM Globalization, Thai locale; Unicode CLDR 48, buddhist calendar
 * @example
 * ```ts
 * import { BUDDHIST_ERA_OFFSET } from "@tipx/schema";
 * 2025 + BUDDHIST_ERA_OFFSET; // 2568
 * ```
 */
export const BUDDHIST_ERA_OFFSET = 543;

/**
 * The first Buddhist Era year that began on 1 January (BE 2484 = 1941 CE). Before it the year began on
 * 1 April, so January to March of an older BE year fall in the next CE year.
 *
 * @see The Thai solar calendar: the Buddhist Era year began on 1 April until 1941 (B.E. 2484)
 */
export const BE_NEW_YEAR_REFORM = 2484;

/**
 * How to read Buddhist Era years before the 1941 new-year reform.
 *
 * @example
 * ```ts
 * import type { BuddhistEraOptions } from "@tipx/schema";
 * const options: BuddhistEraOptions = { historicalNewYear: true };
 * ```
 */
export interface BuddhistEraOptions {
  /**
   * When `true`, BE years before 2484 begin on 1 April, as they did then: January–March of BE 2482
   * and earlier map to CE = BE − 542, and January–March of BE 2483 do not exist (1 January 1941 began
   * BE 2484). This reading is tipx's inference from its sources (unverified). When `false` (the
   * default), every year maps by BE = CE + 543, as ICU's Buddhist calendar and
   * `Intl.DateTimeFormat("th-TH")` do.
   */
  readonly historicalNewYear?: boolean;
}

/**
 * Converts a Buddhist Era year to its Common Era year, for a given month.
 *
 * @param beYear - The BE year.
 * @param month - The month, 1–12 (it matters only before the reform).
 * @returns The CE year, or `undefined` for January–March of BE 2483 under `historicalNewYear`.
 * @example
 * ```ts
 * import { buddhistToCommonEraYear } from "@tipx/schema";
 * buddhistToCommonEraYear(2568, 6); // 2025
 * buddhistToCommonEraYear(2482, 2, { historicalNewYear: true }); // 1940
 * ```
 */
export function buddhistToCommonEraYear(
  beYear: number,
  month: number,
  options: BuddhistEraOptions = {},
): number | undefined {
  if (options.historicalNewYear === true && beYear < BE_NEW_YEAR_REFORM && month <= 3) {
    // BE 2483 was cut short: its January–March would be 1941, which was already BE 2484.
    return beYear === BE_NEW_YEAR_REFORM - 1 ? undefined : beYear - BUDDHIST_ERA_OFFSET + 1;
  }
  return beYear - BUDDHIST_ERA_OFFSET;
}

/**
 * Converts a Common Era year to its Buddhist Era year, for a given month.
 *
 * @param ceYear - The CE year.
 * @param month - The month, 1–12 (it matters only before 1941).
 * @example
 * ```ts
 * import { commonToBuddhistEraYear } from "@tipx/schema";
 * commonToBuddhistEraYear(2025, 6); // 2568
 * commonToBuddhistEraYear(1940, 2, { historicalNewYear: true }); // 2482
 * ```
 */
export function commonToBuddhistEraYear(ceYear: number, month: number, options: BuddhistEraOptions = {}): number {
  const reformCe = BE_NEW_YEAR_REFORM - BUDDHIST_ERA_OFFSET;
  if (options.historicalNewYear === true && ceYear < reformCe && month <= 3) return ceYear + BUDDHIST_ERA_OFFSET - 1;
  return ceYear + BUDDHIST_ERA_OFFSET;
}
