import { _COUNTRY_FACTS_SOURCE, _isoCodes, type CountryFacts } from "../country/country-facts";

/** ISO facts about Thailand: codes, names, currency, official languages. */
export const thaiFacts: CountryFacts = {
  ..._isoCodes("TH"),
  officialName: "Kingdom of Thailand",
  currency: { code: "THB", numeric: "764", name: "Baht", minorUnits: 2 },
  officialLanguages: ["th"],
  source: _COUNTRY_FACTS_SOURCE,
  verified: true,
};
