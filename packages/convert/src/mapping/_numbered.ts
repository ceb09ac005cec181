import type { NumberedRow, RowSource, TableRow } from "../table/index";

function isNumbered(row: NumberedRow | TableRow): row is NumberedRow {
  const cells: unknown = (row as Record<string, unknown>)["cells"];
  return typeof cells === "object" && cells !== null && typeof (row as Record<string, unknown>)["row"] === "number";
}

/** The rows of a source as numbered rows; plain rows are numbered from the row after the header. */
export async function* _numbered(
  rows: RowSource | readonly TableRow[],
  headerRow: number,
): AsyncGenerator<NumberedRow, void, undefined> {
  let next = headerRow + 1;
  for await (const row of rows as AsyncIterable<NumberedRow | TableRow>) {
    if (isNumbered(row)) yield row;
    else yield { row: next, cells: row };
    next += 1;
  }
}
