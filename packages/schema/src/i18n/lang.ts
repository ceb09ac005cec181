/**
 * The languages tipx ships a catalogue for: English (the source text, written beside each definition),
 * Thai (`@tipx/schema/locales/th`) and Spanish (`@tipx/schema/locales/es`).
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
