export type { NumberedRow, RowSource, TableRow } from "./row";
export { numberRows } from "./row";
