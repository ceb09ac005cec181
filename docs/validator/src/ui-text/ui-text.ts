// The page's own words, one catalogue per language (en.ts, th.ts, es.ts). Issue messages, code titles
// and explanations and screening results come from the packages' catalogues, not from here.
import type { RedactionPurpose } from "../protocol";

/** Every text of the page in one language. */
export interface UiText {
  readonly lang: "en" | "th" | "es";
  /** The language's name in itself, for the language switch. */
  readonly name: string;
  readonly title: string;
  readonly intro: string;
  readonly privacy: string;
  readonly languageLabel: string;
  readonly fileLabel: string;
  readonly formats: string;
  readonly dropZone: string;
  readonly profileLabel: string;
  readonly profileFromFile: string;
  readonly progressLabel: string;
  readonly idle: string;
  readonly reading: (file: string) => string;
  readonly done: (file: string) => string;
  readonly failed: (reason: string) => string;
  readonly unsupported: (file: string) => string;
  readonly summaryHeading: string;
  readonly records: string;
  readonly valid: string;
  readonly invalid: string;
  readonly errors: string;
  readonly warnings: string;
  readonly profilesApplied: string;
  readonly noProfile: string;
  readonly recordHeading: (index: number) => string;
  readonly line: (number: number) => string;
  readonly row: (number: number) => string;
  readonly column: (name: string) => string;
  readonly ok: string;
  readonly notOk: string;
  readonly profileOfRecord: (profile: string) => string;
  readonly noIssues: string;
  readonly issuesHeading: string;
  readonly severity: Readonly<Record<"error" | "warning" | "info", string>>;
  readonly wholeRecord: string;
  readonly screeningHeading: string;
  readonly screeningNote: string;
  readonly classification: Readonly<Record<"indicated" | "not-indicated" | "inconclusive", string>>;
  readonly person: (id: string) => string;
  /** The summary of a screening's explanation, which opens on demand. */
  readonly why: string;
  readonly conversionHeading: string;
  /** The link to the licences of the code the page bundles. */
  readonly notices: string;
  readonly more: (count: number) => string;
  readonly downloadsHeading: string;
  readonly downloadsNote: string;
  readonly downloadFor: Readonly<Record<RedactionPurpose, string>>;
  readonly downloadReady: (redacted: number, skipped: number) => string;
}
