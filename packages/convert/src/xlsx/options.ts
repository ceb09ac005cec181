import type { ConvertOptions } from "../report/index";

/**
 * Options of the XLSX readers.
 *
 * @example
 * ```ts
 * import type { XlsxReadOptions } from "@tipx/convert";
 * const options: XlsxReadOptions = { sheet: "Cases", headerRow: 1 };
 * ```
 */
export interface XlsxReadOptions extends ConvertOptions {
  /** The worksheet: its name, or its place (1 is the first); the first worksheet by default. */
  readonly sheet?: string | number;
  /** The row that names the columns (1 by default); rows above it are not read. */
  readonly headerRow?: number;
  /** The largest file, in bytes; a larger one is reported (TIPX708 `"too-large"`). No limit by default. */
  readonly maxBytes?: number;
}
