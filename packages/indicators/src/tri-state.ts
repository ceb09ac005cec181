import type { TRI_STATES } from "@tipx/schema";

/**
 * A three-valued answer or finding: `"unknown"` is never taken as `"no"`.
 *
 * @example
 * ```ts
 * import type { TriState } from "@tipx/indicators";
 * const answer: TriState = "unknown";
 * ```
 */
export type TriState = (typeof TRI_STATES)[number];

/**
 * Kleene's "or": `"yes"` when any value is `"yes"`, `"no"` when every value is `"no"` (and for none),
 * otherwise `"unknown"`.
 *
 * @example
 * ```ts
 * import { anyOf } from "@tipx/indicators";
 * anyOf(["no", "unknown"]); // "unknown"
 * anyOf(["no", "yes", "unknown"]); // "yes"
 * anyOf([]); // "no"
 * ```
 */
export function anyOf(values: Iterable<TriState>): TriState {
  let unknown = false;
  for (const value of values) {
    if (value === "yes") return "yes";
    if (value === "unknown") unknown = true;
  }
  return unknown ? "unknown" : "no";
}

/**
 * Kleene's "and": `"no"` when any value is `"no"`, `"yes"` when every value is `"yes"` (and for none),
 * otherwise `"unknown"`.
 *
 * @example
 * ```ts
 * import { allOf } from "@tipx/indicators";
 * allOf(["yes", "unknown"]); // "unknown"
 * allOf(["yes", "no", "unknown"]); // "no"
 * ```
 */
export function allOf(values: Iterable<TriState>): TriState {
  let unknown = false;
  for (const value of values) {
    if (value === "no") return "no";
    if (value === "unknown") unknown = true;
  }
  return unknown ? "unknown" : "yes";
}

/**
 * Kleene's "not": swaps `"yes"` and `"no"`, keeps `"unknown"`.
 *
 * @example
 * ```ts
 * import { not } from "@tipx/indicators";
 * not("unknown"); // "unknown"
 * ```
 */
export function not(value: TriState): TriState {
  return value === "yes" ? "no" : value === "no" ? "yes" : "unknown";
}
