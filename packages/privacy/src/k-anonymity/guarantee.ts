import type { PrivacyCatalogue } from "../locales/catalogue";
import { _guaranteeFacts, type KAnonymityResult } from "./k-anonymity";

/**
 * The guarantee of a {@link kAnonymity} result in another language: one plain sentence from a catalogue
 * (`th` from `@tipx/privacy/locales/th`, `es` from `@tipx/privacy/locales/es`). Without a locale it is the
 * English `result.guarantee`.
 *
 * @param result - A `kAnonymity` result.
 * @param locale - The catalogue of the language wanted; default English.
 * @param labels - The words for the columns in that language, e.g. `{ gender: "género" }`; default the column name.
 * @returns The sentence.
 *
 * @example
 * ```ts
 * import { guaranteeText, kAnonymity } from "@tipx/privacy";
 * import { es } from "@tipx/privacy/locales/es";
 * const rows = Array.from({ length: 11 }, () => ({ gender: "Woman", citizenship: "PRY" }));
 * const result = kAnonymity(rows, { quasiIdentifiers: ["gender", "citizenship"] });
 * guaranteeText(result, es, { gender: "género", citizenship: "ciudadanía" });
 * // "Cada combinación de género y ciudadanía en esta tabla es compartida por al menos 11 personas."
 * ```
 */
export function guaranteeText(
  result: KAnonymityResult,
  locale?: PrivacyCatalogue,
  labels: Readonly<Record<string, string>> = {},
): string {
  return locale === undefined ? result.guarantee : locale.guarantee.text(_guaranteeFacts(result, labels));
}
