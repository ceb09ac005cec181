import type { RecordOutcome } from "./check-record";
import type { RecordLayout } from "./records";
import type { ValidateSummary } from "./summary";
import type { UnreadableReason } from "./unreadable";

/** The counts of one input, given to {@link Reporter.endFile}. */
export interface FileCounts {
  /** Records read from the input. */
  readonly records: number;
  /** Valid records. */
  readonly valid: number;
  /** Invalid records. */
  readonly invalid: number;
  /** The input's layout, `undefined` when it held no record. */
  readonly layout: RecordLayout | undefined;
}

/**
 * Renders a validate run as it happens. `file` is the input as named on the command line (`-` for
 * stdin). Reporters only write into buffers; the command flushes them.
 */
export interface Reporter {
  /** One record was validated. */
  readonly record: (file: string, outcome: RecordOutcome) => void;
  /**
   * Records of an NDJSON input validated elsewhere (by a worker thread), already rendered with
   * `textRecordLines` or `jsonRecordLine`: `text` goes into the report as if each had been given to
   * {@link Reporter.record}.
   */
  readonly rendered: (file: string, text: string) => void;
  /** An input was read to its end. */
  readonly endFile: (file: string, counts: FileCounts) => void;
  /** An input could not be read (or stopped being readable part way). */
  readonly unreadable: (file: string, reason: UnreadableReason) => void;
  /** Every input was read. */
  readonly end: (summary: ValidateSummary) => void;
}
