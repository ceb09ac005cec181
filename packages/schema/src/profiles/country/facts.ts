import { _perProfile } from "../_per-profile";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import type { CountryFacts } from "./country-facts";

/**
 * ISO facts about each profile country (each stated in `profiles/<cc>/facts.ts`).
 *
 * @see ISO 3166-1 and ISO 4217 (Debian iso-codes 4.15.0-1); Unicode CLDR 48 territoryInfo
 * @example
 * ```ts
 * import { COUNTRY_FACTS } from "@tipx/schema";
 * COUNTRY_FACTS.AR.numeric; // "032"
 * ```
 */
export const COUNTRY_FACTS: { readonly [K in ProfileCode]: CountryFacts } = /* @__PURE__ */ _perProfile(
  (code) => PROFILE_DATA[code].country,
);
