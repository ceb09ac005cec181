/**
 * tipx/convert/node: the file-system side of the converters, for Node.js: streaming readers of CSV,
 * XLSX and NDJSON files.
 *
 * @packageDocumentation
 */

export { readHtcdsWorkbookFile } from "./htcds-workbook-file";
export { readCsvFile } from "./read-csv-file";
export { readNdjsonFile } from "./read-ndjson-file";
export { ROW_FILE_FORMATS, type RowFileFormat, type RowsFileOptions, readRowsFile } from "./read-rows-file";
export { readXlsxFile } from "./read-xlsx-file";
