import { _perProfile } from "../_per-profile";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import type { AgencyList, AgencyMeta } from "./agency";

/**
 * The agency list of each profile country (each stated in `profiles/<cc>/agencies.ts`).
 *
 * @example
 * ```ts
 * import { AGENCIES } from "@tipx/schema";
 * AGENCIES.LR.codes.includes("LR-AHTTF"); // true
 * ```
 */
export const AGENCIES: { readonly [K in ProfileCode]: AgencyList } = /* @__PURE__ */ _perProfile(
  (code) => PROFILE_DATA[code].agencies,
);

/**
 * Finds an agency of any profile country by its code.
 *
 * @returns The agency's metadata (with its `country`), or `undefined` when no profile lists it.
 * @example
 * ```ts
 * import { findAgency } from "@tipx/schema";
 * findAgency("TH-MSDHS")?.country; // "TH"
 * ```
 */
export function findAgency(code: string): AgencyMeta | undefined {
  for (const list of Object.values(AGENCIES)) {
    if (Object.hasOwn(list.meta, code)) return list.meta[code];
  }
  return undefined;
}
