import { _LOCALE_SOURCE, type ProfileLocale } from "../locales/locale";

/** The locales of Thailand, the primary one first. */
export const thaiLocales: readonly ProfileLocale[] = [
  {
    tag: "th-TH",
    country: "TH",
    language: "th",
    messageLang: "th",
    intlLocale: "th-TH",
    calendar: "buddhist",
    firstDayOfWeek: "sunday",
    source: _LOCALE_SOURCE,
    verified: true,
  },
];
