import {
  type Checklist,
  getChecklist,
  type IndicatorCatalogue,
  type InstrumentId,
  type Question,
  type QuestionTexts,
} from "@tipx/indicators";
import { es } from "@tipx/indicators/locales/es";
import { th } from "@tipx/indicators/locales/th";
import { TRI_STATES } from "@tipx/schema";
import { _humanise } from "./_humanise";
import { _issueText, _joinTexts } from "./_texts";
import type { FormChoiceList, FormDefinition, FormQuestion, FormText } from "./form";

/** The indicator catalogue of each language other than English. */
const CATALOGUES = [
  ["th", th],
  ["es", es],
] as const satisfies readonly (readonly ["th" | "es", IndicatorCatalogue])[];

/** The tri-state answers (yes, no, unknown): no catalogue translates them yet, so they fall back to English. */
const TRI_STATE_LIST: FormChoiceList = {
  name: "tri_state",
  source: "tri-state",
  choices: TRI_STATES.map((code) => ({ name: code, label: { en: _humanise(code) } })),
};

/** The age under which a question asked only of a child is asked, as the assessment engine applies it. */
const CHILD_UNDER = 18;

function text(en: string, read: (texts: IndicatorCatalogue) => string | undefined): FormText {
  const out: { en: string; th?: string; es?: string } = { en };
  for (const [lang, catalogue] of CATALOGUES) {
    const found = read(catalogue);
    if (found !== undefined && found !== "") out[lang] = found;
  }
  return out;
}

/** An XLSForm name from a checklist question id: `"took-advantage"` -> `"took_advantage"`. */
function nameOf(questionId: string): string {
  return questionId.replace(/[^A-Za-z0-9]+/g, "_");
}

const cache = new Map<string, FormDefinition>();

/**
 * The form of an indicators checklist: one question per checklist question, its text as the label and
 * its note as the hint (English, Thai and Spanish from the indicator catalogues), yes/no/unknown
 * answers, number bounds as constraints, and `askIf` as skip logic (a question for a child is asked when
 * the age is under 18 or unknown; one for a migrant unless the answer is "no").
 *
 * @param id - The instrument id of a checklist, such as `"ilo-fl-2012"`.
 * @returns The form, built once per checklist.
 * @example
 * ```ts
 * import { checklistForm } from "@tipx/convert";
 * const form = checklistForm("ilo-fl-2012");
 * form.questions.find((q) => q.source === "work-permit-held")?.relevant; // "${migrant} != 'no'"
 * ```
 */
export function checklistForm(id: InstrumentId): FormDefinition {
  let form = cache.get(id);
  if (!form) {
    form = build(getChecklist(id));
    cache.set(id, form);
  }
  return form;
}

function build(checklist: Checklist): FormDefinition {
  const id = checklist.id as InstrumentId;
  const textsOf = (c: IndicatorCatalogue): ChecklistTextsLike | undefined =>
    Object.hasOwn(c.checklists, id) ? (c.checklists[id] as ChecklistTextsLike) : undefined;
  const questionTexts = (c: IndicatorCatalogue, q: string): QuestionTexts | undefined => {
    const questions = textsOf(c)?.questions;
    return questions && Object.hasOwn(questions, q) ? questions[q] : undefined;
  };
  const factName = (fact: Question["fact"]) => {
    const question = checklist.questions.find((q) => q.fact === fact);
    if (!question) throw new Error(`${checklist.id} has no question giving the ${fact} fact`);
    return nameOf(question.id);
  };
  const lists: FormChoiceList[] = [];
  const questions = checklist.questions.map((question): FormQuestion => {
    const name = nameOf(question.id);
    const label = text(question.text, (c) => questionTexts(c, question.id)?.text.text);
    const note = question.note;
    const base = {
      name,
      source: question.id,
      label,
      ...(note === undefined ? {} : { hint: text(note, (c) => questionTexts(c, question.id)?.note?.text) }),
      required: false,
      ...(question.askIf === "child"
        ? { relevant: `\${${factName("age")}} = '' or \${${factName("age")}} < ${CHILD_UNDER}` }
        : {}),
      ...(question.askIf === "migrant" ? { relevant: `\${${factName("migrant")}} != 'no'` } : {}),
    };
    const answer = question.answer;
    switch (answer.kind) {
      case "tri-state":
        if (!lists.includes(TRI_STATE_LIST)) lists.push(TRI_STATE_LIST);
        return { ...base, type: "select_one", list: TRI_STATE_LIST.name };
      case "number":
        return {
          ...base,
          type: "decimal",
          range: { min: answer.min, max: answer.max },
          constraint: `. >= ${answer.min} and . <= ${answer.max}`,
          constraintMessage: _joinTexts([
            _issueText("TIPX108", { field: question.id, relation: "min", limit: answer.min }),
            _issueText("TIPX108", { field: question.id, relation: "max", limit: answer.max }),
          ]),
        };
      case "date":
        return { ...base, type: "date" };
    }
    // A choice question: its options are a list of their own.
    lists.push({
      name,
      source: question.id,
      choices: answer.options.map((option) => ({
        name: option,
        label: text(_humanise(option), (c) => {
          const options = questionTexts(c, question.id)?.options;
          return options && Object.hasOwn(options, option) ? options[option]?.text : undefined;
        }),
      })),
    });
    return { ...base, type: "select_one", list: name };
  });
  return {
    id: checklist.id,
    title: text(checklist.title, (c) => textsOf(c)?.title.text),
    version: checklist.version,
    questions,
    choiceLists: lists,
  };
}

/** The texts of one checklist in a catalogue, keyed by plain strings. */
interface ChecklistTextsLike {
  readonly title: { readonly text: string };
  readonly questions: Readonly<Record<string, QuestionTexts>>;
}
