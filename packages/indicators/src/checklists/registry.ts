import type { Checklist } from "../checklist";
import { childLabourScreening } from "./child-labour";
import { iclsQuestionnaire } from "./icls";
import { iloScreening } from "./ilo-11";
import { palermoElements } from "./palermo";

/**
 * Gives a checklist's id its literal type: `defineChecklist` keeps the question ids as a type but types
 * the id as a string. Throws when the id given is not the checklist's, so the two never disagree.
 */
/* @__NO_SIDE_EFFECTS__ */
function _instrument<const I extends string, Q extends string>(
  id: I,
  checklist: Checklist<Q>,
): Checklist<Q> & { readonly id: I } {
  if (checklist.id !== id) throw new Error(`The checklist ${checklist.id} is registered as ${id}.`);
  return checklist as Checklist<Q> & { readonly id: I };
}

/**
 * Every screening checklist tipx holds, one per instrument the engine runs: the ILO indicators of forced
 * labour, the ICLS 2018 questions, the Palermo Protocol's elements and child labour.
 *
 * @example
 * ```ts
 * import { CHECKLISTS } from "@tipx/indicators";
 * CHECKLISTS.map((checklist) => checklist.id); // ["ilo-fl-2012", "icls-2018", "palermo", "child-labour"]
 * ```
 */
export const CHECKLISTS = [
  _instrument("ilo-fl-2012", iloScreening),
  _instrument("icls-2018", iclsQuestionnaire),
  _instrument("palermo", palermoElements),
  _instrument("child-labour", childLabourScreening),
] as const;

/**
 * The id of an instrument: a checklist of `CHECKLISTS` and the rule the engine applies to its answers.
 *
 * @example
 * ```ts
 * import type { InstrumentId } from "@tipx/indicators";
 * const instrument: InstrumentId = "child-labour";
 * ```
 */
export type InstrumentId = (typeof CHECKLISTS)[number]["id"];

/**
 * The union of the question ids of the checklist of instrument `C`: what a catalogue must translate and
 * what an answers object may hold.
 *
 * @example
 * ```ts
 * import type { QuestionIdOf } from "@tipx/indicators";
 * const question: QuestionIdOf<"palermo"> = "lied-to";
 * ```
 */
export type QuestionIdOf<C extends InstrumentId> =
  Extract<(typeof CHECKLISTS)[number], { readonly id: C }> extends Checklist<infer Q> ? Q : never;

/**
 * Whether a value is the id of an instrument of `CHECKLISTS`.
 *
 * @example
 * ```ts
 * import { isInstrumentId } from "@tipx/indicators";
 * isInstrumentId("palermo"); // true
 * isInstrumentId("toString"); // false
 * ```
 */
export function isInstrumentId(value: unknown): value is InstrumentId {
  return CHECKLISTS.some((checklist) => checklist.id === value);
}

/**
 * Returns the checklist of an instrument, or `undefined` when tipx has none by that id.
 *
 * @param id - An instrument id, such as `"palermo"`.
 * @returns The checklist, typed with its question ids when the id is an `InstrumentId`.
 * @example
 * ```ts
 * import { getChecklist } from "@tipx/indicators";
 * getChecklist("child-labour").questions[0]?.id; // "age"
 * getChecklist("hts-2012"); // undefined
 * ```
 */
export function getChecklist<C extends InstrumentId>(id: C): Extract<(typeof CHECKLISTS)[number], { readonly id: C }>;
export function getChecklist(id: string): Checklist | undefined;
export function getChecklist(id: string): Checklist | undefined {
  return CHECKLISTS.find((checklist) => checklist.id === id);
}
