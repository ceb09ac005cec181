import type { Lang } from "@tipx/schema";
import type ExcelJS from "exceljs";
import { _reporter } from "../report/_reporter";
import type { ConvertOptions } from "../report/options";
import { _newWorkbook, _workbookBytes } from "./_workbook";
import type { FormChoiceList, FormDefinition, FormText } from "./form";
import { intakeForm } from "./intake";
import type { FormConversion } from "./to-xlsform";
import type { LabelFallback } from "./xlsform-sheets";

/**
 * Options of {@link writeIntakeTemplate}.
 *
 * @example
 * ```ts
 * import type { IntakeTemplateOptions } from "@tipx/convert";
 * const options: IntakeTemplateOptions = { lang: "th", rows: 200 };
 * ```
 */
export interface IntakeTemplateOptions extends ConvertOptions {
  /** The language of the header labels and drop-down lists (English by default). */
  readonly lang?: Lang;
  /** How many data rows get drop-down lists and checks (1000 by default). */
  readonly rows?: number;
}

/** The row of the question names (hidden), the row of the labels, and the first data row. */
const NAME_ROW = 1;
const LABEL_ROW = 2;
const FIRST_DATA_ROW = 3;

/** exceljs adds a validation to a range through `dataValidations`, which its type declarations leave out. */
interface RangeValidations {
  readonly dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/**
 * Generates an Excel intake template: one column per question of the intake form, the question names in
 * a hidden first row (so that a filled template can be read back), the labels in the language in the
 * second, a frozen header, drop-down lists from a hidden `lists` sheet, dates formatted `yyyy-mm-dd` and
 * numbers checked against the model's bounds. A label the language lacks is written in English and listed.
 *
 * @param options - The language, the number of data rows, and the report options.
 * @returns The `.xlsx` bytes, the report and the fallbacks.
 * @example
 * ```ts
 * import { writeIntakeTemplate } from "@tipx/convert";
 * const { value, fallbacks } = await writeIntakeTemplate({ lang: "th" });
 * value.byteLength > 0; // true
 * ```
 */
export async function writeIntakeTemplate(options: IntakeTemplateOptions = {}): Promise<FormConversion> {
  const form: FormDefinition = intakeForm();
  const lang = options.lang ?? "en";
  const rows = options.rows ?? 1000;
  const reporter = _reporter("tipx", "xlsx", options);
  const fallbacks: LabelFallback[] = [];
  const inLang = (text: FormText, name: string, sheet: LabelFallback["sheet"], column: string): string => {
    const found = text[lang];
    if (found !== undefined) return found;
    fallbacks.push({ lang, sheet, name, column });
    return text.en;
  };

  const workbook = await _newWorkbook();
  const sheet = workbook.addWorksheet("intake", { views: [{ state: "frozen", ySplit: LABEL_ROW }] });
  const lists = workbook.addWorksheet("lists");
  lists.state = "hidden";
  const listRanges = writeLists(lists, form.choiceLists, inLang);

  sheet.getRow(NAME_ROW).values = form.questions.map((q) => q.name);
  sheet.getRow(NAME_ROW).hidden = true;
  sheet.getRow(LABEL_ROW).values = form.questions.map((q) => inLang(q.label, q.name, "survey", "label"));
  sheet.getRow(LABEL_ROW).font = { bold: true };
  const last = FIRST_DATA_ROW + rows - 1;
  form.questions.forEach((question, index) => {
    reporter.row();
    reporter.converted();
    reporter.carried(1);
    const column = sheet.getColumn(index + 1);
    column.width = 24;
    const range = `${column.letter}${FIRST_DATA_ROW}:${column.letter}${last}`;
    const validation = validationOf(question, listRanges);
    if (question.type === "date") column.numFmt = "yyyy-mm-dd";
    if (validation && rows > 0) (sheet as unknown as RangeValidations).dataValidations.add(range, validation);
  });
  return { value: await _workbookBytes(workbook), report: reporter.report(), fallbacks };
}

/** Writes each choice list as two columns of the `lists` sheet (labels, then codes); returns each label range. */
function writeLists(
  sheet: ExcelJS.Worksheet,
  choiceLists: readonly FormChoiceList[],
  inLang: (text: FormText, name: string, sheet: LabelFallback["sheet"], column: string) => string,
): Map<string, string> {
  const ranges = new Map<string, string>();
  choiceLists.forEach((list, index) => {
    const labels = sheet.getColumn(2 * index + 1);
    const codes = sheet.getColumn(2 * index + 2);
    // A column's values start at row 1: the list's name, then one label (or code) per row.
    labels.values = [
      list.name,
      ...list.choices.map((c) => inLang(c.label, `${list.name}/${c.name}`, "choices", "label")),
    ];
    codes.values = [`${list.name}:code`, ...list.choices.map((c) => c.name)];
    ranges.set(list.name, `lists!$${labels.letter}$2:$${labels.letter}$${list.choices.length + 1}`);
  });
  return ranges;
}

/** The data validation of a question's column: its drop-down list, or its bounds. */
function validationOf(
  question: FormDefinition["questions"][number],
  listRanges: ReadonlyMap<string, string>,
): ExcelJS.DataValidation | undefined {
  const range = question.list === undefined ? undefined : listRanges.get(question.list);
  // A multiple choice is typed as codes joined by ";": the list offers one, and other text is allowed.
  if (range !== undefined) {
    return { type: "list", allowBlank: true, formulae: [range], showErrorMessage: question.type === "select_one" };
  }
  const { min, max } = question.range ?? {};
  if (min === undefined || max === undefined) return undefined;
  const type = question.type === "integer" ? "whole" : "decimal";
  return { type, operator: "between", allowBlank: true, showErrorMessage: true, formulae: [min, max] };
}
