import { _reporter } from "../report/_reporter";
import type { Conversion } from "../report/index";
import type { NumberedRow } from "../table/index";
import { _csvSplitter } from "./_splitter";
import { _tableRows } from "./_table-rows";
import { _DEFAULT_MAX_ROW_LENGTH, type CsvReadOptions } from "./options";

/**
 * Reads a small CSV that is already text, all at once, with the same rules and report as
 * {@link streamCsvRows}: the first non-blank row names the columns, and malformed rows are reported with
 * their row numbers. For bytes, decode them first with {@link decodeText}; for large files, stream.
 *
 * @param text - The CSV text.
 * @param options - The delimiter, the limits, and the report's language.
 * @returns The rows and the report.
 *
 * @example
 * ```ts
 * import { readCsvRows } from "@tipx/convert";
 * const { value, report } = readCsvRows('a;b\n1;2\n"3;4\n');
 * value.map((r) => r.cells.a); // ["1"]
 * report.issues[0]?.code; // "TIPX704", row 3: a quote never closed
 * ```
 */
export function readCsvRows(text: string, options: CsvReadOptions = {}): Conversion<NumberedRow[]> {
  const reporter = _reporter("csv", "csv", options);
  const splitter = _csvSplitter(options.delimiter, options.maxRowLength ?? _DEFAULT_MAX_ROW_LENGTH);
  const table = _tableRows(reporter, "csv", "malformed-row");
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const value: NumberedRow[] = [];
  let number = 0;
  for (const record of [...splitter.push(input), ...splitter.end()]) {
    number += 1;
    const row = table.accept(number, record.cells, record.error);
    if (row) value.push(row);
  }
  table.finish();
  if (!table.hasHeader()) reporter.issue("TIPX708", { reason: "empty" });
  return { value, report: reporter.report() };
}
