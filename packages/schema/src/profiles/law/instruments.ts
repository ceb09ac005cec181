import { _perProfile } from "../_per-profile";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import type { LegalInstrumentList, LegalInstrumentMeta } from "./instrument";

/**
 * The legal instruments of each profile country (each stated in `profiles/<cc>/law.ts`).
 *
 * @example
 * ```ts
 * import { LEGAL_INSTRUMENTS } from "@tipx/schema";
 * LEGAL_INSTRUMENTS.TH.codes.includes("TH-ATIPA-2551"); // true
 * ```
 */
export const LEGAL_INSTRUMENTS: { readonly [K in ProfileCode]: LegalInstrumentList } = /* @__PURE__ */ _perProfile(
  (code) => PROFILE_DATA[code].law,
);

/**
 * Finds a legal instrument of any profile country by its code.
 *
 * @returns The instrument's metadata (with its `country`), or `undefined` when no profile lists it.
 * @example
 * ```ts
 * import { findLegalInstrument } from "@tipx/schema";
 * findLegalInstrument("PY-LEY-4788-2012")?.country; // "PY"
 * findLegalInstrument("XX-UNKNOWN"); // undefined
 * ```
 */
export function findLegalInstrument(code: string): LegalInstrumentMeta | undefined {
  for (const list of Object.values(LEGAL_INSTRUMENTS)) {
    if (Object.hasOwn(list.meta, code)) return list.meta[code];
  }
  return undefined;
}
