import { _defineSubdivisions, _subdivisionRows } from "../subdivisions/subdivision";
import { AR_SUBDIVISION_CODES, AR_SUBDIVISION_TABLE } from "./subdivisions.generated";

const SOURCE = "ISO 3166-2 via Debian iso-codes 4.15.0-1";

/**
 * The ISO 3166-2 subdivision codes of Argentina, in code order.
 * 24 codes: 23 provinces (letters; I and O unused) and AR-C, the Autonomous City of Buenos Aires.
 *
 * @example
 * ```ts
 * import { ARGENTINE_SUBDIVISION_CODES } from "@tipx/schema";
 * ARGENTINE_SUBDIVISION_CODES.length; // 24
 * ```
 */
export const ARGENTINE_SUBDIVISION_CODES = AR_SUBDIVISION_CODES;

/** An ISO 3166-2 subdivision code of Argentina. */
export type ArgentineSubdivisionCode = (typeof ARGENTINE_SUBDIVISION_CODES)[number];

/**
 * The subdivisions of Argentina as a code list, with the ISO name (its label; the catalogues hold the local name), type, source and verified
 * flag per code.
 *
 * @see ISO 3166-2:AR, as published in Debian iso-codes 4.15.0-1
 * @example
 * ```ts
 * import { argentineSubdivisions } from "@tipx/schema";
 * argentineSubdivisions.meta["AR-C"].type; // "City"
 * ```
 */
export const argentineSubdivisions = _defineSubdivisions({
  country: "AR",
  name: "Argentine provinces (ISO 3166-2:AR)",
  source: SOURCE,
  codes: ARGENTINE_SUBDIVISION_CODES,
  rows: _subdivisionRows(AR_SUBDIVISION_TABLE, SOURCE),
});
