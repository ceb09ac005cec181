import { _perProfile } from "../_per-profile";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import type { CountryFacts } from "./country-facts";

/**
 * ISO facts about each profile country (each stated in `profiles/<cc>/facts.ts`).
 *
 * @see DOMAIN.md §6.3; shared/reference/countries.csv
 * @example
 * ```ts
 * import { COUNTRY_FACTS } from "@tipx/schema";
 * COUNTRY_FACTS.AR.numeric; // "032"
 * ```
 */
export const COUNTRY_FACTS: { readonly [K in ProfileCode]: CountryFacts } = /* @__PURE__ */ _perProfile(
  (code) => PROFILE_DATA[code].country,
);
