import type { Classification } from "@tipx/indicators";
import type { AssessSummary } from "../assess/summary";
import type { KeyFileProblem } from "../exchange/key-file";
import type { TrustFileProblem } from "../exchange/trust-file";
import type { PseudonymKeyFileProblem } from "../redact/pseudonym-key-file";
import type { OutputDirectoryProblem } from "../schema/output-directory";
import type { WriteError } from "../schema/write-error";
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
  /** The warning for an input that holds no record (an empty NDJSON file, an empty JSON array). */
  readonly emptyInput: (file: string) => string;
  /** The detail of a TIPX101 ("not JSON") issue. */
  readonly jsonProblem: (problem: JsonProblem) => string;
  /**
   * The words of `tipx schema`. Paths are as the user gave them (`--out` joined with a file's name);
   * each message is a whole sentence of its own language, printed after `tipx: ` when it is an error.
   */
  readonly schema: {
    /** A file was written. */
    readonly wrote: (file: string) => string;
    /** `--check`: a file is missing. */
    readonly missing: (file: string) => string;
    /** `--check`: a file differs from what tipx would write. */
    readonly differs: (file: string) => string;
    /** `--check`: `stale` of the `total` files are missing or differ. */
    readonly stale: (stale: number, total: number, out: string) => string;
    /** `--check`: every file is up to date. */
    readonly upToDate: (total: number, out: string) => string;
    /** The `--out` folder cannot be created or written into. */
    readonly cannotWrite: (out: string, problem: OutputDirectoryProblem) => string;
    /** A file (or a folder on its way) could not be written or, with `--check`, read. */
    readonly fileError: (file: string, operation: "write" | "read", error: WriteError) => string;
  };
  /** The words of `tipx keys generate`, `sign`, `verify`, `encrypt` and `decrypt`. */
  readonly exchange: ExchangeMessages;
  /** The words of `tipx assess`. */
  readonly assess: AssessMessages;
  /** The words of `tipx redact`. */
  readonly redact: RedactMessages;
  /** The words of `tipx convert`. */
  readonly convert: ConvertMessages;
  /** The words of `tipx template`. */
  readonly template: TemplateMessages;
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
 * The words of `tipx assess` around the library's explanations. File names are passed in as they are to
 * be shown (escaped); of a person, no message holds anything but the id.
 */
export interface AssessMessages {
  /** A person in the report, by id: `person 3f1c2a4e-…`. */
  readonly person: (id: string) => string;
  /** A classification as the text report prints it (the JSON report keeps the code). */
  readonly classification: { readonly [C in Classification]: string };
  /** The label before a question whose answer would change the classification. */
  readonly toAsk: string;
  /** A valid bundle whose cases have no victim or presumed victim to assess. */
  readonly noPerson: string;
  /** The closing summary of the text report. */
  readonly summary: (summary: AssessSummary) => string;
  /** `--out`: a bundle file was written with `added` Assessment entities. */
  readonly wrote: (file: string, added: number) => string;
  /** `--out` names a folder and standard input is an input, which has no file name to write under. */
  readonly outStdin: string;
  /** `--out` names a folder and two inputs have the same file name `name`. */
  readonly outSameName: (name: string) => string;
  /** `--out` names a folder in which `file`, where an input's result would go, is an input. */
  readonly outReplacesInput: (file: string) => string;
}

/**
 * The words of `tipx redact`. A key file is named, never read out: no message holds a byte of a key or a
 * value of a bundle.
 */
export interface RedactMessages {
  /** Why the `--key-file` file cannot be used (`file` as it is to be shown, escaped). */
  readonly keyFile: (file: string, problem: PseudonymKeyFileProblem) => string;
  /** `failed` of `total` bundles were invalid, so not redacted nor written. */
  readonly notDone: (failed: number, total: number) => string;
}

/** What `tipx sign`, `encrypt` and `decrypt` do to each record, for the messages that count failures. */
export type ExchangeAction = "sign" | "encrypt" | "decrypt";

/**
 * The words of the signing and encryption commands. File names are passed in as they are to be shown
 * (escaped); no message ever holds a key or a value of a record.
 */
export interface ExchangeMessages {
  /** A key file (`--key`, `--to`) that cannot be read or does not hold the key the command needs. */
  readonly keyFile: (file: string, problem: KeyFileProblem) => string;
  /** The warning for a private key file that other users may read (`mode` in octal, such as `"644"`). */
  readonly keyFileOpen: (file: string, mode: string) => string;
  /** `--key` or `--to` was given a key (JSON) instead of a file name; `option` is the option. */
  readonly inlineKey: (option: string) => string;
  /** An input argument is JSON text instead of a file name. */
  readonly inlineInput: string;
  /** A `--trust` file that cannot be read or is not a trust list. */
  readonly trustFile: (file: string, problem: TrustFileProblem) => string;
  /** The key file has no `kid` member and `--kid` was not given (sign), or it has none (encrypt, decrypt). */
  readonly noKid: (file: string, option: "--kid" | "none") => string;
  /** A key id (`--kid`, or a key file's `kid`) that is not 1 to 256 visible ASCII characters. */
  readonly badKid: string;
  /** Two `--to` files hold different keys with the same key id (`first` is the earlier one). */
  readonly duplicateKid: (file: string, first: string) => string;
  /** `--alg` names an algorithm the key file's key is not for. */
  readonly algMismatch: (file: string, alg: string) => string;
  /** `--org` holds no letter or digit to name the key files by. */
  readonly orgName: string;
  /** `tipx keys generate` would replace an existing file. */
  readonly keyExists: (file: string) => string;
  /** `tipx keys generate` wrote the private key file. */
  readonly wrotePrivate: (file: string) => string;
  /** `tipx keys generate` wrote the public key file, whose key id is `kid`. */
  readonly wrotePublic: (file: string, kid: string, use: "sig" | "enc") => string;
  /** `--out` names one of the inputs. */
  readonly outIsInput: (file: string) => string;
  /** An input held no record. */
  readonly emptyInput: (file: string) => string;
  /** `failed` of the `total` records read could not be signed, encrypted or decrypted. */
  readonly notDone: (action: ExchangeAction, failed: number, total: number) => string;
  /** The verdict of `tipx verify` for a bundle whose signature verified. */
  readonly verified: string;
  /** The verdict of `tipx verify` for a record that did not verify. */
  readonly notVerified: string;
  /** The per-file count line of `tipx verify` for an NDJSON file or a JSON array. */
  readonly verifyCounts: (counts: Pick<ValidateSummary, "records" | "valid" | "invalid">) => string;
  /** The closing summary of `tipx verify` (`valid` counts the verified records). */
  readonly verifySummary: (summary: ValidateSummary) => string;
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

/** What the summary of one stage of `tipx convert` counts (a `ConversionReport`'s counts and formats). */
export interface ConvertSummaryCounts {
  /** The name of the format read, such as `HTCDS 2.0`. */
  readonly from: string;
  /** The name of the format written. */
  readonly to: string;
  readonly rows: number;
  readonly converted: number;
  readonly skipped: number;
  readonly values: number;
  readonly carried: number;
  readonly notCarried: number;
}

/** The words of `tipx convert`. Issue codes and messages come from the library, in the run's language. */
export interface ConvertMessages {
  /** A stage's counts: `HTCDS 2.0 to tipx: 12 rows: 11 converted, 1 skipped; 240 values: 238 carried, 2 not carried`. */
  readonly counts: (c: ConvertSummaryCounts) => string;
  /** The place of an issue: its row. */
  readonly row: (row: number) => string;
  /** The place of an issue: its column. */
  readonly column: (column: string) => string;
  /** The place of an issue: its worksheet. */
  readonly sheet: (sheet: string) => string;
  /** How many issues a summary left out (see `--report`). */
  readonly more: (count: number) => string;
  /** An issue reported once for `count` rows. */
  readonly rows: (count: number) => string;
  /** After the title of notes of one code given as a total: how many times it was met. */
  readonly times: (count: number) => string;
  /** The mapping file was rejected (its issues follow, with their JSON Pointers). */
  readonly mappingRejected: (file: string) => string;
  /** Binary output (an XLSX workbook) to a terminal. */
  readonly binaryToTerminal: string;
  /** The word before the progress bar. */
  readonly progress: string;
}

/** The words of `tipx template`. */
export interface TemplateMessages {
  /** The file was written. */
  readonly wrote: (file: string) => string;
}
