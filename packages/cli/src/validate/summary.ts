/**
 * The totals of a `tipx validate` run, printed at the end of the text report and as the last line
 * (`{ "summary": … }`) of the JSON report.
 *
 * @example
 * ```ts
 * import type { ValidateSummary } from "@tipx/cli";
 * const summary: ValidateSummary = { files: 1, records: 2, valid: 1, invalid: 1, errors: 3, warnings: 0, unreadable: 0 };
 * ```
 */
export interface ValidateSummary {
  /** The inputs named on the command line (`-` counts as one), readable or not. */
  files: number;
  /** The records read: one per JSON file, one per non-blank NDJSON line. */
  records: number;
  /** Records with no issue of severity `error`. */
  valid: number;
  /** Records with at least one issue of severity `error` (a line that is not JSON included). */
  invalid: number;
  /** Issues of severity `error`, over all records. */
  errors: number;
  /** Issues of severity `warning`, over all records. */
  warnings: number;
  /** Inputs that could not be read (missing, a directory, no permission). */
  unreadable: number;
}

/**
 * A summary with every count at zero.
 */
export function emptySummary(): ValidateSummary {
  return { files: 0, records: 0, valid: 0, invalid: 0, errors: 0, warnings: 0, unreadable: 0 };
}
