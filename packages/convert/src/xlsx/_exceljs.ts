import * as ExcelJSModule from "exceljs";

type ExcelJS = typeof ExcelJSModule;

/** exceljs, whose namespace sits under `default` when Node.js loads the CommonJS module as ESM. */
export const _exceljs: ExcelJS = (ExcelJSModule as unknown as { readonly default?: ExcelJS }).default ?? ExcelJSModule;
