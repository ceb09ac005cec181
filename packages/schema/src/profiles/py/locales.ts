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
    source: `${_LOCALE_SOURCE}; ICU 78 has no gn-PY locale data (tested with Intl in Node 20)`,
    verified: true,
  },
];
