import { _defineSubdivisions, _subdivisionRows } from "../subdivisions/subdivision";
import { LR_SUBDIVISION_CODES, LR_SUBDIVISION_TABLE } from "./subdivisions.generated";

const SOURCE = "ISO 3166-2 via Debian iso-codes 4.15.0-1";

/**
 * The ISO 3166-2 subdivision codes of Liberia, in code order.
 * 15 codes: the 15 counties.
 *
 * @example
 * ```ts
 * import { LIBERIAN_SUBDIVISION_CODES } from "@tipx/schema";
 * LIBERIAN_SUBDIVISION_CODES.length; // 15
 * ```
 */
export const LIBERIAN_SUBDIVISION_CODES = LR_SUBDIVISION_CODES;

/** An ISO 3166-2 subdivision code of Liberia. */
export type LiberianSubdivisionCode = (typeof LIBERIAN_SUBDIVISION_CODES)[number];

/**
 * The subdivisions of Liberia as a code list, with the ISO name (its label; the catalogues hold the local name), type, source and verified
 * flag per code.
 *
 * @see ISO 3166-2:LR, as published in Debian iso-codes 4.15.0-1
 * @example
 * ```ts
 * import { liberianSubdivisions } from "@tipx/schema";
 * liberianSubdivisions.meta["LR-MO"].name; // "Montserrado"
 * ```
 */
export const liberianSubdivisions = _defineSubdivisions({
  country: "LR",
  name: "Liberian counties (ISO 3166-2:LR)",
  source: SOURCE,
  codes: LIBERIAN_SUBDIVISION_CODES,
  rows: _subdivisionRows(LR_SUBDIVISION_TABLE, SOURCE),
});
