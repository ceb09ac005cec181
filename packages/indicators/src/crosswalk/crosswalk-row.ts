import type { childLabour } from "../frameworks/child-labour";
import type { icls2018 } from "../frameworks/icls-2018";
import type { iloForcedLabour2012 } from "../frameworks/ilo-fl-2012";
import type { palermo } from "../frameworks/palermo";

/**
 * `"<framework>/<item>"` for every item of a framework.
 *
 * @example
 * ```ts
 * import type { ItemRefOf, palermo } from "@tipx/indicators";
 * const ref: ItemRefOf<typeof palermo> = "palermo/deception";
 * ```
 */
export type ItemRefOf<F extends { readonly id: string; readonly order: readonly string[] }> =
  `${F["id"]}/${F["order"][number]}`;

/**
 * A framework item a crosswalk row may name: an ILO indicator (2012), an ICLS 2018 element, a Palermo
 * Protocol element or a child-labour item, as `"<framework>/<item>"`. A typo does not compile.
 *
 * @example
 * ```ts
 * import type { CrosswalkItem } from "@tipx/indicators";
 * const item: CrosswalkItem = "palermo/deception";
 * ```
 */
export type CrosswalkItem =
  | ItemRefOf<typeof iloForcedLabour2012>
  | ItemRefOf<typeof icls2018>
  | ItemRefOf<typeof palermo>
  | ItemRefOf<typeof childLabour>;

/**
 * The frameworks the crosswalks map to.
 *
 * @example
 * ```ts
 * import { CROSSWALK_FRAMEWORKS } from "@tipx/indicators";
 * CROSSWALK_FRAMEWORKS.includes("palermo"); // true
 * ```
 */
export const CROSSWALK_FRAMEWORKS = ["ilo-fl-2012", "icls-2018", "palermo", "child-labour"] as const;

/**
 * A framework the crosswalks map to.
 *
 * @example
 * ```ts
 * import type { CrosswalkFrameworkId } from "@tipx/indicators";
 * const framework: CrosswalkFrameworkId = "icls-2018";
 * ```
 */
export type CrosswalkFrameworkId = (typeof CROSSWALK_FRAMEWORKS)[number];

/**
 * How far a code shows an item: `"direct"` when every record with the code shows the item (the code is
 * the item or a case of it); `"partial"` when only some do (the code is wider than the item, or the item
 * needs something the code does not say). Only direct rows answer a question by default.
 *
 * @example
 * ```ts
 * import type { CrosswalkStrength } from "@tipx/indicators";
 * const strength: CrosswalkStrength = "partial";
 * ```
 */
export type CrosswalkStrength = "direct" | "partial";

/**
 * One row of a crosswalk: a code of a standard, the framework item it shows, how far, and why.
 *
 * @typeParam C - The codes of the list the row maps from.
 * @example
 * ```ts
 * import type { CrosswalkRow } from "@tipx/indicators";
 * const row: CrosswalkRow<"FalsePromises"> = {
 *   code: "FalsePromises",
 *   item: "palermo/deception",
 *   strength: "direct",
 *   why: "A false promise about the job, the pay or the conditions is deception.",
 * };
 * ```
 */
export interface CrosswalkRow<C extends string = string> {
  /** The code mapped from, spelt as its list spells it. */
  readonly code: C;
  /** The framework item it shows. */
  readonly item: CrosswalkItem;
  /** Whether every record with the code shows the item, or only some. */
  readonly strength: CrosswalkStrength;
  /** Why, in one sentence of our own. */
  readonly why: string;
  /** `true` when the row holds only for a child (under 18 when it happened), such as a worst form of child labour. */
  readonly childOnly?: true;
}

/**
 * A code that maps to no item of some frameworks, and why.
 *
 * @typeParam C - The codes of the list.
 * @example
 * ```ts
 * import type { UnmappedCode } from "@tipx/indicators";
 * const other: UnmappedCode<"Other"> = { code: "Other", frameworks: ["palermo"], why: "It names no means." };
 * ```
 */
export interface UnmappedCode<C extends string = string> {
  /** The code. */
  readonly code: C;
  /** The frameworks it shows nothing of. */
  readonly frameworks: readonly CrosswalkFrameworkId[];
  /** Why, in one sentence of our own. */
  readonly why: string;
}
