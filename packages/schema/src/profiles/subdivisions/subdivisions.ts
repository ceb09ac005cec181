import { _perProfile } from "../_per-profile";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import type { SubdivisionList } from "./subdivision";

/**
 * The ISO 3166-2 subdivision list of each profile country (each stated in `profiles/<cc>/subdivisions.ts`).
 *
 * @example
 * ```ts
 * import { SUBDIVISIONS } from "@tipx/schema";
 * SUBDIVISIONS.PY.codes.length; // 18
 * ```
 */
export const SUBDIVISIONS: { readonly [K in ProfileCode]: SubdivisionList } = /* @__PURE__ */ _perProfile(
  (code) => PROFILE_DATA[code].subdivisions,
);

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
  return Object.hasOwn(SUBDIVISIONS[country].meta, code);
}
