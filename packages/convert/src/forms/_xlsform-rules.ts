import type { XlsFormSheets } from "./xlsform-sheets";

/** A broken XLSForm rule: which, and where (sheet and row as a spreadsheet shows it). */
export interface _RuleBreak {
  readonly rule:
    | "missing-column"
    | "invalid-name"
    | "repeated-name"
    | "undefined-list"
    | "undefined-reference"
    | "repeated-choice"
    | "invalid-choice-name"
    | "unknown-type";
  readonly sheet: "survey" | "choices" | "settings";
  readonly row: number;
}

/** A question name: letters, digits and underscores, starting with a letter. */
const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
/** A choice name: no white space (a `select_multiple` answer is the names joined by spaces). */
const CHOICE_NAME = /^\S+$/;
const TYPES = /^(text|integer|decimal|date|select_one \S+|select_multiple \S+)$/;

/**
 * Checks the XLSForm rules the generated forms rely on: required columns present, question names valid
 * and unique, types known, every select list defined in choices, every `${name}` of a `relevant` or
 * `constraint` a question of the form, choice names without spaces and unique within their list.
 */
export function _checkXlsForm(sheets: XlsFormSheets): _RuleBreak[] {
  const breaks: _RuleBreak[] = [];
  const [surveyHeader = [], ...survey] = sheets.survey;
  const [choicesHeader = [], ...choices] = sheets.choices;
  const [settingsHeader = []] = sheets.settings;
  const need = (sheet: _RuleBreak["sheet"], header: readonly string[], columns: readonly string[]) => {
    for (const column of columns) if (!header.includes(column)) breaks.push({ rule: "missing-column", sheet, row: 1 });
  };
  need("survey", surveyHeader, ["type", "name", "required", "relevant", "constraint"]);
  need("choices", choicesHeader, ["list_name", "name"]);
  need("settings", settingsHeader, ["form_title", "form_id", "version", "default_language"]);
  if (!surveyHeader.some((c) => c.startsWith("label")))
    breaks.push({ rule: "missing-column", sheet: "survey", row: 1 });
  if (!choicesHeader.some((c) => c.startsWith("label")))
    breaks.push({ rule: "missing-column", sheet: "choices", row: 1 });

  const col = (header: readonly string[], name: string) => header.indexOf(name);
  const lists = new Map<string, Set<string>>();
  choices.forEach((row, index) => {
    const list = row[col(choicesHeader, "list_name")] ?? "";
    const name = row[col(choicesHeader, "name")] ?? "";
    const names = lists.get(list) ?? new Set<string>();
    if (!NAME.test(list)) breaks.push({ rule: "invalid-name", sheet: "choices", row: index + 2 });
    if (!CHOICE_NAME.test(name)) breaks.push({ rule: "invalid-choice-name", sheet: "choices", row: index + 2 });
    if (names.has(name)) breaks.push({ rule: "repeated-choice", sheet: "choices", row: index + 2 });
    names.add(name);
    lists.set(list, names);
  });

  const names = survey.map((row) => row[col(surveyHeader, "name")] ?? "");
  survey.forEach((row, index) => {
    const where = { sheet: "survey", row: index + 2 } as const;
    const name = names[index] ?? "";
    const type = row[col(surveyHeader, "type")] ?? "";
    if (!NAME.test(name)) breaks.push({ rule: "invalid-name", ...where });
    if (names.indexOf(name) !== index) breaks.push({ rule: "repeated-name", ...where });
    if (!TYPES.test(type)) breaks.push({ rule: "unknown-type", ...where });
    const list = type.match(/^select_(?:one|multiple) (\S+)$/)?.[1];
    if (list !== undefined && !lists.has(list)) breaks.push({ rule: "undefined-list", ...where });
    for (const column of ["relevant", "constraint"]) {
      const expression = row[col(surveyHeader, column)] ?? "";
      for (const [, ref = ""] of expression.matchAll(/\$\{([^}]*)\}/g)) {
        if (!names.includes(ref)) breaks.push({ rule: "undefined-reference", ...where });
      }
    }
  });
  return breaks;
}
