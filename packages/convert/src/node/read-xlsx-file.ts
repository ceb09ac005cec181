import { stat } from "node:fs/promises";
import type { UnreadableFileReason } from "@tipx/schema";
import { _reporter } from "../report/_reporter";
import type { ConversionStream } from "../report/index";
import { _conversionStream } from "../report/stream";
import type { NumberedRow } from "../table/index";
import { _loadExceljs } from "../xlsx/_exceljs";
import { _sheetRows } from "../xlsx/_sheet-rows";
import { _workbookProblem, _ZIP_TAIL_BYTES } from "../xlsx/_workbook-bytes";
import type { XlsxReadOptions } from "../xlsx/index";
import { _missingSheet } from "../xlsx/read-xlsx-rows";
import { _readBytes } from "./_file-check";
import { _sheetName } from "./_sheet-name";

/** Largest OLE file searched whole for an encrypted package; a larger one is searched in its first 16 MiB. */
const OLE_SCAN_BYTES = 16 * 1024 * 1024;

async function fileProblem(path: string, maxBytes?: number): Promise<UnreadableFileReason | undefined> {
  const { size } = await stat(path);
  if (maxBytes !== undefined && size > maxBytes) return "too-large";
  const head = await _readBytes(path, 0, 8);
  const tail = await _readBytes(path, size - _ZIP_TAIL_BYTES, _ZIP_TAIL_BYTES);
  const all = head[0] === 0xd0 ? await _readBytes(path, 0, Math.min(size, OLE_SCAN_BYTES)) : undefined;
  return _workbookProblem(head, tail, all);
}

/**
 * Reads one worksheet of an .xlsx file as it streams from disk (exceljs's streaming reader), one
 * numbered row at a time, so that memory stays flat for big sheets; the rules and the report are those
 * of `readXlsxRows`. A file that is empty, cut short, protected by a password, not a workbook, or over
 * `maxBytes` is reported (TIPX708) with no rows; it never throws for a bad file.
 *
 * @param path - The file's path.
 * @param options - The worksheet, the header row, the size limit and the report's language.
 * @returns The rows, and the report of the read.
 * @throws The file system's error when the file cannot be opened (it does not exist).
 *
 * @example
 * ```ts
 * import { readXlsxFile } from "@tipx/convert/node";
 * const rows = readXlsxFile("cases.xlsx", { sheet: "Cases" });
 * for await (const { row, sheet, cells } of rows) console.log(sheet, row, cells);
 * ```
 */
export function readXlsxFile(path: string, options: XlsxReadOptions = {}): ConversionStream<NumberedRow> {
  const reporter = _reporter("xlsx", "xlsx", options);
  async function* rows(): AsyncGenerator<NumberedRow, void, undefined> {
    const problem = await fileProblem(path, options.maxBytes);
    if (problem !== undefined) {
      reporter.issue("TIPX708", { reason: problem });
      return;
    }
    const reader = new (await _loadExceljs()).stream.xlsx.WorkbookReader(path, {
      worksheets: "emit",
      sharedStrings: "cache",
      styles: "cache",
      hyperlinks: "ignore",
      entries: "ignore",
    });
    let arrival = 0;
    let found = false;
    try {
      for await (const worksheet of reader) {
        arrival += 1;
        const { name, place } = _sheetName(reader, (worksheet as { id?: unknown }).id, arrival);
        const wanted = options.sheet ?? 1;
        if (found || (typeof wanted === "string" ? name !== wanted : place !== wanted)) {
          // exceljs may hold a sheet in a temporary file that it deletes as soon as the reader moves on:
          // a sheet left unread would then fail to open it, an uncaught ENOENT. Read it to the end (the
          // reader then deletes the file: nothing is left behind in a long-running process).
          for await (const _row of worksheet as AsyncIterable<unknown>) {
            // nothing to keep
          }
          continue;
        }
        found = true;
        const sheet = _sheetRows(reporter, name, options.headerRow);
        for await (const row of worksheet as AsyncIterable<{ number: number; values: unknown }>) {
          const out = sheet.accept(row.number, row.values);
          if (out) yield out;
        }
        sheet.finish();
      }
    } catch {
      reporter.issue("TIPX708", { reason: arrival === 0 ? "not-a-workbook" : "truncated" });
      return;
    }
    if (arrival === 0) reporter.issue("TIPX708", { reason: "not-a-workbook" });
    else if (!found) _missingSheet(reporter, options.sheet);
  }
  return _conversionStream(rows, () => reporter.report());
}
