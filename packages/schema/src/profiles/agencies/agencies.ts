import type { ProfileCode } from "../profile-code";
import type { AgencyList, AgencyMeta } from "./agency";
import { argentineAgencies } from "./ar";
import { liberianAgencies } from "./lr";
import { paraguayanAgencies } from "./py";
import { thaiAgencies } from "./th";

/**
 * The agency list of each profile country.
 *
 * @example
 * ```ts
 * import { AGENCIES } from "@tipx/schema";
 * AGENCIES.LR.codes.includes("LR-AHTTF"); // true
 * ```
 */
export const AGENCIES: { readonly [K in ProfileCode]: AgencyList } = {
  TH: thaiAgencies,
  LR: liberianAgencies,
  PY: paraguayanAgencies,
  AR: argentineAgencies,
};

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
    if (Object.prototype.hasOwnProperty.call(list.meta, code)) return list.meta[code];
  }
  return undefined;
}
