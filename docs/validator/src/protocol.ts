// The messages between the validator page and its Web Worker. Only plain data crosses: the worker sends
// issues and screenings as the page shows them, never a whole bundle (a record's bundle stays in the worker).
import type { Lang, ProfileCode } from "@tipx/schema";

/** The file formats the page reads, by what the file's name ends with. */
export const FILE_KINDS = ["json", "ndjson", "csv", "xlsx"] as const;

/** A file format the page reads. */
export type FileKind = (typeof FILE_KINDS)[number];

/** The purposes the page can redact a file for. */
export const REDACTION_PURPOSES = ["statistics", "research"] as const;

/** A purpose the page can redact a file for. */
export type RedactionPurpose = (typeof REDACTION_PURPOSES)[number];

/** What the page asks of the worker. */
export type WorkerRequest =
  | {
      readonly type: "validate";
      readonly file: File;
      readonly kind: FileKind;
      readonly lang: Lang;
      /** A profile chosen on the page, which overrides each bundle's own. */
      readonly profile: ProfileCode | undefined;
      /** How many records the page shows in full; the worker only counts the rest. */
      readonly shown: number;
    }
  | {
      readonly type: "redact";
      readonly file: File;
      readonly kind: FileKind;
      readonly purpose: RedactionPurpose;
    };

/** One issue as the page shows it. */
export interface ShownIssue {
  readonly code: string;
  readonly severity: "error" | "warning" | "info";
  /** The JSON Pointer into the record's bundle; `""` for the whole record. */
  readonly path: string;
  readonly message: string;
}

/** The screening of one person of a record. */
export interface ShownScreening {
  /** The person's entity id (never a name). */
  readonly person: string;
  readonly classification: "indicated" | "not-indicated" | "inconclusive";
  readonly explanation: string;
}

/** One record (a bundle, an NDJSON line, a spreadsheet row) with what was found in it. */
export interface ShownRecord {
  /** The record's number in the file, from 1. */
  readonly index: number;
  /** Where it is: the line of a JSON or NDJSON file, the row of a CSV or XLSX sheet. */
  readonly where: { readonly unit: "line" | "row"; readonly number: number } | undefined;
  /** The bundle's id, when it has one. */
  readonly id: string | undefined;
  readonly ok: boolean;
  /** The country profile whose rules ran, if any. */
  readonly profile: ProfileCode | undefined;
  readonly issues: readonly ShownIssue[];
  readonly screenings: readonly ShownScreening[];
}

/** An issue code's title and explanation in the page's language. */
export interface ShownExplanation {
  readonly title: string;
  readonly explanation: string;
}

/** The running totals of a validation. */
export interface Totals {
  readonly records: number;
  readonly valid: number;
  readonly invalid: number;
  readonly errors: number;
  readonly warnings: number;
  /** The profiles applied, with how many records each. */
  readonly profiles: Readonly<Partial<Record<ProfileCode, number>>>;
}

/** What the worker tells the page. */
export type WorkerReply =
  | {
      readonly type: "batch";
      /** Records to show, in file order (only the first `shown` records of the file are ever sent). */
      readonly records: readonly ShownRecord[];
      /** The explanations of codes not sent before in this validation. */
      readonly explanations: Readonly<Record<string, ShownExplanation>>;
      readonly totals: Totals;
      /** Bytes read so far, and the file's size. */
      readonly read: number;
      readonly size: number;
    }
  | {
      readonly type: "done";
      readonly totals: Totals;
      /** The issues of the conversion from CSV or XLSX (unknown columns, values not carried, bad rows). */
      readonly conversion: readonly (ShownIssue & { readonly row?: number; readonly column?: string })[];
      readonly explanations: Readonly<Record<string, ShownExplanation>>;
    }
  | {
      readonly type: "redacted";
      readonly purpose: RedactionPurpose;
      readonly name: string;
      readonly blob: Blob;
      /** How many records were redacted, and how many could not be (their shape was invalid). */
      readonly redacted: number;
      readonly skipped: number;
    }
  | { readonly type: "failed"; readonly reason: string };
