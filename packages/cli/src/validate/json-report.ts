import type { Severity } from "@tipx/schema";
import { escapeControlCharacters } from "../escape";
import type { CliMessages } from "../messages/messages";
import type { Output } from "../output";
import type { RecordOutcome } from "./check-record";
import type { Reporter } from "./reporter";
import type { ValidateSummary } from "./summary";

/**
 * The version of the format of `tipx validate --format json`, given in its summary line. It changes
 * when a property is removed or renamed or changes meaning; new optional properties and new
 * `unreadable.reason` values may appear within a version. `json-output.schema.json`, published with
 * this package, describes every line of this version.
 *
 * @example
 * ```ts
 * import { JSON_OUTPUT_FORMAT_VERSION } from "@tipx/cli";
 * JSON_OUTPUT_FORMAT_VERSION; // "1"
 * ```
 */
export const JSON_OUTPUT_FORMAT_VERSION = "1";

/**
 * One line of `tipx validate --format json` for one record: where it is, its bundle id, whether it is
 * valid, and its issues (without their `params`).
 *
 * @example
 * ```ts
 * import type { ValidateRecordLine } from "@tipx/cli";
 * const line: ValidateRecordLine = JSON.parse('{"file":"a.ndjson","line":3,"ok":true,"issues":[]}');
 * ```
 */
export interface ValidateRecordLine {
  /** The input as named on the command line, `-` for stdin. */
  readonly file: string;
  /** The 1-based line the record starts on (1 for a file holding one JSON document). */
  readonly line: number;
  /** The record's 0-based position when the file is a JSON array of bundles (`file[index]`); absent otherwise. */
  readonly index?: number;
  /**
   * The record's top-level `id` (the bundle id) when it is a string of at most 100 characters; absent
   * otherwise, and for a record that is not JSON. Nothing else of the record is repeated.
   */
  readonly id?: string;
  /** `true` when no issue has severity `"error"`. */
  readonly ok: boolean;
  /** The issues found. */
  readonly issues: readonly {
    /** The issue code, such as `"TIPX402"`. */
    readonly code: string;
    /** The severity after `--level` was applied. */
    readonly severity: Severity;
    /** A JSON Pointer into the record; `""` is the whole record. */
    readonly path: string;
    /** The message in the `--lang` language. */
    readonly message: string;
  }[];
}

/**
 * One line of `tipx validate --format json` for an input that could not be read, in input order among
 * the record lines (after the records read before it failed, if any). It is also reported on stderr as
 * text, and counted in `summary.unreadable`.
 *
 * @example
 * ```ts
 * import type { ValidateUnreadableLine } from "@tipx/cli";
 * const line: ValidateUnreadableLine = JSON.parse(
 *   '{"file":"a.json","unreadable":{"reason":"missing","message":"cannot read a.json: no such file"}}',
 * );
 * ```
 */
export interface ValidateUnreadableLine {
  /** The input as named on the command line, `-` for stdin. */
  readonly file: string;
  /** Why it could not be read. */
  readonly unreadable: {
    /** What went wrong, such as `"missing"`, `"directory"`, `"permission"` or `"over-limit"`. */
    readonly reason: string;
    /** The same as a sentence in the `--lang` language, naming the file. */
    readonly message: string;
    /** The details of the reason, such as `limit` (bytes) for `"over-limit"` or `code` for `"other"`. */
    readonly [detail: string]: unknown;
  };
}

/**
 * The last line of `tipx validate --format json`.
 *
 * @example
 * ```ts
 * import type { ValidateSummaryLine } from "@tipx/cli";
 * const last: ValidateSummaryLine = {
 *   formatVersion: "1",
 *   summary: { files: 1, records: 1, valid: 1, invalid: 0, errors: 0, warnings: 0, unreadable: 0 },
 * };
 * ```
 */
export interface ValidateSummaryLine {
  /** The version of the output format ({@link JSON_OUTPUT_FORMAT_VERSION}). */
  readonly formatVersion: typeof JSON_OUTPUT_FORMAT_VERSION;
  /** The run's totals. */
  readonly summary: ValidateSummary;
}

/** Any line of `tipx validate --format json`, as `json-output.schema.json` describes it. */
export type ValidateJsonLine = ValidateRecordLine | ValidateUnreadableLine | ValidateSummaryLine;

/**
 * Creates the renderer of one record's line of the JSON report ({@link ValidateRecordLine}). Worker
 * threads render their records with it, so the line is the same wherever a record was validated.
 *
 * @param quiet - `true` to leave valid records out.
 * @returns the renderer: the line with its line break, or `""` for a valid record when `quiet`.
 */
export function jsonRecordLine(quiet: boolean): (file: string, outcome: RecordOutcome) => string {
  // The file's name as JSON, escaped once per file rather than once per record.
  let lastFile: string | undefined;
  let fileJson = "";
  return (file, outcome) => {
    if (quiet && outcome.ok) return "";
    const { index, id, ok } = outcome;
    if (outcome.issues.length === 0) {
      // Most lines of a large file: written out, the same text as JSON.stringify of the object below.
      if (file !== lastFile) {
        lastFile = file;
        fileJson = escapeControlCharacters(JSON.stringify(file));
      }
      const at = index === undefined ? "" : `,"index":${index}`;
      const named = id === undefined ? "" : `,"id":${escapeControlCharacters(JSON.stringify(id))}`;
      return `{"file":${fileJson},"line":${outcome.line}${at}${named},"ok":${ok},"issues":[]}\n`;
    }
    const issues = outcome.issues.map(({ code, severity, path, message }) => ({ code, severity, path, message }));
    // The keys in this order, each only when it has a value; written out, since a spread of optional
    // parts per record costs more than the record's line itself.
    const at = outcome.line;
    const line: ValidateRecordLine =
      index === undefined
        ? id === undefined
          ? { file, line: at, ok, issues }
          : { file, line: at, id, ok, issues }
        : id === undefined
          ? { file, line: at, index, ok, issues }
          : { file, line: at, index, id, ok, issues };
    return `${escapeControlCharacters(JSON.stringify(line))}\n`;
  };
}

/** What the JSON report needs. */
export interface JsonReportSettings {
  /** Where the JSON lines go (stdout). */
  readonly out: Output;
  /** Where unreadable inputs are reported as text too (stderr). */
  readonly err: Output;
  /** The CLI's words in the run's language. */
  readonly messages: CliMessages;
  /** Write only invalid records (the summary is always written). */
  readonly quiet: boolean;
}

/**
 * Creates the report for programs: JSON lines, one {@link ValidateRecordLine} per record and one
 * {@link ValidateUnreadableLine} per input that could not be read, in input order, then one
 * {@link ValidateSummaryLine}. Unreadable inputs are reported on stderr as text too, for whoever
 * watches the terminal. Each line is ASCII-safe for a terminal: besides the C0 controls that
 * `JSON.stringify` escapes, DEL, C1, U+2028/U+2029 and bidi controls are written as `\uXXXX` escapes,
 * which parse back to the same strings.
 */
export function jsonReporter(settings: JsonReportSettings): Reporter {
  const { out, err, messages, quiet } = settings;
  const recordLine = jsonRecordLine(quiet);
  return {
    record: (file, outcome) => {
      out.write(recordLine(file, outcome));
    },
    rendered: (_file, text) => {
      out.write(text);
    },
    endFile: () => {},
    unreadable: (file, reason) => {
      const shown = file === "-" ? messages.stdin : escapeControlCharacters(file);
      const message = messages.unreadable(shown, reason);
      err.write(`tipx: ${message}\n`);
      const { kind, ...details } = reason;
      const line: ValidateUnreadableLine = { file, unreadable: { reason: kind, ...details, message } };
      out.write(`${escapeControlCharacters(JSON.stringify(line))}\n`);
    },
    end: (summary) => {
      const last: ValidateSummaryLine = { formatVersion: JSON_OUTPUT_FORMAT_VERSION, summary };
      out.write(`${JSON.stringify(last)}\n`);
    },
  };
}
