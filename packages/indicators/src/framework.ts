/**
 * One item of a framework: an indicator, an element of a definition, a circumstance, a worst form. Its
 * English label and definition are written here in our own words; Thai and Spanish are in the
 * catalogues, keyed `"<framework>/<item>"`.
 */
export interface FrameworkItem {
  /** The item's name, in English (for an ILO indicator, its exact name in the booklet). */
  readonly label: string;
  /** What it means, in one or two sentences of our own. */
  readonly definition: string;
  /** The part of the framework it belongs to, such as `"means"` or `"coercion"`. */
  readonly group: string;
  /** The document, section or paragraph it comes from. */
  readonly source: string;
  /** `false` when the text could not be checked against the document; `note` says what would check it. */
  readonly verified: boolean;
  /** What is unverified, or how the item is to be read. */
  readonly note?: string;
}

/** A decision rule of a framework, stated in a sentence, with its source. */
export interface FrameworkRule {
  /** The rule, in English. */
  readonly text: string;
  /** The document, section or paragraph. */
  readonly source: string;
  /** `false` when the rule could not be checked against the document. */
  readonly verified: boolean;
  /** What is unverified. */
  readonly note?: string;
}

/**
 * A framework as data: its items in order, grouped, and its decision rules.
 *
 * @typeParam F - The framework id.
 * @typeParam I - The union of its item ids.
 * @typeParam R - The union of its rule ids.
 */
export interface Framework<F extends string = string, I extends string = string, R extends string = string> {
  /** The framework's id, such as `"ilo-fl-2012"`. */
  readonly id: F;
  /** Its title, in English. */
  readonly title: string;
  /** The document it encodes. */
  readonly source: string;
  /** The item ids, in the document's order. */
  readonly order: readonly I[];
  /** Every item. */
  readonly items: { readonly [K in I]: FrameworkItem };
  /** The groups items belong to, in order, each with its English name. */
  readonly groups: Readonly<Record<string, string>>;
  /** The decision rules. */
  readonly rules: { readonly [K in R]: FrameworkRule };
}

/**
 * Defines a framework, checking at the type level that every item in `order` has its data.
 *
 * @example
 * ```ts
 * import { defineFramework } from "@tipx/indicators";
 * const example = defineFramework({
 *   id: "example",
 *   title: "Example",
 *   source: "An example",
 *   order: ["a"],
 *   groups: { main: "Main" },
 *   items: { a: { label: "A", definition: "The letter A.", group: "main", source: "p. 1", verified: true } },
 *   rules: {},
 * });
 * example.order; // ["a"]
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineFramework<const F extends string, const I extends string, const R extends string>(
  framework: Framework<F, I, R>,
): Framework<F, I, R> {
  return framework;
}
