import { _COUNTRY_FACTS_SOURCE, _isoCodes, type CountryFacts } from "../country/country-facts";

/** ISO facts about Paraguay: codes, names, currency, official languages. */
export const paraguayanFacts: CountryFacts = {
  ..._isoCodes("PY"),
  officialName: "Republic of Paraguay",
  currency: { code: "PYG", numeric: "600", name: "Guarani", minorUnits: 0 },
  officialLanguages: ["es", "gn"],
  source: _COUNTRY_FACTS_SOURCE,
  verified: true,
};
