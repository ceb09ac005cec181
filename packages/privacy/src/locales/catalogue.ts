/**
 * A sentence template of a privacy catalogue, with whether a person has reviewed it (`false` until a
 * native-speaking professional of the field has, against docs/glossary.md).
 */
export interface PrivacyTemplate<Facts> {
  /** The template: it gets language-neutral facts (column labels already in the language) and returns one whole sentence. */
  readonly text: (facts: Facts) => string;
  /** `true` once a person has reviewed the translation. */
  readonly reviewed: boolean;
}

/** What a k-anonymity guarantee sentence states: the facts of one `kAnonymity` result. */
export interface GuaranteeFacts {
  /**
   * The outcome: `"holds"` when every class of the table has at least `k` rows (and `l` distinct sensitive
   * values), `"empty"` when no row is left, `"does-not-hold"` when classes that fail were kept
   * (`suppress: false`).
   */
  readonly outcome: "holds" | "empty" | "does-not-hold";
  /** The labels of the quasi-identifier columns, in the sentence's language. */
  readonly quasiIdentifiers: readonly string[];
  /** The smallest class size required. */
  readonly k: number;
  /** The l-diversity requirement, when one was checked: the sensitive column's label and `l`. */
  readonly diversity?: { readonly sensitive: string; readonly l: number };
  /** The number of classes that fail (kept ones when `"does-not-hold"`, suppressed ones otherwise). */
  readonly failing: number;
}

/** What the description of a differentially private count table states. */
export interface PrivateCountsFacts {
  /** The privacy-loss budget the table spent. */
  readonly epsilon: number;
  /** The labels of the grouping columns, in the sentence's language. */
  readonly groupBy: readonly string[];
  /** `true` when every grouping column's values were given by the caller, not read from the data. */
  readonly domainGiven: boolean;
  /** `true` when negative noisy counts were raised to 0. */
  readonly clampedAtZero: boolean;
}

/**
 * The sentences of `@tipx/privacy`'s k-anonymity and private counts in one language, keyed by stable ids,
 * so a translator reviews one file.
 */
export interface PrivacyCatalogue {
  /** The BCP 47 language tag of the catalogue. */
  readonly lang: string;
  /** The plain-words guarantee of a k-anonymised table. */
  readonly guarantee: PrivacyTemplate<GuaranteeFacts>;
  /** The plain-words description of a differentially private count table. */
  readonly privateCounts: PrivacyTemplate<PrivateCountsFacts>;
}

/**
 * Defines a privacy catalogue, checking its shape at compile time.
 *
 * @param catalogue - The catalogue.
 * @returns The same catalogue.
 *
 * @example
 * ```ts
 * import { definePrivacyCatalogue } from "@tipx/privacy";
 * const fr = definePrivacyCatalogue({
 *   lang: "fr",
 *   guarantee: { text: (facts) => `k = ${facts.k}`, reviewed: false },
 *   privateCounts: { text: (facts) => `ε = ${facts.epsilon}`, reviewed: false },
 * });
 * fr.guarantee.text({ outcome: "holds", quasiIdentifiers: ["âge"], k: 11, failing: 0 }); // "k = 11"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function definePrivacyCatalogue(catalogue: PrivacyCatalogue): PrivacyCatalogue {
  return catalogue;
}
