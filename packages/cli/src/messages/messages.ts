import type { JsonProblem } from "../validate/json-problem";
import type { ValidateSummary } from "../validate/summary";
import type { UnreadableReason } from "../validate/unreadable";

/**
 * The words `tipx validate` and `tipx explain` print around the library's issue messages, in one
 * language. Issue codes, severities (`error`, `warning`, `info`) and JSON Pointers stay as they are in
 * every language, so reports can be searched the same way whatever `--lang` was.
 */
export interface CliMessages {
  /** The label before a record's line number, such as `"line 3"`. */
  readonly line: (line: number) => string;
  /** What stands for the empty JSON Pointer (the whole record). */
  readonly root: string;
  /** The name shown for `-` in text reports. */
  readonly stdin: string;
  /** The verdict for a valid record. */
  readonly valid: string;
  /** The verdict for an invalid record. */
  readonly invalid: string;
  /** The per-file count line of an NDJSON file, such as `"5 records: 4 valid, 1 invalid"`. */
  readonly fileCounts: (counts: Pick<ValidateSummary, "records" | "valid" | "invalid">) => string;
  /** The closing summary of a text report. */
  readonly summary: (summary: ValidateSummary) => string;
  /** The message for an input that could not be read. */
  readonly unreadable: (file: string, reason: UnreadableReason) => string;
  /** The detail of a TIPX101 ("not JSON") issue. */
  readonly jsonProblem: (problem: JsonProblem) => string;
  /** The word before the progress bar. */
  readonly progress: string;
  /** The labels of `tipx explain`. */
  readonly explain: {
    readonly severity: string;
    readonly family: string;
    readonly source: string;
    /** The line printed for a rule that rests on an unverified fact (`"verified: no"` in English). */
    readonly unverified: string;
  };
}

/**
 * Formats a count with a singular or plural noun (English and Spanish both pluralise this way).
 */
export function counted(count: number, one: string, other: string): string {
  return `${count} ${count === 1 ? one : other}`;
}

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * Formats a size limit in bytes as the messages state it: in MiB or KiB when it is a whole number of
 * them (`64 MiB`), else in bytes with the language's words for the unit.
 */
export function byteSize(bytes: number, one: string, other: string): string {
  if (bytes >= MIB && bytes % MIB === 0) return `${bytes / MIB} MiB`;
  if (bytes >= KIB && bytes % KIB === 0) return `${bytes / KIB} KiB`;
  return counted(bytes, one, other);
}
