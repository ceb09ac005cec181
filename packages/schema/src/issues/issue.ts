import type { TermKey } from "./terms";

/**
 * How serious an issue is. `"error"` makes a payload invalid; `"warning"` and `"info"` do not, except
 * that `level: "strict"` turns warnings into errors.
 */
export type Severity = "error" | "warning" | "info";

/** One value an issue's message is built from: never the value of a field whose sensitivity is not `none`. */
export type IssueParamValue = string | number | boolean | readonly string[];

/** The params of an issue as a program reads them: language-neutral ids, codes and numbers. */
export type IssueParamRecord = Readonly<Record<string, IssueParamValue>>;

/**
 * Turns the language-neutral ids in an issue's params into words of one language. A message template
 * gets one with its params, so that it never pastes an English label into another language.
 */
export interface Names {
  /**
   * The label of a field: a field id (`"PersonNames.given"`), an entity type (`"Person"`), `"Bundle"`, or
   * a key the model does not know, which is returned as it is.
   */
  field(ref: string): string;
  /** The name of a code list, by its id (`"htcds.gender"`); the id itself when the list is unknown. */
  list(id: string): string;
  /** The label of one code of a code list; the code itself when either is unknown. */
  code(listId: string, code: string): string;
  /** A term (a JSON type, a format, an entity type...). */
  term(key: TermKey): string;
  /** A list of words joined as the language joins alternatives ("a, b or c"). */
  either(words: readonly string[]): string;
}

/**
 * A message template: turns an issue's params into a sentence in one language.
 *
 * @typeParam P - The params of the issue code.
 */
export type MessageTemplate<P> = (params: P, names: Names) => string;

/**
 * The definition of one issue code: its default severity, and its English texts (every other language
 * translates them in its catalogue).
 *
 * @typeParam P - The shape of the code's params.
 */
export interface IssueDefinition<P = Record<never, never>> {
  /** The severity the issue has before `level` is applied. */
  readonly severity: Severity;
  /** A short title, such as "Unknown code". */
  readonly title: string;
  /** The English message template. */
  readonly message: MessageTemplate<P>;
  /** What the check is, why it exists and how to fix the data. */
  readonly explanation: string;
  /** Where the rule comes from, when it encodes a standard, a law or a published algorithm. */
  readonly source?: string;
  /**
   * `false` when the rule rests on a fact that could not be verified against a primary source; such
   * a rule says so in `tipx explain`.
   */
  readonly verified?: boolean;
}

/**
 * Defines an issue code with the shape of its params (an identity function that gives the definition
 * its type, so that a template reading a param the code does not have fails to compile).
 *
 * @example
 * ```ts
 * import { defineIssue } from "@tipx/schema";
 * const definition = defineIssue<{ field: string }>({
 *   severity: "warning",
 *   title: "Example",
 *   message: (params, names) => `${names.field(params.field)} is an example.`,
 *   explanation: "An example.",
 * });
 * definition.severity; // "warning"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineIssue<P = Record<never, never>>(definition: IssueDefinition<P>): IssueDefinition<P> {
  return definition;
}
