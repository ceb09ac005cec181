import { _LOCALE_SOURCE, type ProfileLocale } from "../locales/locale";

/** The locales of Liberia, the primary one first. */
export const liberianLocales: readonly ProfileLocale[] = [
  {
    tag: "en-LR",
    country: "LR",
    language: "en",
    messageLang: "en",
    intlLocale: "en-LR",
    calendar: "gregorian",
    firstDayOfWeek: null,
    source: _LOCALE_SOURCE,
    verified: true,
  },
];
