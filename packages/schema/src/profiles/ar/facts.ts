import { _COUNTRY_FACTS_SOURCE, _isoCodes, type CountryFacts } from "../country/country-facts";

/** ISO facts about Argentina: codes, names, currency, official languages. */
export const argentineFacts: CountryFacts = {
  ..._isoCodes("AR"),
  officialName: "Argentine Republic",
  currency: { code: "ARS", numeric: "032", name: "Argentine Peso", minorUnits: 2 },
  officialLanguages: ["es"],
  source: _COUNTRY_FACTS_SOURCE,
  verified: true,
};
