import { _defineSubdivisions, type _SubdivisionRow } from "./subdivision";

const SOURCE = "ISO 3166-2 via iso-codes 4.15.0-1 [S40]; DOMAIN.md §6.3–6.4; shared/reference/subdivisions/PY.csv";

// The ISO names are already the local names (shared/reference/subdivisions/SOURCE.md).
function _row(name: string, type: _SubdivisionRow["type"]): _SubdivisionRow {
  return { name, localName: name, type, source: SOURCE, verified: true };
}

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
export const PARAGUAYAN_SUBDIVISION_CODES = [
  "PY-1", "PY-2", "PY-3", "PY-4", "PY-5", "PY-6", "PY-7", "PY-8", "PY-9", "PY-10", "PY-11", "PY-12", "PY-13",
  "PY-14", "PY-15", "PY-16", "PY-19", "PY-ASU",
] as const;

/** An ISO 3166-2 subdivision code of Paraguay. */
export type ParaguayanSubdivisionCode = (typeof PARAGUAYAN_SUBDIVISION_CODES)[number];

/**
 * The subdivisions of Paraguay as a code list, with English and local names, type, source and verified
 * flag per code.
 *
 * @see DOMAIN.md §6.3–6.4; shared/reference/subdivisions/PY.csv
 * @example
 * ```ts
 * import { paraguayanSubdivisions } from "@tipx/schema";
 * paraguayanSubdivisions.meta["PY-ASU"].name; // "Asunción"
 * ```
 */
export const paraguayanSubdivisions = _defineSubdivisions({
  country: "PY",
  name: { en: "Paraguayan departments (ISO 3166-2:PY)", th: "จังหวัดของปารากวัย (ISO 3166-2:PY)", es: "Departamentos de Paraguay (ISO 3166-2:PY)" },
  source: SOURCE,
  codes: PARAGUAYAN_SUBDIVISION_CODES,
  rows: {
    "PY-1": _row("Concepción", "Department"),
    "PY-2": _row("San Pedro", "Department"),
    "PY-3": _row("Cordillera", "Department"),
    "PY-4": _row("Guairá", "Department"),
    "PY-5": _row("Caaguazú", "Department"),
    "PY-6": _row("Caazapá", "Department"),
    "PY-7": _row("Itapúa", "Department"),
    "PY-8": _row("Misiones", "Department"),
    "PY-9": _row("Paraguarí", "Department"),
    "PY-10": _row("Alto Paraná", "Department"),
    "PY-11": _row("Central", "Department"),
    "PY-12": _row("Ñeembucú", "Department"),
    "PY-13": _row("Amambay", "Department"),
    "PY-14": _row("Canindeyú", "Department"),
    "PY-15": _row("Presidente Hayes", "Department"),
    "PY-16": _row("Alto Paraguay", "Department"),
    "PY-19": _row("Boquerón", "Department"),
    "PY-ASU": _row("Asunción", "Capital"),
  },
});
