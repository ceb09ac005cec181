import type { ProfileCode } from "../profile-code";
import { argentineSubdivisions } from "./ar";
import { liberianSubdivisions } from "./lr";
import { paraguayanSubdivisions } from "./py";
import type { SubdivisionList } from "./subdivision";
import { thaiSubdivisions } from "./th";

/**
 * The ISO 3166-2 subdivision list of each profile country.
 *
 * @example
 * ```ts
 * import { SUBDIVISIONS } from "@tipx/schema";
 * SUBDIVISIONS.PY.codes.length; // 18
 * ```
 */
export const SUBDIVISIONS: { readonly [K in ProfileCode]: SubdivisionList } = {
  TH: thaiSubdivisions,
  LR: liberianSubdivisions,
  PY: paraguayanSubdivisions,
  AR: argentineSubdivisions,
};

/**
 * Tells whether `code` is an ISO 3166-2 subdivision code of `country`.
 *
 * @example
 * ```ts
 * import { isSubdivisionOf } from "@tipx/schema";
 * isSubdivisionOf("TH", "TH-S"); // true
 * isSubdivisionOf("PY", "PY-17"); // false
 * ```
 */
export function isSubdivisionOf(country: ProfileCode, code: string): boolean {
  return Object.prototype.hasOwnProperty.call(SUBDIVISIONS[country].meta, code);
}
