import type { Bundle, UnreadableFileReason } from "@tipx/schema";
import { _reporter } from "../report/_reporter";
import type { Conversion } from "../report/index";
import type { NumberedRow } from "../table/index";
import { _CELL_ERROR, _cellText } from "../xlsx/_cell-text";
import { type _ExcelJS, _loadExceljs } from "../xlsx/_exceljs";
import { _workbookProblem, _ZIP_TAIL_BYTES } from "../xlsx/_workbook-bytes";
import { _COLUMN_SPECS, _SPEC_BY_COLUMN } from "./_column-map";
import { _REFERRAL_BY_COLUMN } from "./_links";
import { _findHeader, type _Header } from "./_workbook-header";
import { _serialDate } from "./_workbook-layout";
import { fromHtcdsRows } from "./from-rows";
import type { FromHtcdsOptions } from "./options";

/** The default of {@link ReadHtcdsWorkbookOptions.maxBytes}: 100 MiB. */
const DEFAULT_MAX_BYTES = 100 * 1024 * 1024;

/**
 * Options of {@link readHtcdsWorkbook}: those of {@link fromHtcdsRows}, and a size limit.
 *
 * @example
 * ```ts
 * import type { ReadHtcdsWorkbookOptions } from "@tipx/convert";
 * const options: ReadHtcdsWorkbookOptions = { maxBytes: 10 * 1024 * 1024 };
 * ```
 */
export interface ReadHtcdsWorkbookOptions extends FromHtcdsOptions {
  /** The largest workbook read, in bytes (100 MiB by default); a larger one is reported (TIPX708). */
  readonly maxBytes?: number;
}

type Worksheet = InstanceType<_ExcelJS["Workbook"]>["worksheets"][number];

function rowTexts(sheet: Worksheet, row: number): Map<number, string> {
  const texts = new Map<number, string>();
  sheet.getRow(row).eachCell({ includeEmpty: false }, (cell, column) => {
    const text = _cellText(cell.value);
    if (text !== _CELL_ERROR && text.trim() !== "") texts.set(column, text);
  });
  return texts;
}

const isDateColumn = (name: string): boolean =>
  _SPEC_BY_COLUMN.get(name)?.read.kind === "date" || _REFERRAL_BY_COLUMN.get(name)?.read.kind === "date";

function* sheetRows(sheet: Worksheet, header: _Header): Generator<NumberedRow> {
  for (let n = header.firstDataRow; n <= sheet.rowCount; n++) {
    const cells: Record<string, string> = {};
    let any = false;
    sheet.getRow(n).eachCell({ includeEmpty: false }, (cell, column) => {
      const name = header.columns.get(column);
      if (name === undefined) return;
      const text = isDateColumn(name) ? _serialDate(cell.value) : _cellText(cell.value);
      if (text === _CELL_ERROR || text.trim() === "") return;
      cells[name] = text;
      any = true;
    });
    // The toolkit's rows are numbered in a column without a name: a row with nothing else is blank.
    if (any) yield { row: n, cells, sheet: sheet.name };
  }
}

function failure(
  reason: UnreadableFileReason | undefined,
  expected: boolean,
  options: ReadHtcdsWorkbookOptions,
): Conversion<Bundle> {
  const reporter = _reporter("htcds-workbook", "tipx", options);
  if (reason !== undefined) reporter.issue("TIPX708", { reason });
  if (expected) {
    reporter.issue("TIPX707", { format: "htcds-workbook", expected: _COLUMN_SPECS.map((s) => s.column) });
  }
  // An empty bundle, so that a caller always gets a value.
  const { value } = fromHtcdsRows([], options);
  return { value, report: reporter.report() };
}

/**
 * Reads an HTCDS workbook as agencies fill the toolkit's (`HTCDS Excel Spreadsheet v2.0.xlsx` and its
 * "single select with validation" variant) or export their forms: field names in the first row (hidden
 * in the toolkit), labels in the second, data below. Where the two rows disagree the field name wins,
 * and a column without a field name is matched by its label; the toolkit's misspellings and the
 * XLSForm's spellings (`prs_First_Name`, group prefixes, space-separated multi-selects) are read.
 * Picklist values may be codes or their English labels, as the toolkit's drop-down lists write them.
 * A workbook with no HTCDS column is reported (TIPX707) and gives an empty bundle; a file that is no
 * readable workbook (empty, password-protected, cut short, too large, not a workbook) is reported
 * (TIPX708). It never throws for bad input. Runs in browsers.
 *
 * @param data - The bytes of an .xlsx file.
 * @param options - The bundle's sender and purpose, a size limit, the report's language.
 * @returns The bundle and the report (read from `htcds-workbook`).
 *
 * @example
 * ```ts
 * import { readHtcdsWorkbook } from "@tipx/convert";
 * declare const file: Uint8Array;
 * const { value, report } = await readHtcdsWorkbook(file);
 * if (!report.ok) console.log(report.issues.map((issue) => issue.message));
 * ```
 */
export async function readHtcdsWorkbook(
  data: Uint8Array | ArrayBuffer,
  options: ReadHtcdsWorkbookOptions = {},
): Promise<Conversion<Bundle>> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return failure("too-large", false, options);
  const problem = _workbookProblem(bytes.subarray(0, 8), bytes.subarray(-_ZIP_TAIL_BYTES), bytes);
  if (problem !== undefined) return failure(problem, false, options);
  const workbook = new (await _loadExceljs()).Workbook();
  try {
    // exceljs takes an ArrayBuffer (or a Buffer in Node.js); a copy keeps the caller's bytes untouched.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    return failure("not-a-workbook", false, options);
  }
  for (const sheet of workbook.worksheets) {
    const header = _findHeader(rowTexts(sheet, 1), rowTexts(sheet, 2));
    if (header === undefined || header.recognised === 0) continue;
    const converted = fromHtcdsRows(sheetRows(sheet, header), options);
    return { value: converted.value, report: { ...converted.report, from: "htcds-workbook" } };
  }
  return failure(undefined, true, options);
}
