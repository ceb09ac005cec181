import { CHECKLISTS, type InstrumentId, isInstrumentId } from "@tipx/indicators";
import { checklistForm } from "./checklist-form";
import type { FormDefinition } from "./form";
import { intakeForm } from "./intake";

/**
 * The id of every form tipx generates: `"intake"` and the instrument id of every indicators checklist.
 *
 * @example
 * ```ts
 * import { FORM_IDS } from "@tipx/convert";
 * FORM_IDS.includes("ilo-fl-2012"); // true
 * ```
 */
export const FORM_IDS: readonly ("intake" | InstrumentId)[] = ["intake", ...CHECKLISTS.map((c) => c.id)];

/**
 * The form with an id: `"intake"` or a checklist's instrument id (what `tipx template --form` takes).
 *
 * @returns The form, or `undefined` when no form has that id.
 * @example
 * ```ts
 * import { getForm } from "@tipx/convert";
 * getForm("palermo")?.questions.length; // the Palermo checklist's question count
 * getForm("nonsense"); // undefined
 * ```
 */
export function getForm(id: string): FormDefinition | undefined {
  if (id === "intake") return intakeForm();
  return isInstrumentId(id) ? checklistForm(id) : undefined;
}
