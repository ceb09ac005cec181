import type { IssueParams } from "../issues/issue";

/** A path inside the input, as the keys and indexes that lead to a value. */
export type PathSegment = string | number;

/**
 * What a rule uses to report a finding. The severity and the message come from the code's
 * definition; the rule supplies only where and the params the message needs.
 */
export interface RuleContext {
  /**
   * Reports an issue.
   *
   * @param code - The issue code, such as `"TIPX402"`.
   * @param path - The keys and indexes from the root of the input to the value concerned.
   * @param params - The values the message is built from; never the value of a sensitive field.
   */
  report(code: string, path: readonly PathSegment[], params?: IssueParams): void;
}

/**
 * A check that runs on a bundle whose shape is already valid. Rules are pure: they read the bundle
 * and report through the context.
 *
 * @typeParam T - The shape the rule reads (the parsed `Bundle`).
 */
export type Rule<T> = (value: T, context: RuleContext) => void;
