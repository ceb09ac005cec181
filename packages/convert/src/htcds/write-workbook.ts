import type { Bundle } from "@tipx/schema";
import type { Conversion } from "../report/index";
import { _loadExceljs } from "../xlsx/_exceljs";
import { _ID_COLUMNS } from "./_column-map";
import { _labelOf } from "./_workbook-layout";
import { _ROW_COLUMNS } from "./_write-links";
import type { ToHtcdsOptions } from "./options";
import { toHtcdsRows } from "./to-rows";

/** The name of the sheet {@link writeHtcdsWorkbook} writes, as in the toolkit's workbook with validation. */
const SHEET = "Case Sheet";

/**
 * Writes a bundle as an HTCDS workbook in the toolkit's layout: the field names in row 1 (hidden), the
 * labels in row 2, one victim's row per line from row 3, as {@link toHtcdsRows} writes them (its report
 * lists what HTCDS does not carry). {@link readHtcdsWorkbook} reads it back. Runs in browsers.
 *
 * @param bundle - A tipx bundle.
 * @param options - `ids: true` adds the `cas_Id` and `prs_Id` columns; the report's language.
 * @returns The bytes of the .xlsx file and the report.
 *
 * @example
 * ```ts
 * import { writeHtcdsWorkbook } from "@tipx/convert";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundle: Bundle;
 * const { value: bytes, report } = await writeHtcdsWorkbook(bundle);
 * bytes.length > 0; // true
 * ```
 */
export async function writeHtcdsWorkbook(
  bundle: Bundle,
  options: ToHtcdsOptions = {},
): Promise<Conversion<Uint8Array>> {
  const { value: rows, report } = toHtcdsRows(bundle, options);
  const columns = [...(options.ids === true ? [_ID_COLUMNS.case, _ID_COLUMNS.person] : []), ..._ROW_COLUMNS];
  const workbook = new (await _loadExceljs()).Workbook();
  const sheet = workbook.addWorksheet(SHEET, { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.addRow(columns).hidden = true;
  const labels = sheet.addRow(columns.map(_labelOf));
  labels.font = { bold: true };
  for (const row of rows) sheet.addRow(columns.map((column) => row[column] ?? ""));
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = Math.min(40, Math.max(12, _labelOf(column).length + 2));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return { value: new Uint8Array(buffer as ArrayBuffer), report: { ...report, to: "htcds-workbook" } };
}
