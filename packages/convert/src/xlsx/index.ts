export type { XlsxReadOptions } from "./options";
export { readXlsxRows } from "./read-xlsx-rows";
export { writeXlsx, type XlsxSheet } from "./write-xlsx";
