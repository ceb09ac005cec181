import type { PrivacyCatalogue } from "../locales/catalogue";
import type { PrivateCountTable } from "./private-counts";

/**
 * The description of a {@link privateCounts} table in another language, from a catalogue (`th` from
 * `@tipx/privacy/locales/th`, `es` from `@tipx/privacy/locales/es`): the epsilon spent, whether the groups
 * were given or read from the data, and the post-processing. Without a locale it is `table.description`.
 *
 * @param table - A `privateCounts` table.
 * @param locale - The catalogue of the language wanted; default English.
 * @param labels - The words for the columns in that language, e.g. `{ country: "país" }`; default the column name.
 * @returns The description.
 *
 * @example
 * ```ts
 * import { privateCounts, privateCountsText } from "@tipx/privacy";
 * import { es } from "@tipx/privacy/locales/es";
 * const table = privateCounts([{ country: "PRY" }], {
 *   groupBy: [{ column: "country", values: ["ARG", "PRY"] }],
 *   epsilon: 1,
 * });
 * privateCountsText(table, es, { country: "país" }).startsWith("A cada conteo por país"); // true
 * ```
 */
export function privateCountsText(
  table: PrivateCountTable,
  locale?: PrivacyCatalogue,
  labels: Readonly<Record<string, string>> = {},
): string {
  if (locale === undefined) return table.description;
  return locale.privateCounts.text({
    epsilon: table.epsilon,
    groupBy: table.groupBy.map(({ column }) => labels[column] ?? column),
    domainGiven: table.domainGiven,
    clampedAtZero: table.postprocessing === "clamp-at-zero",
  });
}
