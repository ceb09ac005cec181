import type { InstrumentId, QuestionIdOf } from "../checklists/registry";
import type { NationalVariantInstrument } from "../frameworks/national-variants";
import type { FRAMEWORKS } from "../frameworks/registry";
import type { ChecklistTexts, ExplanationWords, FrameworkTexts, Text } from "./catalogue";

/** The texts every framework needs in a language: a missing item or rule fails to compile. */
export type FrameworkCatalogue = {
  readonly [F in (typeof FRAMEWORKS)[number] as F["id"]]: FrameworkTexts<F["order"][number], keyof F["rules"] & string>;
};

/**
 * Everything `@tipx/indicators` says, in one language other than English (which is written beside the
 * data): framework items and rules, checklist questions, the countries' trafficking rules, and the words of
 * the explanations. Every entry has a `reviewed` flag, `false` until a person has reviewed it.
 */
export interface IndicatorCatalogue {
  /** The language, as a BCP 47 tag (`"th"`, `"es"`). */
  readonly lang: string;
  /** The frameworks' texts. */
  readonly frameworks: FrameworkCatalogue;
  /** The checklists' texts. */
  readonly checklists: { readonly [C in InstrumentId]: ChecklistTexts<QuestionIdOf<C>> };
  /** Each profile country's trafficking rule, in a sentence, keyed by the instrument code of its law. */
  readonly national: { readonly [K in NationalVariantInstrument]: Text };
  /** The words of the explanations. */
  readonly words: ExplanationWords;
}

/**
 * Defines a catalogue, checking at the type level that it has every text.
 *
 * @example
 * ```ts
 * import { defineIndicatorCatalogue, type IndicatorCatalogue } from "@tipx/indicators";
 * declare const complete: IndicatorCatalogue;
 * defineIndicatorCatalogue(complete).lang;
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineIndicatorCatalogue(catalogue: IndicatorCatalogue): IndicatorCatalogue {
  return catalogue;
}
