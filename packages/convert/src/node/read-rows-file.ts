import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import type { CsvReadOptions } from "../csv/index";
import type { NdjsonReadOptions } from "../ndjson/index";
import { _ndjsonRecords } from "../ndjson/stream-ndjson";
import { _reporter } from "../report/_reporter";
import type { ConversionStream } from "../report/index";
import { _conversionStream } from "../report/stream";
import type { NumberedRow } from "../table/index";
import { decodeText } from "../text/index";
import type { XlsxReadOptions } from "../xlsx/index";
import { _sizeProblem } from "./_file-check";
import { _objectRow } from "./_object-row";
import { readCsvFile } from "./read-csv-file";
import { readXlsxFile } from "./read-xlsx-file";

/**
 * The table formats `readRowsFile` reads, named as their file extensions.
 *
 * @example
 * ```ts
 * import { ROW_FILE_FORMATS } from "@tipx/convert/node";
 * ROW_FILE_FORMATS.includes("jsonl"); // true
 * ```
 */
export const ROW_FILE_FORMATS = ["csv", "tsv", "xlsx", "ndjson", "jsonl", "json"] as const;

/**
 * A table format `readRowsFile` reads.
 *
 * @example
 * ```ts
 * import type { RowFileFormat } from "@tipx/convert/node";
 * const format: RowFileFormat = "tsv";
 * ```
 */
export type RowFileFormat = (typeof ROW_FILE_FORMATS)[number];

/**
 * Options of `readRowsFile`: those of the reader of the format, and the format when the extension does
 * not say it.
 *
 * @example
 * ```ts
 * import type { RowsFileOptions } from "@tipx/convert/node";
 * const options: RowsFileOptions = { format: "csv", maxBytes: 1024 ** 3 };
 * ```
 */
export interface RowsFileOptions extends CsvReadOptions, XlsxReadOptions, NdjsonReadOptions {
  /** The format; by default the file's extension. */
  readonly format?: RowFileFormat;
}

const isFormat = (value: string): value is RowFileFormat => (ROW_FILE_FORMATS as readonly string[]).includes(value);

/**
 * Reads a table file as numbered rows of text cells, choosing the reader by format or extension: CSV
 * (`.csv`, `.tsv` with tabs), XLSX, NDJSON (`.ndjson`, `.jsonl`; the row is the line) and JSON (an array
 * of objects, or one object; the row is the item's place, from 1). CSV, XLSX and NDJSON stream; JSON is
 * read whole, so keep `maxBytes` on it.
 *
 * @param path - The file's path.
 * @param options - The format, and the options of its reader.
 * @returns The rows, and the report of the read.
 * @throws RangeError when the extension is not one of {@link ROW_FILE_FORMATS} and no `format` is given.
 *
 * @example
 * ```ts
 * import { readRowsFile } from "@tipx/convert/node";
 * const rows = readRowsFile("cases.tsv");
 * for await (const { row, cells } of rows) console.log(row, cells);
 * ```
 */
export function readRowsFile(path: string, options: RowsFileOptions = {}): ConversionStream<NumberedRow> {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? "";
  const format = options.format ?? (isFormat(extension) ? extension : undefined);
  if (format === undefined)
    throw new RangeError(`Give a format: the extension is not one of ${ROW_FILE_FORMATS.join(", ")}.`);
  if (format === "csv") return readCsvFile(path, options);
  if (format === "tsv") return readCsvFile(path, { ...options, delimiter: options.delimiter ?? "\t" });
  if (format === "xlsx") return readXlsxFile(path, options);
  const reporter = _reporter("ndjson", "ndjson", options);
  const precheck = () => _sizeProblem(path, options.maxBytes);
  async function* ndjsonRows(): AsyncGenerator<NumberedRow, void, undefined> {
    const open = () => createReadStream(path, { highWaterMark: 64 * 1024 });
    for await (const { line, value } of _ndjsonRecords(open, options, reporter, precheck)) {
      yield _objectRow(reporter, line, value);
    }
  }
  async function* jsonRows(): AsyncGenerator<NumberedRow, void, undefined> {
    const problem = await precheck();
    const decoded =
      problem === undefined ? decodeText(await readFile(path)) : ({ ok: false, reason: problem } as const);
    if (!decoded.ok) return reporter.issue("TIPX708", { reason: decoded.reason });
    let parsed: unknown;
    try {
      parsed = JSON.parse(decoded.text);
    } catch {
      reporter.row();
      reporter.issue("TIPX704", { reason: "not-json" }, { row: 1 });
      reporter.notCarried();
      return reporter.skipped();
    }
    const items: readonly unknown[] = Array.isArray(parsed) ? parsed : [parsed];
    for (const [index, item] of items.entries()) {
      reporter.row();
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        reporter.issue("TIPX704", { reason: "not-an-object" }, { row: index + 1 });
        reporter.notCarried();
        reporter.skipped();
        continue;
      }
      yield _objectRow(reporter, index + 1, item as Readonly<Record<string, unknown>>);
    }
  }
  return _conversionStream(format === "json" ? jsonRows : ndjsonRows, () => reporter.report());
}
