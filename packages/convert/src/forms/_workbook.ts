import type ExcelJS from "exceljs";
import { _loadExceljs } from "../xlsx/_exceljs";
import { _stableZip } from "./_stable-zip";

/**
 * The date written as the workbook's creation and modification date: fixed, so that a generated
 * workbook has the same bytes on every run (a `--check` of the committed examples compares them).
 */
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

/** A new workbook with fixed document properties. */
export async function _newWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new (await _loadExceljs()).Workbook();
  workbook.creator = "tipx";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

/** The workbook's `.xlsx` bytes, the same for the same workbook on every run. */
export async function _workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return _stableZip(new Uint8Array(buffer));
}

/** Adds a sheet holding rows of text, the first row bold (a header). */
export function _addTextSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: readonly (readonly string[])[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  return sheet;
}
