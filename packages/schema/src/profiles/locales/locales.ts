import type { Lang } from "../../i18n/lang";
import type { Sourced } from "../_sourced";
import type { ProfileCode } from "../profile-code";

/**
 * A locale a profile country uses: its BCP 47 tag, the tipx language its messages are shown in, and
 * the locale to give `Intl` for dates and numbers.
 *
 * @example
 * ```ts
 * import { PROFILE_LOCALES, type ProfileLocale } from "@tipx/schema";
 * const guarani: ProfileLocale | undefined = PROFILE_LOCALES.PY[1];
 * guarani?.messageLang; // "es"
 * ```
 */
export interface ProfileLocale extends Sourced {
  /** The BCP 47 tag, such as `"th-TH"`. */
  readonly tag: string;
  /** The country. */
  readonly country: ProfileCode;
  /** The ISO 639-1 language code. */
  readonly language: string;
  /**
   * The tipx language messages are shown in: the locale's own language when tipx has it (th, en, es),
   * otherwise the fallback (Spanish for Guarani).
   */
  readonly messageLang: Lang;
  /**
   * The locale to pass to `Intl` formatters. ICU has no data for `gn-PY` and would fall back to
   * `en-US`, so Guarani uses `es-PY`.
   */
  readonly intlLocale: string;
  /** The calendar CLDR prefers for the country. */
  readonly calendar: "buddhist" | "gregorian";
  /** The first day of the week per CLDR, or `null` when the sources do not give it. */
  readonly firstDayOfWeek: "sunday" | "monday" | null;
}

const SOURCE = "shared/reference/countries.csv; DOMAIN.md §6.3 [S41][S41b]";

/**
 * The locales of each profile country, the primary one first: th-TH, en-LR, es-PY and gn-PY (Guarani,
 * which falls back to Spanish), es-AR.
 *
 * @see DOMAIN.md §6.3
 * @example
 * ```ts
 * import { PROFILE_LOCALES } from "@tipx/schema";
 * PROFILE_LOCALES.TH[0]?.calendar; // "buddhist"
 * ```
 */
export const PROFILE_LOCALES: { readonly [K in ProfileCode]: readonly ProfileLocale[] } = {
  TH: [
    {
      tag: "th-TH",
      country: "TH",
      language: "th",
      messageLang: "th",
      intlLocale: "th-TH",
      calendar: "buddhist",
      firstDayOfWeek: "sunday",
      source: SOURCE,
      verified: true,
    },
  ],
  LR: [
    {
      tag: "en-LR",
      country: "LR",
      language: "en",
      messageLang: "en",
      intlLocale: "en-LR",
      calendar: "gregorian",
      firstDayOfWeek: null,
      source: SOURCE,
      verified: true,
    },
  ],
  PY: [
    {
      tag: "es-PY",
      country: "PY",
      language: "es",
      messageLang: "es",
      intlLocale: "es-PY",
      calendar: "gregorian",
      firstDayOfWeek: "sunday",
      source: SOURCE,
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
      source: `${SOURCE}; ICU has no gn-PY data (DOMAIN.md §6.3 [S41b])`,
      verified: true,
    },
  ],
  AR: [
    {
      tag: "es-AR",
      country: "AR",
      language: "es",
      messageLang: "es",
      intlLocale: "es-AR",
      calendar: "gregorian",
      firstDayOfWeek: "monday",
      source: SOURCE,
      verified: true,
    },
  ],
};

/**
 * Finds the profile locale for a BCP 47 tag (letter case ignored).
 *
 * @returns The locale, or `undefined` when no profile has it.
 * @example
 * ```ts
 * import { findProfileLocale } from "@tipx/schema";
 * findProfileLocale("gn-py")?.intlLocale; // "es-PY"
 * ```
 */
export function findProfileLocale(tag: string): ProfileLocale | undefined {
  const wanted = tag.toLowerCase();
  for (const locales of Object.values(PROFILE_LOCALES)) {
    const found = locales.find((locale) => locale.tag.toLowerCase() === wanted);
    if (found !== undefined) return found;
  }
  return undefined;
}
