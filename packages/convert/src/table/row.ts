/**
 * One row of a table as text cells keyed by column name, as a CSV or a worksheet gives it. An empty
 * cell is `""` or absent.
 *
 * @example
 * ```ts
 * import type { TableRow } from "@tipx/convert";
 * const row: TableRow = { prs_Gender: "Feminine", prs_Citizenship: "MM" };
 * ```
 */
export type TableRow = Readonly<Record<string, string>>;

/**
 * A row with its place in the input, so that every issue can say where it is: the row number a
 * spreadsheet program shows (the header is row 1), or the line of a text file.
 *
 * @example
 * ```ts
 * import type { NumberedRow } from "@tipx/convert";
 * const row: NumberedRow = { row: 2, cells: { prs_Gender: "Feminine" } };
 * ```
 */
export interface NumberedRow {
  /** The row number in the input. */
  readonly row: number;
  /** The cells, keyed by column name. */
  readonly cells: TableRow;
  /** The worksheet the row comes from, in a workbook. */
  readonly sheet?: string;
}

/**
 * Rows a streaming converter reads: any iterable or async iterable of numbered rows, such as a file
 * reader of `tipx/convert/node` gives.
 */
export type RowSource = Iterable<NumberedRow> | AsyncIterable<NumberedRow>;

/**
 * Numbers plain rows as they sit under a one-row header: the first is row 2.
 *
 * @param rows - The rows, in input order.
 * @param firstRow - The number of the first row (2 by default, the row after the header).
 * @returns The same rows, numbered.
 *
 * @example
 * ```ts
 * import { numberRows } from "@tipx/convert";
 * [...numberRows([{ a: "1" }, { a: "2" }])].map((r) => r.row); // [2, 3]
 * ```
 */
export function* numberRows(rows: Iterable<TableRow>, firstRow = 2): Generator<NumberedRow, void, undefined> {
  let row = firstRow;
  for (const cells of rows) yield { row: row++, cells };
}
