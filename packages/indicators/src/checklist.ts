import type { TriState } from "./tri-state";

/**
 * A reference to a framework item, `"<framework>/<item>"`, such as `"palermo/deception"`.
 */
export type ItemRef = `${string}/${string}`;

/** What kind of answer a question takes. */
export type AnswerSpec =
  | { readonly kind: "tri-state" }
  | { readonly kind: "number"; readonly min: number; readonly max: number; readonly unit: string }
  | { readonly kind: "date" }
  | { readonly kind: "choice"; readonly options: readonly string[] };

/**
 * The fact a question gives the decision rules besides the items it feeds: the person's age, whether
 * they are a migrant, whether they work, whether they agreed to the exploitation.
 */
export type QuestionFact = "age" | "migrant" | "works" | "consented" | "light-work";

/**
 * When a question is asked: only for a child (the `age` answer under 18), only for a migrant (the
 * `migrant` answer "yes"). An unknown age or migrant status asks the question: three-valued, never
 * skipped on a guess.
 */
export type AskIf = "child" | "migrant";

/**
 * One question of a checklist, written for the person asking.
 */
export interface Question {
  /** A stable id, unique in its checklist, such as `"kept-documents"`. */
  readonly id: string;
  /** The question in English, in plain words for the person asking. */
  readonly text: string;
  /** When not to ask, or how to ask with care. */
  readonly note?: string;
  /** The kind of answer. */
  readonly answer: AnswerSpec;
  /** The framework items a "yes" indicates and a "no" rules out, for this question. */
  readonly feeds: readonly ItemRef[];
  /** The fact the question gives the rules, if any. */
  readonly fact?: QuestionFact;
  /** Skip logic: the question applies only to a child or to a migrant. */
  readonly askIf?: AskIf;
}

/**
 * A screening questionnaire as data.
 *
 * @typeParam Q - The union of its question ids.
 */
export interface Checklist<Q extends string = string> {
  /** The instrument id the engine runs it as, such as `"palermo"`. */
  readonly id: string;
  /** Its version. */
  readonly version: string;
  /** The framework whose items it feeds. */
  readonly framework: string;
  /** Its title, in English. */
  readonly title: string;
  /** What it is for and who asks it. */
  readonly purpose: string;
  /** The questions, in the order to ask them. */
  readonly questions: readonly (Question & { readonly id: Q })[];
}

/**
 * Defines a checklist, keeping its question ids as a union type.
 *
 * @example
 * ```ts
 * import { defineChecklist } from "@tipx/indicators";
 * const list = defineChecklist({
 *   id: "example",
 *   version: "1",
 *   framework: "palermo",
 *   title: "Example",
 *   purpose: "An example.",
 *   questions: [{ id: "moved", text: "Were you moved?", answer: { kind: "tri-state" }, feeds: ["palermo/transportation"] }],
 * });
 * list.questions[0]?.id; // "moved"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineChecklist<const Q extends string>(checklist: Checklist<Q>): Checklist<Q> {
  return checklist;
}

/** An answer: yes, no or unknown, a number, or a text (a date `YYYY-MM-DD` or a choice). */
export type AnswerValue = TriState | number | string;

/** Answers by question id. A question left out is unknown. */
export type Answers = Readonly<Record<string, AnswerValue>>;
