import type { IndicatorCatalogue } from "@tipx/indicators";
import type { Lang } from "@tipx/schema";

/**
 * How to load the @tipx/indicators catalogue of each shipped language other than English (the source
 * text, which needs none). Each is its own module, imported only when a run asks for it; the type makes
 * the compiler ask for a loader when `LANGS` gains a language.
 */
const LOADERS: { readonly [L in Exclude<Lang, "en">]: () => Promise<IndicatorCatalogue> } = {
  th: async () => (await import("@tipx/indicators/locales/th")).th,
  es: async () => (await import("@tipx/indicators/locales/es")).es,
};

/**
 * Loads the @tipx/indicators catalogue of a `--lang` language: the framework items, the checklist
 * questions and the words of the explanations.
 *
 * @param lang - the language of the run.
 * @returns the catalogue, or `undefined` for English.
 */
export async function loadIndicatorCatalogue(lang: Lang): Promise<IndicatorCatalogue | undefined> {
  return lang === "en" ? undefined : LOADERS[lang]();
}
