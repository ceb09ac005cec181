// Finds the header of an HTCDS workbook sheet: which row holds field names, which labels, where the data
// starts, and the field of each column.
import { _fieldFromLabel, _fieldFromName, _IGNORED_COLUMNS } from "./_workbook-layout";

/** A sheet's header: the column name of each column number (1-based), and the first data row. */
export interface _Header {
  readonly columns: ReadonlyMap<number, string>;
  readonly firstDataRow: number;
  /** How many columns were recognised as HTCDS fields. */
  readonly recognised: number;
}

/**
 * Reads the header from the first two rows' texts (by column number). The first row is taken as field
 * names when it names any HTCDS field; the second as labels when it has more recognised labels than
 * field names (the toolkit layout), else as data. A sheet whose first row names no field but has
 * labels is read by its labels. `undefined` when neither row names any HTCDS field.
 */
export function _findHeader(
  first: ReadonlyMap<number, string>,
  second: ReadonlyMap<number, string>,
): _Header | undefined {
  const count = (row: ReadonlyMap<number, string>, match: (t: string) => string | undefined) =>
    [...row.values()].filter((t) => match(t) !== undefined).length;
  const namesInFirst = count(first, _fieldFromName);
  const labelsInFirst = count(first, _fieldFromLabel);
  const labelsInSecond = count(second, _fieldFromLabel);
  const namesInSecond = count(second, _fieldFromName);
  // A row of labels alone is a header only when most of its cells are labels of the standard.
  if (namesInFirst === 0 && (labelsInFirst < 2 || labelsInFirst * 2 < first.size)) return undefined;
  const columns = new Map<number, string>();
  let recognised = 0;
  if (namesInFirst >= labelsInFirst) {
    const labelRow = labelsInSecond > 0 && labelsInSecond >= namesInSecond;
    const numbers = new Set([...first.keys(), ...(labelRow ? second.keys() : [])]);
    for (const n of [...numbers].sort((a, b) => a - b)) {
      const name = (first.get(n) ?? "").trim();
      const label = labelRow ? (second.get(n) ?? "").trim() : "";
      const field =
        (name === "" ? undefined : _fieldFromName(name)) ?? (label === "" ? undefined : _fieldFromLabel(label));
      if (field !== undefined) recognised += 1;
      const column = field ?? (name !== "" ? name : label);
      if (column !== "" && !_IGNORED_COLUMNS.has(column)) columns.set(n, column);
    }
    return { columns, firstDataRow: labelRow ? 3 : 2, recognised };
  }
  for (const [n, text] of first) {
    const field = _fieldFromLabel(text) ?? _fieldFromName(text);
    if (field !== undefined) recognised += 1;
    const column = field ?? text.trim();
    if (column !== "" && !_IGNORED_COLUMNS.has(column)) columns.set(n, column);
  }
  return { columns, firstDataRow: 2, recognised };
}
