import type { ConversionFormat, MalformedRowReason } from "@tipx/schema";
import type { _Reporter } from "../report/_reporter";
import type { NumberedRow } from "../table/index";
import { _columnLetter } from "./_column-letter";

/** How a table reader treats cells to the right of the last named column. */
export type _ExtraCells = "malformed-row" | "unnamed-column";

/** Turns a table's records into numbered rows under its header, reporting everything it drops. */
export interface _TableRows {
  /** Takes one record; gives its row, or nothing for the header, a blank or a malformed row. */
  accept(row: number, cells: readonly string[], error?: MalformedRowReason): NumberedRow | undefined;
  /** Reports the columns whose values were not carried; call once at the end. */
  finish(): void;
  /** Whether a header row has been read. */
  hasHeader(): boolean;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== "" && cell.trim() !== "") return false;
  return true;
}

function countValues(cells: readonly string[], from = 0): number {
  let count = 0;
  for (let index = from; index < cells.length; index += 1) if (cells[index] !== "") count += 1;
  return count;
}

/**
 * Rows under the first non-blank record, which names the columns. A column with an empty name, or with
 * the name of a column before it, is not carried: its values are counted and reported once (TIPX701,
 * with the column's letter for an unnamed column) so that no value is dropped silently. Blank rows are
 * skipped and not counted; row numbers are the records' places in the input (the header's is its own).
 */
export function _tableRows(
  reporter: _Reporter,
  format: ConversionFormat,
  extraCells: _ExtraCells,
  sheet?: string,
): _TableRows {
  let header: readonly string[] | undefined;
  const keep: boolean[] = [];
  let template: Readonly<Record<string, string>> = {};
  const dropped = new Map<number, number>();
  const at = (row: number) => (sheet === undefined ? { row } : { row, sheet });
  const label = (index: number): string => {
    const name = header?.[index] ?? "";
    return name === "" ? _columnLetter(index) : name;
  };
  return {
    hasHeader: () => header !== undefined,
    accept(row, cells, error) {
      if (error === undefined && isBlank(cells)) return undefined;
      if (header === undefined && error === undefined) {
        header = cells.map((name) => name.trim());
        const seen = new Set<string>();
        for (const name of header) {
          keep.push(name !== "" && !seen.has(name));
          seen.add(name);
        }
        // Rows are copies of a template parsed from JSON: compact objects, where a row written a cell at
        // a time would be a dictionary (slower to read, and several times larger).
        const empty = Object.fromEntries(header.flatMap((name, index) => (keep[index] === true ? [[name, ""]] : [])));
        template = JSON.parse(JSON.stringify(empty)) as Record<string, string>;
        return undefined;
      }
      reporter.row();
      const names = header ?? [];
      const reason: MalformedRowReason | undefined =
        error ?? (extraCells === "malformed-row" && countValues(cells, names.length) > 0 ? "column-count" : undefined);
      if (reason !== undefined) {
        reporter.issue("TIPX704", { reason }, at(row));
        const values = countValues(cells);
        if (values > 0) reporter.notCarried(values);
        reporter.skipped();
        return undefined;
      }
      const out: Record<string, string> = { ...template };
      let carried = 0;
      let notCarried = 0;
      for (let index = 0; index < cells.length; index += 1) {
        const value = cells[index] ?? "";
        const name = names[index];
        if (name !== undefined && keep[index] === true) {
          out[name] = value;
          if (value !== "") carried += 1;
        } else if (value !== "") {
          dropped.set(index, (dropped.get(index) ?? 0) + 1);
          notCarried += 1;
        }
      }
      if (carried > 0) reporter.carried(carried);
      if (notCarried > 0) reporter.notCarried(notCarried);
      reporter.converted();
      return sheet === undefined ? { row, cells: out } : { row, cells: out, sheet };
    },
    finish() {
      for (const [index, count] of [...dropped].sort((a, b) => a[0] - b[0])) {
        const column = label(index);
        reporter.issue(
          "TIPX701",
          { column, format },
          sheet === undefined ? { column, count } : { column, count, sheet },
        );
      }
    },
  };
}
