import { TRI_STATES } from "@tipx/schema";
import * as z from "zod";
import type { AnswerSpec, AnswerValue, Checklist } from "../checklist";
import { getChecklist, type InstrumentId, type QuestionIdOf } from "./registry";

/**
 * The zod schema of a checklist's answers: an object with one optional key per question id (a question
 * left out is unknown) and no other key.
 *
 * @typeParam Q - The union of the checklist's question ids.
 */
export type AnswersSchema<Q extends string = string> = z.ZodObject<
  { [K in Q]: z.ZodExactOptional<z.ZodType<AnswerValue>> },
  z.core.$strict
>;

/** The schema of one answer, by the kind of answer its question takes. */
function answerValue(answer: AnswerSpec): z.ZodType<AnswerValue> {
  switch (answer.kind) {
    case "tri-state":
      return z.enum(TRI_STATES);
    case "number":
      return z.number().min(answer.min).max(answer.max);
    case "date":
      return z.iso.date();
    case "choice":
      return z.enum(answer.options);
  }
}

/**
 * Builds the zod schema of a checklist's answers: one optional key per question, typed by its answer
 * kind (`"yes"`, `"no"` or `"unknown"`; a number within the question's bounds; a date `YYYY-MM-DD`; one
 * of a choice's options), each described by the question's English text, and no other key.
 *
 * @param checklist - The checklist.
 * @returns A strict object schema; an unknown question id is an `unrecognized_keys` issue.
 * @example
 * ```ts
 * import { answersSchema, palermoElements } from "@tipx/indicators";
 * const schema = answersSchema(palermoElements);
 * schema.safeParse({ age: 17, moved: "yes" }).success; // true
 * schema.safeParse({ moved: "maybe" }).success; // false
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function answersSchema<Q extends string>(checklist: Checklist<Q>): AnswersSchema<Q> {
  const shape: Record<string, z.ZodExactOptional<z.ZodType<AnswerValue>>> = {};
  for (const question of checklist.questions) {
    shape[question.id] = answerValue(question.answer).meta({ description: question.text }).exactOptional();
  }
  // The shape is built from the questions at run time, so its keys are known to the type only through Q.
  return z.strictObject(shape) as unknown as AnswersSchema<Q>;
}

/**
 * The answers schema of every checklist of `CHECKLISTS`, by instrument id: what the JSON Schemas in
 * `@tipx/indicators/json-schema/<id>.answers.json` are generated from.
 *
 * @example
 * ```ts
 * import { ANSWER_SCHEMAS } from "@tipx/indicators";
 * ANSWER_SCHEMAS["child-labour"].safeParse({ age: 12, works: "yes", hazardous: "unknown" }).success; // true
 * ANSWER_SCHEMAS["child-labour"].safeParse({ age: "twelve" }).success; // false
 * ```
 */
export const ANSWER_SCHEMAS: { readonly [C in InstrumentId]: AnswersSchema<QuestionIdOf<C>> } = {
  "ilo-fl-2012": answersSchema(getChecklist("ilo-fl-2012")),
  "icls-2018": answersSchema(getChecklist("icls-2018")),
  palermo: answersSchema(getChecklist("palermo")),
  "child-labour": answersSchema(getChecklist("child-labour")),
};
