/**
 * tipx/convert: converters between tipx bundles and the formats agencies and datasets use: HTCDS 2.0
 * rows and toolkit workbooks, CTDC datasets, agency spreadsheets through a column mapping, NDJSON,
 * XLSForm and Excel intake templates. Every converter returns `{ value, report }`, and the report names
 * every row, column, field and value it could not carry.
 *
 * @packageDocumentation
 */

export type { CsvDelimiter, CsvReadOptions, CsvWriteOptions } from "./csv/index";
export { CSV_DELIMITERS, readCsvRows, streamCsvRows, toCsv } from "./csv/index";
export type {
  BundleSource,
  CtdcLayout,
  FromCtdcOptions,
  M49Area,
  NumberedBundle,
  ToCtdcOptions,
  ToCtdcVictimPerpetratorOptions,
} from "./ctdc/index";
export {
  CTDC_QUASI_IDENTIFIERS,
  CTDC_VP_QUASI_IDENTIFIERS,
  ctdcColumns,
  fromCtdcRows,
  m49Area,
  streamToCtdcRows,
  streamToCtdcVictimPerpetratorRows,
  toCtdcRows,
  toCtdcVictimPerpetratorRows,
  unRegionOf,
} from "./ctdc/index";
export type {
  FormChoice,
  FormChoiceList,
  FormConversion,
  FormDefinition,
  FormQuestion,
  FormQuestionType,
  FormText,
  IntakeTemplateOptions,
  LabelFallback,
  XlsFormOptions,
  XlsFormSheets,
} from "./forms/index";
export {
  checklistForm,
  FORM_IDS,
  FORM_QUESTION_TYPES,
  getForm,
  intakeForm,
  toXlsForm,
  writeIntakeTemplate,
  xlsFormSheets,
} from "./forms/index";
export type {
  FromHtcdsOptions,
  HtcdsColumn,
  HtcdsColumnInfo,
  HtcdsMigrationVersion,
  HtcdsRow,
  ReadHtcdsWorkbookOptions,
  ToHtcdsOptions,
} from "./htcds/index";
export {
  fromHtcdsRows,
  HTCDS_COLUMN_FIELDS,
  HTCDS_COLUMN_INFO,
  HTCDS_COLUMNS,
  HTCDS_MIGRATION_VERSIONS,
  migrateHtcds,
  readHtcdsWorkbook,
  streamFromHtcdsRows,
  toHtcdsRows,
  writeHtcdsWorkbook,
} from "./htcds/index";
export { HXL_TAGS, withHxlRow } from "./hxl/index";
export type { Calendar, DateFormat, MappedRowsOptions, MappingField, MappingParse } from "./mapping/index";
export {
  CALENDARS,
  ColumnMapping,
  ColumnRule,
  DATE_FORMATS,
  fromMappedRows,
  MAPPING_FIELDS,
  mappingJsonSchema,
  parseMapping,
  RecordGrouping,
  SheetSettings,
  streamMappedRows,
} from "./mapping/index";
export type { NdjsonReadOptions, NdjsonRecord } from "./ndjson/index";
export { ndjsonLines, streamNdjson, toNdjson } from "./ndjson/index";
export type {
  Conversion,
  ConversionCounts,
  ConversionIssue,
  ConversionReport,
  ConversionStream,
  ConvertOptions,
} from "./report/index";
export { DEFAULT_MAX_CONVERSION_ISSUES } from "./report/index";
export type { NumberedRow, RowSource, TableRow } from "./table/index";
export { numberRows } from "./table/index";
export type { TextDecoding, TextEncodingName, TextSource } from "./text/index";
export { decodeText, TEXT_ENCODINGS } from "./text/index";
export type { XlsxReadOptions, XlsxSheet } from "./xlsx/index";
export { readXlsxRows, writeXlsx } from "./xlsx/index";
