import type * as ExcelJSModule from "exceljs";

/** The exceljs module. */
export type _ExcelJS = typeof ExcelJSModule;

let loading: Promise<_ExcelJS> | undefined;

/**
 * Loads exceljs the first time a workbook is read or written, not when the package is imported: it
 * weighs about 30 MB of memory and a third of a second, which CSV and NDJSON users need not pay.
 * Its namespace sits under `default` when Node.js loads the CommonJS module as ESM.
 */
export function _loadExceljs(): Promise<_ExcelJS> {
  loading ??= import("exceljs").then(
    (module) => (module as unknown as { readonly default?: _ExcelJS }).default ?? (module as unknown as _ExcelJS),
  );
  return loading;
}
