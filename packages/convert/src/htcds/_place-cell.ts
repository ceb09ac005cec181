// A place (vic_LocationOfRecruitment, vic_LocationOfExploitation: lookups in HTCDS) written in one cell as
// "locality, subdivision, country": the parts the place has, in that order. The subdivision is an
// ISO 3166-2 code and the country an ISO 3166-1 alpha-2 code; what precedes them is the locality.
import { COUNTRY_CODES } from "@tipx/schema";

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);

const SUBDIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const SEPARATOR = ", ";

/** The parts of a place one cell carries. */
export interface _CellPlace {
  locality?: string;
  subdivision?: string;
  country?: string;
}

/** A place as one cell. */
export function _writePlace(place: _CellPlace): string {
  return [place.locality, place.subdivision, place.country].filter((p) => p !== undefined).join(SEPARATOR);
}

/** A place cell's parts; an empty result when the cell holds nothing. */
export function _readPlace(cell: string): _CellPlace {
  const parts = cell.split(",").map((p) => p.trim());
  const place: _CellPlace = {};
  const last = parts.at(-1);
  if (last !== undefined && COUNTRIES.has(last)) {
    place.country = last;
    parts.pop();
  }
  const next = parts.at(-1);
  if (next !== undefined && SUBDIVISION.test(next)) {
    place.subdivision = next;
    parts.pop();
  }
  const locality = parts.join(SEPARATOR).trim();
  if (locality !== "") place.locality = locality;
  return place;
}
