import type { UnreadableFileReason } from "@tipx/schema";
import { _reporter } from "../report/_reporter";
import { _conversionStream, type ConversionStream } from "../report/stream";
import type { NumberedRow } from "../table/index";
import { type _DecodeState, _decodeChunks } from "../text/_decode-chunks";
import type { TextSource } from "../text/source";
import type { _CsvRecord } from "./_splitter";
import { _csvSplitter } from "./_splitter";
import { _tableRows } from "./_table-rows";
import { _DEFAULT_MAX_ROW_LENGTH, type CsvReadOptions } from "./options";

/**
 * Reads a CSV as it streams in, one numbered row at a time, so that memory stays flat: the first
 * non-blank row names the columns; the encoding (UTF-8 with or without a byte-order mark, UTF-16 with one,
 * or Windows-874) and the delimiter (`,` `;` or tab) are recognised. A malformed row (more cells than
 * the header, a quote never closed) is reported with its row number (TIPX704) and reading goes on; a
 * file that is empty, binary or in another encoding is reported (TIPX708) and gives no rows. Row numbers
 * are those a spreadsheet program shows: the header is row 1, and a cell over several lines is one row.
 *
 * @param source - Chunks of bytes or text: an async iterable (a Node.js stream) or a Web Stream.
 * @param options - The delimiter, the limits, and the report's language.
 * @returns The rows, and the report of the read.
 *
 * @example
 * ```ts
 * import { streamCsvRows } from "@tipx/convert";
 * const stream = streamCsvRows(["prs_Gender,prs_Citizenship\n", "Feminine,MM\n"]);
 * for await (const { row, cells } of stream) console.log(row, cells.prs_Gender); // 2 "Feminine"
 * stream.report().counts.rows; // 1
 * ```
 */
export function streamCsvRows(source: TextSource, options: CsvReadOptions = {}): ConversionStream<NumberedRow> {
  return _csvRowStream(() => source, options);
}

/** A file's check before it is read: why it cannot be read, or `undefined`. */
export type _Precheck = () => Promise<UnreadableFileReason | undefined>;

/** {@link streamCsvRows} on a source made when the iteration starts, after an optional check of the file. */
export function _csvRowStream(
  open: () => TextSource,
  options: CsvReadOptions,
  precheck?: _Precheck,
): ConversionStream<NumberedRow> {
  const reporter = _reporter("csv", "csv", options);
  async function* rows(): AsyncGenerator<NumberedRow, void, undefined> {
    const problem = await precheck?.();
    if (problem !== undefined) {
      reporter.issue("TIPX708", { reason: problem });
      return;
    }
    const source = open();
    const state: _DecodeState = { bytes: 0 };
    const splitter = _csvSplitter(options.delimiter, options.maxRowLength ?? _DEFAULT_MAX_ROW_LENGTH);
    const table = _tableRows(reporter, "csv", "malformed-row");
    let number = 0;
    const take = function* (records: readonly _CsvRecord[]) {
      for (const record of records) {
        number += 1;
        const row = table.accept(number, record.cells, record.error);
        if (row) yield row;
      }
    };
    for await (const text of _decodeChunks(source, state, options.maxBytes)) yield* take(splitter.push(text));
    if (state.failure === undefined) yield* take(splitter.end());
    table.finish();
    if (state.failure !== undefined) reporter.issue("TIPX708", { reason: state.failure });
    else if (!table.hasHeader()) reporter.issue("TIPX708", { reason: "empty" });
  }
  return _conversionStream(rows, () => reporter.report());
}
