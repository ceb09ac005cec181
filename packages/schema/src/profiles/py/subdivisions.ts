import { _defineSubdivisions, _subdivisionRows } from "../subdivisions/subdivision";
import { PY_SUBDIVISION_CODES, PY_SUBDIVISION_TABLE } from "./subdivisions.generated";

const SOURCE = "ISO 3166-2 via Debian iso-codes 4.15.0-1";

/**
 * The ISO 3166-2 subdivision codes of Paraguay, in code order.
 * 18 codes: 17 departments (PY-1 to PY-16 and PY-19; there is no PY-17 or PY-18) and PY-ASU, the capital Asunción.
 *
 * @example
 * ```ts
 * import { PARAGUAYAN_SUBDIVISION_CODES } from "@tipx/schema";
 * PARAGUAYAN_SUBDIVISION_CODES.length; // 18
 * ```
 */
export const PARAGUAYAN_SUBDIVISION_CODES = PY_SUBDIVISION_CODES;

/** An ISO 3166-2 subdivision code of Paraguay. */
export type ParaguayanSubdivisionCode = (typeof PARAGUAYAN_SUBDIVISION_CODES)[number];

/**
 * The subdivisions of Paraguay as a code list, with the ISO name (its label; the catalogues hold the local name), type, source and verified
 * flag per code.
 *
 * @see ISO 3166-2:PY, as published in Debian iso-codes 4.15.0-1
 * @example
 * ```ts
 * import { paraguayanSubdivisions } from "@tipx/schema";
 * paraguayanSubdivisions.meta["PY-ASU"].name; // "Asunción"
 * ```
 */
export const paraguayanSubdivisions = _defineSubdivisions({
  country: "PY",
  name: "Paraguayan departments (ISO 3166-2:PY)",
  source: SOURCE,
  codes: PARAGUAYAN_SUBDIVISION_CODES,
  rows: _subdivisionRows(PY_SUBDIVISION_TABLE, SOURCE),
});
