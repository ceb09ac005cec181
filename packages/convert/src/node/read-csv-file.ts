import { createReadStream } from "node:fs";
import type { CsvReadOptions } from "../csv/index";
import { _csvRowStream } from "../csv/stream-csv-rows";
import type { ConversionStream } from "../report/index";
import type { NumberedRow } from "../table/index";
import { _sizeProblem } from "./_file-check";

/**
 * Reads a CSV file as it streams from disk, one numbered row at a time, so that memory stays flat for
 * files of any size; the rules and the report are those of `streamCsvRows`. An empty file, or one over
 * `maxBytes`, is reported (TIPX708) before it is read.
 *
 * @param path - The file's path.
 * @param options - The delimiter, the limits, and the report's language.
 * @returns The rows, and the report of the read.
 * @throws The file system's error when the file cannot be opened (it does not exist).
 *
 * @example
 * ```ts
 * import { readCsvFile } from "@tipx/convert/node";
 * const rows = readCsvFile("cases.csv", { maxBytes: 1024 ** 3 });
 * for await (const { row, cells } of rows) console.log(row, Object.keys(cells).length);
 * rows.report().counts;
 * ```
 */
export function readCsvFile(path: string, options: CsvReadOptions = {}): ConversionStream<NumberedRow> {
  return _csvRowStream(
    () => createReadStream(path, { highWaterMark: 64 * 1024 }),
    options,
    () => _sizeProblem(path, options.maxBytes),
  );
}
