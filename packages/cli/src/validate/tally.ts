import type { RecordOutcome } from "./check-record";
import type { InputRecord } from "./records";
import type { ValidateSummary } from "./summary";

/** The counts of the records of one input, or of one batch of its lines. */
export interface RecordTally {
  /** Records read. */
  records: number;
  /** Records with no issue of severity `error`. */
  valid: number;
  /** Records with at least one. */
  invalid: number;
  /** Issues of severity `error`. */
  errors: number;
  /** Issues of severity `warning`. */
  warnings: number;
  /** Records longer than `--max-line-bytes`, which were not read. */
  overLimit: number;
}

/** A tally with every count at zero. */
export function emptyTally(): RecordTally {
  return { records: 0, valid: 0, invalid: 0, errors: 0, warnings: 0, overLimit: 0 };
}

/** Tells whether a record was not read because it passed `--max-line-bytes`. */
function _isOverLimit(record: InputRecord): boolean {
  return (
    !record.parsed.ok && (record.parsed.problem.kind === "line-too-long" || record.parsed.problem.kind === "too-large")
  );
}

/**
 * Counts one validated record.
 *
 * @param tally - the counts to add to: an input's, or the run's summary (which has no `overLimit`).
 * @param record - the record as read.
 * @param outcome - its validation.
 */
export function countRecord(tally: RecordTally | ValidateSummary, record: InputRecord, outcome: RecordOutcome): void {
  tally.records += 1;
  if ("overLimit" in tally && _isOverLimit(record)) tally.overLimit += 1;
  if (outcome.ok) tally.valid += 1;
  else tally.invalid += 1;
  for (const issue of outcome.issues) {
    if (issue.severity === "error") tally.errors += 1;
    else if (issue.severity === "warning") tally.warnings += 1;
  }
}

/**
 * Adds the counts of `from` to `into`.
 *
 * @param into - a tally, or the run's summary (which has no `overLimit`).
 * @param from - the counts to add.
 */
export function addTally(into: RecordTally | ValidateSummary, from: RecordTally): void {
  into.records += from.records;
  into.valid += from.valid;
  into.invalid += from.invalid;
  into.errors += from.errors;
  into.warnings += from.warnings;
  if ("overLimit" in into) into.overLimit += from.overLimit;
}
