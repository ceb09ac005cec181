import { codeLabel, LANGS, type Lang, languages } from "@tipx/schema";
import type { FormDefinition, FormText } from "./form";

/**
 * Options of {@link xlsFormSheets} and {@link toXlsForm}.
 *
 * @example
 * ```ts
 * import type { XlsFormOptions } from "@tipx/convert";
 * const options: XlsFormOptions = { langs: ["th", "en"] };
 * ```
 */
export interface XlsFormOptions {
  /** The languages of the label, hint and message columns, the first the default (all three by default). */
  readonly langs?: readonly Lang[];
}

/**
 * A text written in English because the language's catalogue lacks it: which sheet, row (the
 * question's or choice's name) and column.
 *
 * @example
 * ```ts
 * import type { LabelFallback } from "@tipx/convert";
 * const fallback: LabelFallback = { lang: "th", sheet: "choices", name: "tri_state/yes", column: "label::Thai (th)" };
 * ```
 */
export interface LabelFallback {
  /** The language that lacks the text. */
  readonly lang: Lang;
  /** The sheet of the cell. */
  readonly sheet: "survey" | "choices" | "settings";
  /** The question's name, `list_name/name` for a choice, or the setting. */
  readonly name: string;
  /** The column of the cell. */
  readonly column: string;
}

/**
 * The three sheets of an XLSForm as rows of text (the header first), and the texts that fell back to
 * English.
 *
 * @example
 * ```ts
 * import { intakeForm, xlsFormSheets } from "@tipx/convert";
 * const { survey } = xlsFormSheets(intakeForm(), { langs: ["en"] });
 * survey[0]?.slice(0, 3); // ["type", "name", "label::English (en)"]
 * ```
 */
export interface XlsFormSheets {
  readonly survey: readonly (readonly string[])[];
  readonly choices: readonly (readonly string[])[];
  readonly settings: readonly (readonly string[])[];
  readonly fallbacks: readonly LabelFallback[];
}

/** The XLSForm suffix of a language's columns, such as `"English (en)"`, its name taken from ISO 639. */
export function _languageColumn(lang: Lang): string {
  return `${codeLabel(languages, lang)} (${lang})`;
}

/**
 * Lays out a form as the survey, choices and settings sheets of an XLSForm: one label, hint and
 * constraint message column per language, `select_one list` types, `relevant` and `constraint`
 * expressions as the form holds them. A text a language lacks is written in English and listed.
 *
 * @param form - The form, such as `intakeForm()` or `checklistForm("palermo")`.
 * @param options - The languages (all three by default; the first is the default language).
 * @returns The sheets' rows and the fallbacks.
 * @example
 * ```ts
 * import { checklistForm, xlsFormSheets } from "@tipx/convert";
 * const sheets = xlsFormSheets(checklistForm("palermo"), { langs: ["en", "es"] });
 * sheets.settings[1]?.[1]; // "palermo"
 * ```
 */
export function xlsFormSheets(form: FormDefinition, options: XlsFormOptions = {}): XlsFormSheets {
  const langs = options.langs && options.langs.length > 0 ? [...new Set(options.langs)] : [...LANGS];
  const fallbacks: LabelFallback[] = [];
  const cells = (sheet: LabelFallback["sheet"], name: string, prefix: string, text: FormText | undefined): string[] =>
    langs.map((lang) => {
      if (text === undefined) return "";
      const found = text[lang];
      if (found !== undefined) return found;
      fallbacks.push({ lang, sheet, name, column: `${prefix}::${_languageColumn(lang)}` });
      return text.en;
    });
  const columns = (prefix: string) => langs.map((lang) => `${prefix}::${_languageColumn(lang)}`);

  const survey: string[][] = [
    [
      "type",
      "name",
      ...columns("label"),
      ...columns("hint"),
      "required",
      "relevant",
      "constraint",
      ...columns("constraint_message"),
    ],
    ...form.questions.map((q) => [
      q.list === undefined ? q.type : `${q.type} ${q.list}`,
      q.name,
      ...cells("survey", q.name, "label", q.label),
      ...cells("survey", q.name, "hint", q.hint),
      q.required ? "yes" : "",
      q.relevant ?? "",
      q.constraint ?? "",
      ...cells("survey", q.name, "constraint_message", q.constraintMessage),
    ]),
  ];
  const choices: string[][] = [
    ["list_name", "name", ...columns("label")],
    ...form.choiceLists.flatMap((list) =>
      list.choices.map((choice) => [
        list.name,
        choice.name,
        ...cells("choices", `${list.name}/${choice.name}`, "label", choice.label),
      ]),
    ),
  ];
  const first = langs[0] ?? "en";
  const title = form.title[first];
  if (title === undefined) fallbacks.push({ lang: first, sheet: "settings", name: "form_title", column: "form_title" });
  const settings: string[][] = [
    ["form_title", "form_id", "version", "default_language"],
    [title ?? form.title.en, form.id.replace(/[^A-Za-z0-9]+/g, "_"), form.version, _languageColumn(first)],
  ];
  return { survey, choices, settings, fallbacks };
}
