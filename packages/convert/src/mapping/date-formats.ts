/**
 * The date formats a mapping can name for a column (or as the sheet's default). `D` and `M` take one or
 * two digits, `DD`, `MM` and `YYYY` exactly two and four; `YYYY-MM` and `YYYY` give a partial date;
 * `thai-long` is a date written out in Thai, such as `5 มกราคม 2567` (a Buddhist-Era year unless `ค.ศ.`
 * is written). Thai digits are read as digits in every format.
 *
 * @example
 * ```ts
 * import { DATE_FORMATS } from "@tipx/convert";
 * DATE_FORMATS.includes("D/M/YYYY"); // true
 * ```
 */
export const DATE_FORMATS = [
  "YYYY-MM-DD",
  "YYYY-MM",
  "YYYY",
  "DD/MM/YYYY",
  "D/M/YYYY",
  "DD-MM-YYYY",
  "D-M-YYYY",
  "DD.MM.YYYY",
  "MM/DD/YYYY",
  "thai-long",
] as const;

/** A date format a mapping can name. */
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * The calendars a mapping's dates can be written in: `"buddhist"` years are Buddhist-Era years
 * (CE + 543), as Thai documents write them.
 *
 * @example
 * ```ts
 * import { CALENDARS } from "@tipx/convert";
 * CALENDARS.includes("buddhist"); // true
 * ```
 */
export const CALENDARS = ["gregorian", "buddhist"] as const;

/** A calendar a mapping's dates can be written in. */
export type Calendar = (typeof CALENDARS)[number];
