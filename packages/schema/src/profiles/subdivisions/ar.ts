import { _defineSubdivisions, type _SubdivisionRow } from "./subdivision";

const SOURCE = "ISO 3166-2 via iso-codes 4.15.0-1 [S40]; DOMAIN.md §6.3–6.4; shared/reference/subdivisions/AR.csv";

// The ISO names are already the local names (shared/reference/subdivisions/SOURCE.md).
function _row(name: string, type: _SubdivisionRow["type"]): _SubdivisionRow {
  return { name, localName: name, type, source: SOURCE, verified: true };
}

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
export const ARGENTINE_SUBDIVISION_CODES = [
  "AR-A", "AR-B", "AR-C", "AR-D", "AR-E", "AR-F", "AR-G", "AR-H", "AR-J", "AR-K", "AR-L", "AR-M", "AR-N",
  "AR-P", "AR-Q", "AR-R", "AR-S", "AR-T", "AR-U", "AR-V", "AR-W", "AR-X", "AR-Y", "AR-Z",
] as const;

/** An ISO 3166-2 subdivision code of Argentina. */
export type ArgentineSubdivisionCode = (typeof ARGENTINE_SUBDIVISION_CODES)[number];

/**
 * The subdivisions of Argentina as a code list, with English and local names, type, source and verified
 * flag per code.
 *
 * @see DOMAIN.md §6.3–6.4; shared/reference/subdivisions/AR.csv
 * @example
 * ```ts
 * import { argentineSubdivisions } from "@tipx/schema";
 * argentineSubdivisions.meta["AR-C"].type; // "City"
 * ```
 */
export const argentineSubdivisions = _defineSubdivisions({
  country: "AR",
  name: { en: "Argentine provinces (ISO 3166-2:AR)", th: "จังหวัดของอาร์เจนตินา (ISO 3166-2:AR)", es: "Provincias de Argentina (ISO 3166-2:AR)" },
  source: SOURCE,
  codes: ARGENTINE_SUBDIVISION_CODES,
  rows: {
    "AR-A": _row("Salta", "Province"),
    "AR-B": _row("Buenos Aires", "Province"),
    "AR-C": _row("Ciudad Autónoma de Buenos Aires", "City"),
    "AR-D": _row("San Luis", "Province"),
    "AR-E": _row("Entre Ríos", "Province"),
    "AR-F": _row("La Rioja", "Province"),
    "AR-G": _row("Santiago del Estero", "Province"),
    "AR-H": _row("Chaco", "Province"),
    "AR-J": _row("San Juan", "Province"),
    "AR-K": _row("Catamarca", "Province"),
    "AR-L": _row("La Pampa", "Province"),
    "AR-M": _row("Mendoza", "Province"),
    "AR-N": _row("Misiones", "Province"),
    "AR-P": _row("Formosa", "Province"),
    "AR-Q": _row("Neuquén", "Province"),
    "AR-R": _row("Río Negro", "Province"),
    "AR-S": _row("Santa Fe", "Province"),
    "AR-T": _row("Tucumán", "Province"),
    "AR-U": _row("Chubut", "Province"),
    "AR-V": _row("Tierra del Fuego", "Province"),
    "AR-W": _row("Corrientes", "Province"),
    "AR-X": _row("Córdoba", "Province"),
    "AR-Y": _row("Jujuy", "Province"),
    "AR-Z": _row("Santa Cruz", "Province"),
  },
});
