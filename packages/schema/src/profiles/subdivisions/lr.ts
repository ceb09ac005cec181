import { _defineSubdivisions, type _SubdivisionRow } from "./subdivision";

const SOURCE = "ISO 3166-2 via iso-codes 4.15.0-1 [S40]; DOMAIN.md §6.3–6.4; shared/reference/subdivisions/LR.csv";

// The ISO names are already the local names (shared/reference/subdivisions/SOURCE.md).
function _row(name: string, type: _SubdivisionRow["type"]): _SubdivisionRow {
  return { name, localName: name, type, source: SOURCE, verified: true };
}

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
export const LIBERIAN_SUBDIVISION_CODES = [
  "LR-BG", "LR-BM", "LR-CM", "LR-GB", "LR-GG", "LR-GK", "LR-GP", "LR-LO", "LR-MG", "LR-MO", "LR-MY", "LR-NI",
  "LR-RG", "LR-RI", "LR-SI",
] as const;

/** An ISO 3166-2 subdivision code of Liberia. */
export type LiberianSubdivisionCode = (typeof LIBERIAN_SUBDIVISION_CODES)[number];

/**
 * The subdivisions of Liberia as a code list, with English and local names, type, source and verified
 * flag per code.
 *
 * @see DOMAIN.md §6.3–6.4; shared/reference/subdivisions/LR.csv
 * @example
 * ```ts
 * import { liberianSubdivisions } from "@tipx/schema";
 * liberianSubdivisions.meta["LR-MO"].name; // "Montserrado"
 * ```
 */
export const liberianSubdivisions = _defineSubdivisions({
  country: "LR",
  name: { en: "Liberian counties (ISO 3166-2:LR)", th: "เคาน์ตีของไลบีเรีย (ISO 3166-2:LR)", es: "Condados de Liberia (ISO 3166-2:LR)" },
  source: SOURCE,
  codes: LIBERIAN_SUBDIVISION_CODES,
  rows: {
    "LR-BG": _row("Bong", "County"),
    "LR-BM": _row("Bomi", "County"),
    "LR-CM": _row("Grand Cape Mount", "County"),
    "LR-GB": _row("Grand Bassa", "County"),
    "LR-GG": _row("Grand Gedeh", "County"),
    "LR-GK": _row("Grand Kru", "County"),
    "LR-GP": _row("Gbarpolu", "County"),
    "LR-LO": _row("Lofa", "County"),
    "LR-MG": _row("Margibi", "County"),
    "LR-MO": _row("Montserrado", "County"),
    "LR-MY": _row("Maryland", "County"),
    "LR-NI": _row("Nimba", "County"),
    "LR-RG": _row("River Gee", "County"),
    "LR-RI": _row("River Cess", "County"),
    "LR-SI": _row("Sinoe", "County"),
  },
});
