import type { Lang } from "@tipx/schema";

/**
 * A text of a form in each language tipx ships: English always, Thai and Spanish when their catalogue
 * has it. A missing language falls back to English when the form is written, and the writer lists it.
 *
 * @example
 * ```ts
 * import type { FormText } from "@tipx/convert";
 * const label: FormText = { en: "Gender", th: "เพศ", es: "Género" };
 * ```
 */
export type FormText = { readonly en: string } & { readonly [L in Exclude<Lang, "en">]?: string };

/** The XLSForm question types the forms of tipx use. */
export const FORM_QUESTION_TYPES = ["text", "integer", "decimal", "date", "select_one", "select_multiple"] as const;

/**
 * One of {@link FORM_QUESTION_TYPES}.
 *
 * @example
 * ```ts
 * import type { FormQuestionType } from "@tipx/convert";
 * const type: FormQuestionType = "select_multiple";
 * ```
 */
export type FormQuestionType = (typeof FORM_QUESTION_TYPES)[number];

/**
 * One question of a form: an XLSForm survey row before it is written in a language.
 *
 * @example
 * ```ts
 * import type { FormQuestion } from "@tipx/convert";
 * const question: FormQuestion = {
 *   name: "person_gender",
 *   source: "Person.gender",
 *   type: "select_one",
 *   list: "htcds_gender",
 *   label: { en: "Gender" },
 *   required: false,
 * };
 * ```
 */
export interface FormQuestion {
  /** The XLSForm name: letters, digits and underscores, starting with a letter, unique in the form. */
  readonly name: string;
  /** What the question records: a field id of the model (`"Person.gender"`) or a checklist question id. */
  readonly source: string;
  /** The XLSForm type, without the list name. */
  readonly type: FormQuestionType;
  /** The choice list of a `select_one` or `select_multiple` question. */
  readonly list?: string;
  /** The question's label. */
  readonly label: FormText;
  /** A hint shown under the label. */
  readonly hint?: FormText;
  /** Whether an answer is required. */
  readonly required: boolean;
  /** XLSForm skip logic: the question is asked only when this expression holds. */
  readonly relevant?: string;
  /** An XLSForm constraint on the answer (`.` is the answer). */
  readonly constraint?: string;
  /** The bounds of a number, from the model or the checklist (the constraint checks them too). */
  readonly range?: { readonly min?: number; readonly max?: number };
  /** What the form says when the constraint fails. */
  readonly constraintMessage?: FormText;
}

/**
 * One choice of a choice list.
 *
 * @example
 * ```ts
 * import type { FormChoice } from "@tipx/convert";
 * const choice: FormChoice = { name: "Feminine", label: { en: "Feminine", es: "Femenino" } };
 * ```
 */
export interface FormChoice {
  /** The value stored: the code, exactly as its code list spells it. */
  readonly name: string;
  /** The label shown. */
  readonly label: FormText;
}

/**
 * A choice list of a form, from a code list of the model or a checklist's answers.
 *
 * @example
 * ```ts
 * import type { FormChoiceList } from "@tipx/convert";
 * const list: FormChoiceList = { name: "tri_state", source: "tri-state", choices: [{ name: "yes", label: { en: "Yes" } }] };
 * ```
 */
export interface FormChoiceList {
  /** The XLSForm `list_name`. */
  readonly name: string;
  /** Where the choices come from: a code list id (`"htcds.gender"`) or `"tri-state"`, or a question id. */
  readonly source: string;
  /** The choices, in the source's order. */
  readonly choices: readonly FormChoice[];
}

/**
 * A form as data: the intake form or an indicators checklist, ready to be written as an XLSForm or an
 * Excel template in any language.
 *
 * @example
 * ```ts
 * import { intakeForm, type FormDefinition } from "@tipx/convert";
 * const form: FormDefinition = intakeForm();
 * form.questions.length > 20; // true
 * ```
 */
export interface FormDefinition {
  /** The form id (`"intake"`, or a checklist's instrument id), also the XLSForm `form_id`. */
  readonly id: string;
  /** The form's title. */
  readonly title: FormText;
  /** The form's version, the XLSForm `version`. */
  readonly version: string;
  /** The questions, in the order to ask them. */
  readonly questions: readonly FormQuestion[];
  /** The choice lists the questions use, each once. */
  readonly choiceLists: readonly FormChoiceList[];
}
