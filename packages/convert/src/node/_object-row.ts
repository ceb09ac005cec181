import type { _Reporter } from "../report/_reporter";
import type { NumberedRow } from "../table/index";
import { _numberText } from "../xlsx/_cell-text";

/**
 * A JSON object as a row of text cells: strings as they are, numbers and booleans as text; `null` is an
 * empty cell; an array or object in a cell is reported (TIPX703) and not carried.
 */
export function _objectRow(reporter: _Reporter, row: number, value: Readonly<Record<string, unknown>>): NumberedRow {
  const cells: Record<string, string> = {};
  for (const [column, cell] of Object.entries(value)) {
    if (cell === null || cell === undefined || cell === "") {
      cells[column] = "";
      continue;
    }
    if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean") {
      cells[column] = typeof cell === "number" ? _numberText(cell) : String(cell);
      reporter.carried();
      continue;
    }
    reporter.issue("TIPX703", { field: column, expected: "text" }, { row, column });
    reporter.notCarried();
  }
  reporter.converted();
  return { row, cells };
}
