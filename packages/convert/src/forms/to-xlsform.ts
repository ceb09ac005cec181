import { _reporter } from "../report/_reporter";
import type { ConvertOptions } from "../report/options";
import type { Conversion } from "../report/report";
import { _addTextSheet, _newWorkbook, _workbookBytes } from "./_workbook";
import type { FormDefinition } from "./form";
import { type LabelFallback, type XlsFormOptions, xlsFormSheets } from "./xlsform-sheets";

/**
 * A generated workbook with the texts that were written in English because a language lacked them.
 *
 * @example
 * ```ts
 * import { intakeForm, toXlsForm, type FormConversion } from "@tipx/convert";
 * const result: FormConversion = await toXlsForm(intakeForm());
 * result.fallbacks.length; // 0 when every catalogue has every text
 * ```
 */
export interface FormConversion extends Conversion<Uint8Array> {
  /** Every text written in English in place of another language. */
  readonly fallbacks: readonly LabelFallback[];
}

/**
 * Generates an XLSForm workbook (survey, choices and settings sheets) of a form, for ODK, KoBoToolbox or
 * any XLSForm tool. The report counts one row per question and choice, and one value per text written.
 *
 * @param form - The form, such as `intakeForm()` or `checklistForm("ilo-fl-2012")`.
 * @param options - The languages (`["en", "th", "es"]` by default) and the report options.
 * @returns The `.xlsx` bytes, the report and the fallbacks.
 * @example
 * ```ts
 * import { checklistForm, toXlsForm } from "@tipx/convert";
 * const { value, report } = await toXlsForm(checklistForm("ilo-fl-2012"), { langs: ["en", "th"] });
 * value.byteLength > 0; // true
 * report.counts.rows === report.counts.converted; // true
 * ```
 */
export async function toXlsForm(
  form: FormDefinition,
  options: XlsFormOptions & ConvertOptions = {},
): Promise<FormConversion> {
  const reporter = _reporter("tipx", "xlsform", options);
  const sheets = xlsFormSheets(form, options);
  for (const rows of [sheets.survey, sheets.choices]) {
    for (const row of rows.slice(1)) {
      reporter.row();
      reporter.converted();
      reporter.carried(row.filter((cell) => cell !== "").length);
    }
  }
  const workbook = await _newWorkbook();
  _addTextSheet(workbook, "survey", sheets.survey);
  _addTextSheet(workbook, "choices", sheets.choices);
  _addTextSheet(workbook, "settings", sheets.settings);
  return { value: await _workbookBytes(workbook), report: reporter.report(), fallbacks: sheets.fallbacks };
}
