/**
 * How much harm a field's value can do if it reaches the wrong person, from most to least.
 *
 * - `direct-identifier`: names, identity numbers, phones, e-mail, street addresses: identify someone alone.
 * - `quasi-identifier`: birth date, citizenship, gender, places: identify someone in combination.
 * - `sensitive`: facts about what happened to a person (exploitation, control, health) that harm if linked.
 * - `none`: codes and structure that say nothing about a person.
 *
 * @example
 * ```ts
 * import { SENSITIVITIES } from "@tipx/schema";
 * SENSITIVITIES[0]; // "direct-identifier"
 * ```
 */
export const SENSITIVITIES = ["direct-identifier", "quasi-identifier", "sensitive", "none"] as const;

/** A sensitivity class: `"direct-identifier"`, `"quasi-identifier"`, `"sensitive"` or `"none"`. */
export type Sensitivity = (typeof SENSITIVITIES)[number];

/**
 * Returns the more sensitive of two classes; a value nested in a sensitive field is at least as
 * sensitive as the field that holds it.
 *
 * @example
 * ```ts
 * import { moreSensitive } from "@tipx/schema";
 * moreSensitive("none", "quasi-identifier"); // "quasi-identifier"
 * ```
 */
export function moreSensitive(a: Sensitivity, b: Sensitivity): Sensitivity {
  return SENSITIVITIES.indexOf(a) <= SENSITIVITIES.indexOf(b) ? a : b;
}
