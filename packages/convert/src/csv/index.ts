export { CSV_DELIMITERS, type CsvDelimiter } from "./delimiters";
export type { CsvReadOptions } from "./options";
export { readCsvRows } from "./read-csv-rows";
export { streamCsvRows } from "./stream-csv-rows";
export { type CsvWriteOptions, toCsv } from "./to-csv";
