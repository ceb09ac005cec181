import type { Severity } from "@tipx/schema";
import { escapeControlCharacters } from "../escape";
import type { CliMessages } from "../messages/messages";
import type { Output } from "../output";
import type { Reporter } from "./reporter";
import type { ValidateSummary } from "./summary";

/**
 * One line of `tipx validate --format json` for one record: where it is, whether it is valid, and its
 * issues (without their `params`).
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
 * The last line of `tipx validate --format json`.
 *
 * @example
 * ```ts
 * import type { ValidateSummaryLine } from "@tipx/cli";
 * const last: ValidateSummaryLine = { summary: { files: 1, records: 1, valid: 1, invalid: 0, errors: 0, warnings: 0, unreadable: 0 } };
 * ```
 */
export interface ValidateSummaryLine {
  /** The run's totals. */
  readonly summary: ValidateSummary;
}

/** What the JSON report needs. */
export interface JsonReportSettings {
  /** Where the JSON lines go (stdout). */
  readonly out: Output;
  /** Where unreadable inputs are reported, as text (stderr). */
  readonly err: Output;
  /** The CLI's words in the run's language (for stderr). */
  readonly messages: CliMessages;
  /** Write only invalid records (the summary is always written). */
  readonly quiet: boolean;
}

/**
 * Creates the report for programs: JSON lines, one {@link ValidateRecordLine} per record in input
 * order, then one {@link ValidateSummaryLine}. Unreadable inputs go to stderr as text and are counted
 * in `summary.unreadable`. Each line is ASCII-safe for a terminal: besides the C0 controls that
 * `JSON.stringify` escapes, DEL, C1, U+2028/U+2029 and bidi controls are written as `\uXXXX` escapes,
 * which parse back to the same strings.
 */
export function jsonReporter(settings: JsonReportSettings): Reporter {
  const { out, err, messages, quiet } = settings;
  return {
    record: (file, outcome) => {
      if (quiet && outcome.ok) return;
      const line: ValidateRecordLine = {
        file,
        line: outcome.line,
        ok: outcome.ok,
        issues: outcome.issues.map(({ code, severity, path, message }) => ({ code, severity, path, message })),
      };
      out.write(`${escapeControlCharacters(JSON.stringify(line))}\n`);
    },
    endFile: () => {},
    unreadable: (file, reason) => {
      const shown = file === "-" ? messages.stdin : escapeControlCharacters(file);
      err.write(`tipx: ${messages.unreadable(shown, reason)}\n`);
    },
    end: (summary) => {
      const last: ValidateSummaryLine = { summary };
      out.write(`${JSON.stringify(last)}\n`);
    },
  };
}
