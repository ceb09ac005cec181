import { _perProfile } from "./_per-profile";
import type { CountryProfile } from "./profile";
import type { ProfileCode } from "./profile-code";
import { PROFILE_DATA } from "./profile-data";
import { profileRules } from "./rules";

/**
 * The country profiles, keyed by code: Thailand, Liberia, Paraguay and Argentina. Each is its folder's
 * data (`profiles/th/`, ...) with the rules it adds to `validate()`.
 *
 * @example
 * ```ts
 * import { profiles } from "@tipx/schema";
 * profiles.TH.subdivisions.codes.length; // 78
 * profiles.PY.locales.map((locale) => locale.tag); // ["es-PY", "gn-PY"]
 * ```
 */
export const profiles: { readonly [K in ProfileCode]: CountryProfile } = /* @__PURE__ */ _perProfile((code) => ({
  ...PROFILE_DATA[code],
  rules: profileRules(code),
}));
