import type { TableRow } from "../table/index";

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import type { CsvWriteOptions } from "@tipx/convert";
 * const options: CsvWriteOptions = { delimiter: ";", safeForSpreadsheets: false };
 * ```
 */
export interface CsvWriteOptions {
  /** The delimiter (`,` by default). */
  readonly delimiter?: string;
  /** The line break (`\r\n` by default, as RFC 4180 has it). */
  readonly newline?: string;
  /**
   * Whether a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
   * apostrophe, so that a spreadsheet program opening the file does not run it as a formula (CSV
   * injection, OWASP); `true` by default. Cells that are plain numbers (`-5`, `+66812345678`) are left
   * as they are, as no program runs them. Turn it off for files that only programs read: the apostrophe
   * is then part of the value.
   */
  readonly safeForSpreadsheets?: boolean;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function cell(value: string, delimiter: string, safe: boolean): string {
  const text = safe && FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  const quote = text.includes('"') || text.includes("\n") || text.includes("\r") || text.includes(delimiter);
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Writes rows as CSV text (RFC 4180): a header row of the columns, then one line per row, with cells
 * quoted when they hold the delimiter, a quote or a line break; an absent cell is empty.
 *
 * @param rows - The rows, as text cells keyed by column.
 * @param columns - The columns, in order; cells of other columns are not written.
 * @param options - The delimiter, the line break, and the formula guard.
 * @returns The CSV text, ending with a line break.
 *
 * @example
 * ```ts
 * import { toCsv } from "@tipx/convert";
 * toCsv([{ name: "Somchai, Test", note: "=1+1" }], ["name", "note"]);
 * // 'name,note\r\n"Somchai, Test",\'=1+1\r\n'
 * ```
 */
export function toCsv(rows: Iterable<TableRow>, columns: readonly string[], options: CsvWriteOptions = {}): string {
  const delimiter = options.delimiter ?? ",";
  const newline = options.newline ?? "\r\n";
  const safe = options.safeForSpreadsheets ?? true;
  const lines = [columns.map((column) => cell(column, delimiter, safe)).join(delimiter)];
  for (const row of rows) lines.push(columns.map((column) => cell(row[column] ?? "", delimiter, safe)).join(delimiter));
  return lines.join(newline) + newline;
}
