import type { Lang } from "../../i18n/lang";
import type { ProfileCode } from "../profile-code";
import type { Sourced } from "../sourced";

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

/** The source of the profiles' locale facts: CLDR's supplemental data, checked against Node's Intl. */
export const _LOCALE_SOURCE =
  "Unicode CLDR 48 supplemental data (territoryInfo, calendarPreferenceData, weekData, likelySubtags); BCP 47 tags";
