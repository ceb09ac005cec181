/**
 * The languages every label, description and message of tipx is written in. English is the source;
 * Thai and Spanish are complete translations.
 *
 * @example
 * ```ts
 * import { LANGS } from "@tipx/schema";
 * LANGS.includes("th"); // true
 * ```
 */
export const LANGS = ["en", "th", "es"] as const;

/** One of the languages tipx ships text in: `"en"`, `"th"` or `"es"`. */
export type Lang = (typeof LANGS)[number];

/** A language a translation can be reviewed in (English is the source and needs no review). */
export type TranslatedLang = Exclude<Lang, "en">;

/**
 * A text in every tipx language. `reviewed` lists the translations a person has checked; a
 * translation not listed there is machine- or developer-made and still awaits review.
 *
 * @example
 * ```ts
 * import type { Translated } from "@tipx/schema";
 * const label: Translated = { en: "Forced labour", th: "แรงงานบังคับ", es: "Trabajo forzoso" };
 * ```
 */
export interface Translated {
  /** The English text, the source every translation is made from. */
  readonly en: string;
  /** The Thai text. */
  readonly th: string;
  /** The Spanish text. */
  readonly es: string;
  /** The translations a person has reviewed; absent or empty means none has been reviewed yet. */
  readonly reviewed?: readonly TranslatedLang[];
}

/**
 * Returns the text of `translated` in `lang`, falling back to English when that translation is empty.
 *
 * @example
 * ```ts
 * import { translate } from "@tipx/schema";
 * translate({ en: "Case", th: "คดี", es: "Caso" }, "es"); // "Caso"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function translate(translated: Translated, lang: Lang): string {
  return translated[lang] || translated.en;
}
