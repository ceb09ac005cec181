import type { Answers, AnswerValue, Checklist, ItemRef, Question, QuestionFact } from "../checklist";
import { anyOf, type TriState } from "../tri-state";

/** What the answers say, read once: each item's status with the questions behind it, and the facts. */
export interface Evaluation {
  /** Each item some question feeds: its status, and the questions that said yes (or, for no, all that said no). */
  readonly items: ReadonlyMap<ItemRef, { readonly status: TriState; readonly questions: readonly string[] }>;
  /** The person's age in years, when answered. */
  readonly age: number | undefined;
  /** The tri-state facts (migrant, works, consented, light work). */
  readonly facts: { readonly [F in Exclude<QuestionFact, "age">]: TriState };
  /** The questions that apply (skip logic), in order. */
  readonly applicable: readonly Question[];
}

/** An answer as yes, no or unknown: anything else (a missing answer, a number) is unknown. */
export function triState(value: AnswerValue | undefined): TriState {
  return value === "yes" || value === "no" ? value : "unknown";
}

function ageOf(checklist: Checklist, answers: Answers): number | undefined {
  const question = checklist.questions.find((q) => q.fact === "age");
  const value = question ? answers[question.id] : undefined;
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function factOf(checklist: Checklist, answers: Answers, fact: QuestionFact): TriState {
  const question = checklist.questions.find((q) => q.fact === fact);
  return question ? triState(answers[question.id]) : "unknown";
}

/**
 * Whether a question applies: a question for children applies unless the person is known to be 18 or
 * older; a question for migrants unless they are known not to be one. Unknown never skips a question.
 */
function applies(question: Question, age: number | undefined, migrant: TriState): boolean {
  if (question.askIf === "child") return age === undefined || age < 18;
  if (question.askIf === "migrant") return migrant !== "no";
  return true;
}

/**
 * Reads a checklist's answers: the status of every item its questions feed (Kleene "or" over the
 * applicable questions that feed it: yes when one says yes, no when all say no, unknown otherwise), the
 * age and the other facts.
 */
export function evaluate(checklist: Checklist, answers: Answers): Evaluation {
  const age = ageOf(checklist, answers);
  const facts = {
    migrant: factOf(checklist, answers, "migrant"),
    works: factOf(checklist, answers, "works"),
    consented: factOf(checklist, answers, "consented"),
    "light-work": factOf(checklist, answers, "light-work"),
  };
  const applicable = checklist.questions.filter((q) => applies(q, age, facts.migrant));
  const fed = new Map<ItemRef, { answers: TriState[]; yes: string[]; no: string[] }>();
  for (const question of applicable) {
    const value = triState(answers[question.id]);
    for (const item of question.feeds) {
      const entry = fed.get(item) ?? { answers: [], yes: [], no: [] };
      entry.answers.push(value);
      if (value === "yes") entry.yes.push(question.id);
      if (value === "no") entry.no.push(question.id);
      fed.set(item, entry);
    }
  }
  const items = new Map<ItemRef, { status: TriState; questions: readonly string[] }>();
  for (const [item, entry] of fed) {
    const status = anyOf(entry.answers);
    items.set(item, { status, questions: status === "yes" ? entry.yes : status === "no" ? entry.no : [] });
  }
  return { items, age, facts, applicable };
}
