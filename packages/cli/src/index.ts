/**
 * @tipx/cli: the `tipx` command. Validate tipx bundles in JSON and NDJSON files, screen the persons
 * they record for indicators of trafficking, redact them for a purpose, explain issue codes and write the
 * JSON Schema files. `run` runs the command line in-process, for tests and wrappers.
 *
 * @packageDocumentation
 */

export type { AssessPersonLine, AssessSummaryLine } from "./assess/assess-report";
export type { AssessSummary } from "./assess/summary";
export type { OutputFormat } from "./choices";
export {
  FORMAT_CHOICES,
  INSTRUMENT_CHOICES,
  LANG_CHOICES,
  LEVEL_CHOICES,
  PROFILE_CHOICES,
  PURPOSE_CHOICES,
} from "./choices";
export type { ExitCode } from "./exit-codes";
export { EXIT_CODES } from "./exit-codes";
export type { CliIo } from "./io";
export { run } from "./main";
export type { RedactReportLine } from "./redact/redact-command";
export type {
  ValidateJsonLine,
  ValidateRecordLine,
  ValidateSummaryLine,
  ValidateUnreadableLine,
} from "./validate/json-report";
export { JSON_OUTPUT_FORMAT_VERSION } from "./validate/json-report";
export type { ValidateSummary } from "./validate/summary";
export { CLI_VERSION } from "./version";
