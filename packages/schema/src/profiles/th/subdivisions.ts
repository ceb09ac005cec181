import { _defineSubdivisions, _subdivisionRows } from "../subdivisions/subdivision";
import { TH_SUBDIVISION_CODES, TH_SUBDIVISION_TABLE } from "./subdivisions.generated";

const SOURCE = "ISO 3166-2 via Debian iso-codes 4.15.0-1";

// iso-codes has no Thai name for TH-10 and TH-38: the researcher filled them in by hand, so those two
// rows are unverified against a registry. The table (data/subdivisions/TH.csv) says so in its
// local_name_source column, which the generated table carries as `localNameFilledByHand`.
const HAND_FILLED = `${SOURCE}; Thai name filled in by hand, not in the iso-codes Thai catalogue (unverified)`;

/**
 * The ISO 3166-2 subdivision codes of Thailand, in code order.
 * 78 codes: 76 provinces, TH-10 Bangkok (metropolitan administration) and TH-S Pattaya (special administrative city).
 *
 * @example
 * ```ts
 * import { THAI_SUBDIVISION_CODES } from "@tipx/schema";
 * THAI_SUBDIVISION_CODES.length; // 78
 * ```
 */
export const THAI_SUBDIVISION_CODES = TH_SUBDIVISION_CODES;

/** An ISO 3166-2 subdivision code of Thailand. */
export type ThaiSubdivisionCode = (typeof THAI_SUBDIVISION_CODES)[number];

/**
 * The subdivisions of Thailand as a code list, with the ISO name (its label; the catalogues hold the local name), type, source and verified
 * flag per code. The hand-filled Thai names of TH-10 and TH-38 are `verified: false`.
 *
 * @see ISO 3166-2:TH, as published in Debian iso-codes 4.15.0-1
 * @example
 * ```ts
 * import { codeLabel, thaiSubdivisions } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * thaiSubdivisions.meta["TH-63"].label; // "Tak"
 * codeLabel(thaiSubdivisions, "TH-63", th); // "ตาก"
 * ```
 */
export const thaiSubdivisions = _defineSubdivisions({
  country: "TH",
  name: "Thai provinces (ISO 3166-2:TH)",
  source: SOURCE,
  codes: THAI_SUBDIVISION_CODES,
  rows: _subdivisionRows(TH_SUBDIVISION_TABLE, SOURCE, HAND_FILLED),
});
