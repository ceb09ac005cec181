import { type _Reporter, _reporter } from "../report/_reporter";
import type { Conversion } from "../report/index";
import type { NumberedRow } from "../table/index";
import { type _ExcelJS, _loadExceljs } from "./_exceljs";
import { _sheetRows } from "./_sheet-rows";
import { _workbookProblem, _ZIP_TAIL_BYTES } from "./_workbook-bytes";
import type { XlsxReadOptions } from "./options";

type Workbook = InstanceType<_ExcelJS["Workbook"]>;
type Worksheet = Workbook["worksheets"][number];

function pickSheet(workbook: Workbook, sheet: string | number | undefined): Worksheet | undefined {
  if (typeof sheet === "string") return workbook.worksheets.find((w) => w.name === sheet);
  return workbook.worksheets[(sheet ?? 1) - 1];
}

/** Reports a missing worksheet: the layout expected names the worksheet asked for. */
export function _missingSheet(reporter: _Reporter, sheet: string | number | undefined): void {
  reporter.issue("TIPX707", { format: "xlsx", expected: [String(sheet ?? 1)] });
}

/**
 * Reads the rows of one worksheet of an .xlsx workbook held in memory (in a browser, a `File`'s bytes):
 * the header row names the columns, and every cell is text as the spreadsheet shows it (dates as
 * `YYYY-MM-DD`, numbers without float noise, rich text joined, a formula's result). A file that is
 * empty, cut short, protected by a password or not a workbook is reported (TIPX708) with no rows; it
 * never throws for bad input.
 *
 * @param data - The workbook's bytes.
 * @param options - The worksheet, the header row, the size limit and the report's language.
 * @returns The rows (each naming its worksheet) and the report.
 *
 * @example
 * ```ts
 * import { readXlsxRows, writeXlsx } from "@tipx/convert";
 * const bytes = await writeXlsx([{ name: "Cases", columns: ["prs_Gender"], rows: [{ prs_Gender: "Feminine" }] }]);
 * const { value } = await readXlsxRows(bytes, { sheet: "Cases" });
 * value[0]; // { row: 2, cells: { prs_Gender: "Feminine" }, sheet: "Cases" }
 * ```
 */
export async function readXlsxRows(
  data: Uint8Array | ArrayBuffer,
  options: XlsxReadOptions = {},
): Promise<Conversion<NumberedRow[]>> {
  const reporter = _reporter("xlsx", "xlsx", options);
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const value: NumberedRow[] = [];
  const problem =
    bytes.length > (options.maxBytes ?? Number.POSITIVE_INFINITY)
      ? "too-large"
      : _workbookProblem(bytes, bytes.subarray(Math.max(0, bytes.length - _ZIP_TAIL_BYTES)), bytes);
  if (problem !== undefined) {
    reporter.issue("TIPX708", { reason: problem });
    return { value, report: reporter.report() };
  }
  const workbook = new (await _loadExceljs()).Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    reporter.issue("TIPX708", { reason: "not-a-workbook" });
    return { value, report: reporter.report() };
  }
  if (workbook.worksheets.length === 0) {
    reporter.issue("TIPX708", { reason: "not-a-workbook" });
    return { value, report: reporter.report() };
  }
  const worksheet = pickSheet(workbook, options.sheet);
  if (worksheet === undefined) {
    _missingSheet(reporter, options.sheet);
    return { value, report: reporter.report() };
  }
  const rows = _sheetRows(reporter, worksheet.name, options.headerRow);
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const out = rows.accept(number, row.values);
    if (out) value.push(out);
  });
  rows.finish();
  return { value, report: reporter.report() };
}
