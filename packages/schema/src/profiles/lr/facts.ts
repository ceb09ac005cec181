import { _COUNTRY_FACTS_SOURCE, _isoCodes, type CountryFacts } from "../country/country-facts";

/** ISO facts about Liberia: codes, names, currency, official languages. */
export const liberianFacts: CountryFacts = {
  ..._isoCodes("LR"),
  officialName: "Republic of Liberia",
  currency: { code: "LRD", numeric: "430", name: "Liberian Dollar", minorUnits: 2 },
  officialLanguages: ["en"],
  source: _COUNTRY_FACTS_SOURCE,
  verified: true,
};
