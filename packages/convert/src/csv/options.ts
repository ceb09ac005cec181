import type { ConvertOptions } from "../report/index";

/**
 * Options of the CSV readers.
 *
 * @example
 * ```ts
 * import type { CsvReadOptions } from "@tipx/convert";
 * const options: CsvReadOptions = { delimiter: ";", maxBytes: 100 * 1024 * 1024 };
 * ```
 */
export interface CsvReadOptions extends ConvertOptions {
  /** The delimiter; by default whichever of `,` `;` and tab the header row has most of. */
  readonly delimiter?: string;
  /**
   * The longest row, in characters (1 MiB by default); a longer row, or a quoted cell never closed, is
   * reported (TIPX704) without being held in memory, and reading goes on.
   */
  readonly maxRowLength?: number;
  /** The largest input, in bytes; a larger one stops with TIPX708 `"too-large"`. No limit by default. */
  readonly maxBytes?: number;
}

/** The default of {@link CsvReadOptions.maxRowLength}. */
export const _DEFAULT_MAX_ROW_LENGTH = 1024 * 1024;
