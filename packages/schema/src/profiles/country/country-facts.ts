import { COUNTRY_DETAILS, countries } from "../../codelists/countries";
import type { ProfileCode } from "../profile-code";
import type { Sourced } from "../sourced";

/**
 * ISO facts about a profile country: codes, names, currency, official languages.
 *
 * @example
 * ```ts
 * import { COUNTRY_FACTS, type CountryFacts } from "@tipx/schema";
 * const paraguay: CountryFacts = COUNTRY_FACTS.PY;
 * paraguay.currency.minorUnits; // 0
 * ```
 */
export interface CountryFacts extends Sourced {
  /** ISO 3166-1 alpha-2. */
  readonly alpha2: ProfileCode;
  /** ISO 3166-1 alpha-3. */
  readonly alpha3: string;
  /** ISO 3166-1 numeric, three digits. */
  readonly numeric: string;
  /** The short English name. */
  readonly name: string;
  /** The official English name. */
  readonly officialName: string;
  /** The ISO 4217 currency. */
  readonly currency: {
    /** The alphabetic code, such as `"THB"`. */
    readonly code: string;
    /** The numeric code, three digits. */
    readonly numeric: string;
    /** The currency's English name. */
    readonly name: string;
    /** The number of minor-unit digits (0 for the guaraní). */
    readonly minorUnits: number;
  };
  /** The official languages per CLDR, ISO 639-1. */
  readonly officialLanguages: readonly string[];
}

/** The source of the profiles' country facts. */
export const _COUNTRY_FACTS_SOURCE =
  "ISO 3166-1 and ISO 4217 via Debian iso-codes 4.15.0-1; official languages: Unicode CLDR 48 territoryInfo";

/** The ISO 3166-1 codes and English name, taken from the ISO code list rather than restated. */
export function _isoCodes(code: ProfileCode): Pick<CountryFacts, "alpha2" | "alpha3" | "numeric" | "name"> {
  return {
    alpha2: code,
    alpha3: COUNTRY_DETAILS[code].alpha3,
    numeric: COUNTRY_DETAILS[code].numeric,
    name: countries.meta[code].label,
  };
}
