import type { IssueCode, IssueParams } from "../issues/issues";
import type { Bundle, Entity } from "../model/bundle";

/** A path inside the input, as the keys and indexes that lead to a value. */
export type PathSegment = string | number;

/**
 * The params a rule passes when it reports an issue: the code's params without those `validate()`
 * fills in from the path (`field`, the label of the value reported on, and `otherField`).
 */
export type ReportedParams<C extends IssueCode> = C extends IssueCode
  ? Omit<IssueParams<C>, "field" | "otherField">
  : never;

/** The entities of a bundle by id, built once per bundle and shared by every rule. */
export interface BundleIndex {
  /** Each entity id with the entity and its position in `entities` (the first one, for a repeated id). */
  readonly byId: ReadonlyMap<string, { readonly index: number; readonly entity: Entity }>;
  /** The day the bundle was created (`YYYY-MM-DD`), against which dates are checked. */
  readonly bundleDay: string;
}

/**
 * What a rule reads besides the bundle, and how it reports. The severity and the message come from
 * the code's definition; the rule supplies only where and the params the message needs.
 */
export interface RuleContext {
  /**
   * Reports an issue.
   *
   * @param code - The issue code, such as `"TIPX402"`.
   * @param path - The keys and indexes from the root of the input to the value concerned.
   * @param params - The values the message is built from; never the value of a sensitive field.
   */
  report<C extends IssueCode>(code: C, path: readonly PathSegment[], params: ReportedParams<C>): void;
  /** The bundle's entities by id. */
  readonly index: BundleIndex;
}

/**
 * A check that runs on a bundle whose shape is already valid: the base rules of `validate()` and the
 * rules of every country profile have this one signature. Rules are pure: they read the bundle and
 * report through the context.
 */
export type Rule = (bundle: Bundle, context: RuleContext) => void;

/**
 * A rule of a country profile: a {@link Rule} that also returns whether the bundle held anything it
 * looks at (a document of the country's kinds, a place in the country, a phone with its calling code...),
 * so that a profile under which nothing was checked says so (TIPX351) instead of looking like a pass.
 */
export type ProfileRule = (bundle: Bundle, context: RuleContext) => boolean;
