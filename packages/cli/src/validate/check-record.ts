import type {
  Catalogue,
  Issue,
  ProfileCode,
  ValidateJsonOptions,
  ValidateOptions,
  ValidationLevel,
} from "@tipx/schema";
import type { CliMessages } from "../messages/messages";
import { reportedRecordId } from "./record-id";
import type { InputRecord, RecordLayout } from "./records";

/** The parts of `@tipx/schema` the validate command uses (loaded lazily, so `tipx --version` stays fast). */
export type SchemaApi = Pick<typeof import("@tipx/schema"), "validateJson" | "ISSUES" | "renderMessage">;

/** A record after validation. */
export interface RecordOutcome {
  /** The 1-based line the record starts on. */
  readonly line: number;
  /** The record's 0-based position in a JSON array, when it is an element of one. */
  readonly index?: number;
  /** How the record's input holds its records. */
  readonly layout: RecordLayout;
  /** `true` when no issue has severity `"error"`. */
  readonly ok: boolean;
  /** The issues found, TIPX101 for a record that is not JSON. */
  readonly issues: readonly Issue[];
  /** The record's bundle id, when it has one to report (see `reportedRecordId`). */
  readonly id?: string;
}

/** The validation settings of one run. */
export interface CheckSettings {
  /** The catalogue of the messages' language; English when absent. */
  readonly locale?: Catalogue;
  /** The validation level, when given. */
  readonly level?: ValidationLevel;
  /** The country profile, when given. */
  readonly profile?: ProfileCode;
}

/**
 * Creates the function that validates one record: a parsed value goes through `validate()`, a text
 * that is not JSON becomes one TIPX101 issue at the root.
 *
 * @param schema - `@tipx/schema`'s `validateJson`, `ISSUES` and `renderMessage`.
 * @param settings - catalogue, level and profile.
 * @param messages - the CLI's words in the same language (for TIPX101's detail).
 * @returns the checker.
 */
export function createChecker(
  schema: SchemaApi,
  settings: CheckSettings,
  messages: CliMessages,
): (record: InputRecord) => RecordOutcome {
  const options: ValidateOptions = {
    ...(settings.locale === undefined ? {} : { locale: settings.locale }),
    ...(settings.level === undefined ? {} : { level: settings.level }),
    ...(settings.profile === undefined ? {} : { profile: settings.profile }),
  };
  const notJson = schema.ISSUES.TIPX101;
  // One options object for every record, its `parsed` set per record (validateJson reads it at once):
  // a spread per record of a large file costs more than the check of a small bundle's dates.
  const jsonOptions: { -readonly [K in keyof ValidateJsonOptions]: ValidateJsonOptions[K] } = {
    ...options,
    parsed: undefined,
  };
  return (record) => {
    if (record.parsed.ok) {
      // validateJson checks the text's parsed value as it is (JSON.parse makes plain data, so no copy),
      // and takes the value parsed here, so that each record is parsed once.
      jsonOptions.parsed = record.parsed.value;
      const result = schema.validateJson(record.parsed.text, jsonOptions);
      jsonOptions.parsed = undefined;
      const id = reportedRecordId(record.parsed.value);
      const outcome: { -readonly [K in keyof RecordOutcome]: RecordOutcome[K] } = {
        line: record.line,
        layout: record.layout,
        ok: result.ok,
        issues: result.issues,
      };
      if (record.index !== undefined) outcome.index = record.index;
      if (id !== undefined) outcome.id = id;
      return outcome;
    }
    const detail = messages.jsonProblem(record.parsed.problem);
    const message = schema.renderMessage("TIPX101", { detail }, settings.locale);
    const issue: Issue = { code: "TIPX101", severity: notJson.severity, path: "", message, params: { detail } };
    return {
      line: record.line,
      ...(record.index === undefined ? {} : { index: record.index }),
      layout: record.layout,
      ok: false,
      issues: [issue],
    };
  };
}
