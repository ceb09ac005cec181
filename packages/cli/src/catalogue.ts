import type { Catalogue, Lang } from "@tipx/schema";

/**
 * How to load each shipped language other than English (the source text, which needs no catalogue).
 * Each is its own module of `@tipx/schema`, imported only when a run asks for it; the type makes the
 * compiler ask for a loader when `LANGS` gains a language.
 */
const LOADERS: { readonly [L in Exclude<Lang, "en">]: () => Promise<Catalogue> } = {
  th: async () => (await import("@tipx/schema/locales/th")).th,
  es: async () => (await import("@tipx/schema/locales/es")).es,
};

/**
 * Loads the catalogue of a `--lang` language.
 *
 * @param lang - the language of the run.
 * @returns the catalogue, or `undefined` for English.
 */
export async function loadCatalogue(lang: Lang): Promise<Catalogue | undefined> {
  return lang === "en" ? undefined : LOADERS[lang]();
}
