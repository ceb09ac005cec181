import type { TableRow } from "../table/index";
import { _loadExceljs } from "./_exceljs";

/**
 * One worksheet to write: its name (at most 31 characters, none of `[ ] : * ? / \`), its columns in
 * order, and its rows.
 *
 * @example
 * ```ts
 * import type { XlsxSheet } from "@tipx/convert";
 * const sheet: XlsxSheet = { name: "Cases", columns: ["prs_Gender"], rows: [{ prs_Gender: "Feminine" }] };
 * ```
 */
export interface XlsxSheet {
  /** The worksheet's name. */
  readonly name: string;
  /** The columns, in order; they make the header row. */
  readonly columns: readonly string[];
  /** The rows; cells of other columns are not written. */
  readonly rows: Iterable<TableRow>;
}

/**
 * Writes worksheets of text cells as an .xlsx workbook, header row first. Every cell is written as
 * text, never as a formula, so a cell starting with `=` cannot run in a spreadsheet program.
 *
 * @param sheets - The worksheets, in order.
 * @returns The workbook's bytes.
 * @throws RangeError when a worksheet's name is not one Excel accepts, or is used twice.
 *
 * @example
 * ```ts
 * import { writeXlsx } from "@tipx/convert";
 * const bytes = await writeXlsx([{ name: "Cases", columns: ["prs_Gender"], rows: [{ prs_Gender: "Feminine" }] }]);
 * bytes[0]; // 0x50, a zip
 * ```
 */
export async function writeXlsx(sheets: readonly XlsxSheet[]): Promise<Uint8Array> {
  const workbook = new (await _loadExceljs()).Workbook();
  const names = new Set<string>();
  for (const sheet of sheets) {
    if (sheet.name === "" || sheet.name.length > 31 || /[[\]:*?/\\]/.test(sheet.name)) {
      throw new RangeError(`A worksheet name must have 1 to 31 characters and none of [ ] : * ? / \\.`);
    }
    if (names.has(sheet.name.toLowerCase())) throw new RangeError("Two worksheets have the same name.");
    names.add(sheet.name.toLowerCase());
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.addRow([...sheet.columns]);
    for (const row of sheet.rows) worksheet.addRow(sheet.columns.map((column) => (row[column] ?? "") || null));
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
