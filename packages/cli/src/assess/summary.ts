/**
 * The totals of a `tipx assess` run, printed at the end of the text report and as the last line
 * (`{ "summary": … }`) of the JSON report.
 *
 * @example
 * ```ts
 * import type { AssessSummary } from "@tipx/cli";
 * const summary: AssessSummary = {
 *   files: 1,
 *   records: 1,
 *   assessed: 1,
 *   invalid: 0,
 *   persons: 11,
 *   indicated: 11,
 *   notIndicated: 0,
 *   inconclusive: 0,
 *   unreadable: 0,
 * };
 * ```
 */
export interface AssessSummary {
  /** The inputs named on the command line (`-` counts as one), readable or not. */
  files: number;
  /** The records (bundles) read: one per JSON file, one per non-blank NDJSON line. */
  records: number;
  /** The bundles assessed: the valid ones. */
  assessed: number;
  /** The bundles not assessed because they are invalid (a line that is not JSON included). */
  invalid: number;
  /** The persons assessed: the victims and presumed victims of the assessed bundles' cases. */
  persons: number;
  /** Persons whose classification is `indicated`. */
  indicated: number;
  /** Persons whose classification is `not-indicated`. */
  notIndicated: number;
  /** Persons whose classification is `inconclusive`. */
  inconclusive: number;
  /** Inputs that could not be read (missing, a directory, no permission). */
  unreadable: number;
}

/**
 * A summary with every count at zero.
 */
export function emptyAssessSummary(): AssessSummary {
  return {
    files: 0,
    records: 0,
    assessed: 0,
    invalid: 0,
    persons: 0,
    indicated: 0,
    notIndicated: 0,
    inconclusive: 0,
    unreadable: 0,
  };
}
