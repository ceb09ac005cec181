export type { ConvertOptions } from "./options";
export { DEFAULT_MAX_CONVERSION_ISSUES } from "./options";
export type { Conversion, ConversionCounts, ConversionIssue, ConversionReport } from "./report";
export type { ConversionStream } from "./stream";
