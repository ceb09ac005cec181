/**
 * The delimiters the CSV reader recognises on its own, from the header row.
 *
 * @example
 * ```ts
 * import { CSV_DELIMITERS } from "@tipx/convert";
 * CSV_DELIMITERS.includes(";"); // true
 * ```
 */
export const CSV_DELIMITERS = [",", ";", "\t"] as const;

/**
 * A delimiter the CSV reader recognises on its own.
 *
 * @example
 * ```ts
 * import type { CsvDelimiter } from "@tipx/convert";
 * const delimiter: CsvDelimiter = "\t";
 * ```
 */
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];
