import type { Lang, Translated } from "../i18n/lang";

/**
 * How serious an issue is. `"error"` makes a payload invalid; `"warning"` and `"info"` do not, except
 * that `level: "strict"` turns warnings into errors.
 */
export type Severity = "error" | "warning" | "info";

/**
 * The values an issue's message is built from. They never hold the value of a field whose
 * sensitivity is not `none`.
 */
export type IssueParams = Readonly<Record<string, string | number | boolean>>;

/**
 * One finding of `validate()`: a stable code, a severity, where it is (a JSON Pointer into the input)
 * and a message in the requested language.
 *
 * @example
 * ```ts
 * import type { Issue } from "@tipx/schema";
 * const issue: Issue = {
 *   code: "TIPX103",
 *   severity: "error",
 *   path: "/entities/0/id",
 *   message: "Required field is missing: Identifier.",
 *   params: { field: "id" },
 * };
 * ```
 */
export interface Issue {
  /** The stable issue code, such as `"TIPX402"`; `tipx explain CODE` documents it. */
  readonly code: string;
  /** The severity after `level` was applied. */
  readonly severity: Severity;
  /** A JSON Pointer (RFC 6901) to the value the issue is about; `""` is the whole input. */
  readonly path: string;
  /** The message in the requested language. */
  readonly message: string;
  /** The values the message was built from, for programs that render their own text. */
  readonly params: IssueParams;
}

/** A message template: turns an issue's params into text in one language. */
export type MessageTemplate = (params: IssueParams) => string;

/**
 * The definition of one issue code: its default severity and its texts in every tipx language.
 */
export interface IssueDefinition {
  /** The severity the issue has before `level` is applied. */
  readonly severity: Severity;
  /** A short title, such as "Unknown code". */
  readonly title: Translated;
  /** The message template per language. */
  readonly message: { readonly [L in Lang]: MessageTemplate };
  /** What the check is, why it exists and how to fix the data, per language. */
  readonly explanation: Translated;
  /** Where the rule comes from, when it encodes a standard, a law or a published algorithm. */
  readonly source?: string;
  /**
   * `false` when the rule rests on a fact that could not be verified against a primary source; such
   * a rule says so in `tipx explain`.
   */
  readonly verified?: boolean;
}

/**
 * Defines an issue code (an identity function that gives the definition its type).
 *
 * @example
 * ```ts
 * import { defineIssue } from "@tipx/schema";
 * const definition = defineIssue({
 *   severity: "warning",
 *   title: { en: "Example", th: "ตัวอย่าง", es: "Ejemplo" },
 *   message: { en: () => "Example.", th: () => "ตัวอย่าง", es: () => "Ejemplo." },
 *   explanation: { en: "An example.", th: "ตัวอย่าง", es: "Un ejemplo." },
 * });
 * definition.severity; // "warning"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineIssue(definition: IssueDefinition): IssueDefinition {
  return definition;
}

/** Reads one param of an issue as text, `""` when it is absent; message templates use it. */
export function _param(params: IssueParams, key: string): string {
  return String(params[key] ?? "");
}
