// Reading and writing the cells of an HTCDS row: multi-selects, dates, numbers, checkboxes and codes.
import { type CodeList, codeForAlias } from "@tipx/schema";

/** The separator of the values of a multi-select picklist cell. */
export const _MULTI_SEPARATOR = ";";

/** The values of a multi-select cell, trimmed, without empty ones. */
export function _splitMulti(cell: string): string[] {
  if (!cell.includes(_MULTI_SEPARATOR)) {
    const value = cell.trim();
    return value === "" ? [] : [value];
  }
  const out: string[] = [];
  for (const part of cell.split(_MULTI_SEPARATOR)) {
    const value = part.trim();
    if (value !== "") out.push(value);
  }
  return out;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether a day exists in the proleptic Gregorian calendar (`month` is 1 to 12). */
function isRealDate(year: number, month: number, day: number): boolean {
  // As `Date.UTC` reads the years 0 to 99 as 1900 to 1999, they were never read as themselves.
  if (year < 100) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

/**
 * A date cell as a tipx partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); a midnight UTC date-time (as a
 * workbook gives a date cell) is read as its day. `undefined` when the cell is no such date.
 */
export function _readDate(cell: string): string | undefined {
  const trimmed = cell.trim();
  // Only a cell longer than a day can be a date-time.
  const text = trimmed.length > 10 ? trimmed.replace(DATE_TIME, "$1") : trimmed;
  const match = PARTIAL_DATE.exec(text);
  if (match === null) return undefined;
  const month = match[2] === undefined ? 1 : Number(match[2]);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  if (month < 1 || month > 12 || !isRealDate(Number(match[1]), month, day)) return undefined;
  return text;
}

/** A number cell, or `undefined` when it is not a finite number. */
export function _readNumber(cell: string): number | undefined {
  const text = cell.trim();
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A whole-number cell, or `undefined` when it is not a whole number. */
export function _readInteger(cell: string): number | undefined {
  const value = _readNumber(cell);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

const TRUE_WORDS = new Set(["true", "yes", "y", "1", "x"]);
const FALSE_WORDS = new Set(["false", "no", "n", "0"]);

/** A checkbox cell (`true`/`false`, `yes`/`no`, `1`/`0`, in any case), or `undefined` when it is neither. */
export function _readBoolean(cell: string): boolean | undefined {
  const text = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  return undefined;
}

/** A checkbox as HTCDS writes it. */
export function _writeBoolean(value: boolean): string {
  return value ? "true" : "false";
}

const labelIndex = new WeakMap<CodeList, ReadonlyMap<string, string>>();

function labelsOf(list: CodeList): ReadonlyMap<string, string> {
  const known = labelIndex.get(list);
  if (known !== undefined) return known;
  const built = new Map<string, string>();
  for (const code of list.codes) {
    const label = list.meta[code]?.label;
    if (label !== undefined && !built.has(label.toLowerCase())) built.set(label.toLowerCase(), code);
  }
  labelIndex.set(list, built);
  return built;
}

/**
 * The code of `list` a cell's value stands for: the code itself, an alias the schema knows
 * (`codeForAlias`), or the code's English label exactly (trimmed, in any case), as the toolkit workbook's
 * drop-down lists write it. `undefined` otherwise: a code is never guessed.
 */
export function _readCode<C extends string>(list: CodeList<C>, value: string): C | undefined {
  const text = value.trim();
  return codeForAlias(list, text) ?? (labelsOf(list).get(text.toLowerCase()) as C | undefined);
}
