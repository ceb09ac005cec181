import { _LOCALE_SOURCE, type ProfileLocale } from "../locales/locale";

/** The locales of Argentina, the primary one first. */
export const argentineLocales: readonly ProfileLocale[] = [
  {
    tag: "es-AR",
    country: "AR",
    language: "es",
    messageLang: "es",
    intlLocale: "es-AR",
    calendar: "gregorian",
    firstDayOfWeek: "monday",
    source: _LOCALE_SOURCE,
    verified: true,
  },
];
