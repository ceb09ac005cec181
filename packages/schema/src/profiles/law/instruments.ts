import type { ProfileCode } from "../profile-code";
import { argentineLegalInstruments } from "./ar";
import type { LegalInstrumentList, LegalInstrumentMeta } from "./instrument";
import { liberianLegalInstruments } from "./lr";
import { paraguayanLegalInstruments } from "./py";
import { thaiLegalInstruments } from "./th";

/**
 * The legal instruments of each profile country.
 *
 * @example
 * ```ts
 * import { LEGAL_INSTRUMENTS } from "@tipx/schema";
 * LEGAL_INSTRUMENTS.TH.codes.includes("TH-ATIPA-2551"); // true
 * ```
 */
export const LEGAL_INSTRUMENTS: { readonly [K in ProfileCode]: LegalInstrumentList } = {
  TH: thaiLegalInstruments,
  LR: liberianLegalInstruments,
  PY: paraguayanLegalInstruments,
  AR: argentineLegalInstruments,
};

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
    if (Object.prototype.hasOwnProperty.call(list.meta, code)) return list.meta[code];
  }
  return undefined;
}
