import { _columnLetter } from "../csv/_column-letter";
import { type _TableRows, _tableRows } from "../csv/_table-rows";
import type { _Reporter } from "../report/_reporter";
import type { NumberedRow } from "../table/index";
import { _CELL_ERROR, _cellText } from "./_cell-text";

/** Turns a worksheet's rows (exceljs `row.values`, 1-based) into numbered rows under its header row. */
export interface _SheetRows {
  accept(row: number, values: unknown): NumberedRow | undefined;
  finish(): void;
  hasHeader(): boolean;
}

/**
 * Rows of one worksheet under its header: rows above `headerRow` are skipped, the first non-blank row
 * from there names the columns, and cells under no column name are reported (TIPX701, by letter). An
 * error cell (`#N/A`) is reported (TIPX703) and not carried.
 */
export function _sheetRows(reporter: _Reporter, sheet: string, headerRow = 1): _SheetRows {
  const table: _TableRows = _tableRows(reporter, "xlsx", "unnamed-column", sheet);
  return {
    hasHeader: () => table.hasHeader(),
    finish: () => table.finish(),
    accept(row, values) {
      if (row < headerRow) return undefined;
      const list: readonly unknown[] = Array.isArray(values) ? values : [];
      const cells: string[] = [];
      const errors: number[] = [];
      for (let index = 1; index < list.length; index += 1) {
        const text = _cellText(list[index]);
        if (text === _CELL_ERROR) {
          errors.push(index - 1);
          cells.push("");
        } else cells.push(text);
      }
      const out = table.accept(row, cells);
      if (out && errors.length > 0) {
        for (const index of errors) {
          const column = _columnLetter(index);
          reporter.issue("TIPX703", { field: column, expected: "text" }, { row, column, sheet });
          reporter.notCarried();
        }
      }
      return out;
    },
  };
}
