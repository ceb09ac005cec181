import { _LOCALE_SOURCE, type ProfileLocale } from "../locales/locale";

/** The locales of Paraguay, the primary one first. */
export const paraguayanLocales: readonly ProfileLocale[] = [
  {
    tag: "es-PY",
    country: "PY",
    language: "es",
    messageLang: "es",
    intlLocale: "es-PY",
    calendar: "gregorian",
    firstDayOfWeek: "sunday",
    source: _LOCALE_SOURCE,
    verified: true,
  },
  {
    tag: "gn-PY",
    country: "PY",
    language: "gn",
    // tipx has no Guarani messages yet (anyone may add them); Spanish is the other official language.
    messageLang: "es",
    intlLocale: "es-PY",
    calendar: "gregorian",
    firstDayOfWeek: "sunday",
    source: `${_LOCALE_SOURCE}; ICU has no gn-PY data (DOMAIN.md §6.3 [S41b])`,
    verified: true,
  },
];
