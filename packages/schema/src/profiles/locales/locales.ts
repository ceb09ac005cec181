import { _perProfile } from "../_per-profile";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import type { ProfileLocale } from "./locale";

/**
 * The locales of each profile country, the primary one first: th-TH, en-LR, es-PY and gn-PY (Guarani,
 * which falls back to Spanish), es-AR. Each country states its own in `profiles/<cc>/locales.ts`.
 *
 * @see Unicode CLDR 48 supplemental data; BCP 47 (RFC 5646)
 * @example
 * ```ts
 * import { PROFILE_LOCALES } from "@tipx/schema";
 * PROFILE_LOCALES.TH[0]?.calendar; // "buddhist"
 * ```
 */
export const PROFILE_LOCALES: { readonly [K in ProfileCode]: readonly ProfileLocale[] } = /* @__PURE__ */ _perProfile(
  (code) => PROFILE_DATA[code].locales,
);

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
