import type { IdentifierSpec } from "./identifiers/spec";
import type { CountryProfile } from "./profile";
import type { ProfileCode } from "./profile-code";
import { profiles } from "./profiles";

/** An identifier spec without its functions: what {@link profileToJson} keeps. */
export type IdentifierSpecJson = Omit<IdentifierSpec, "normalize" | "check">;

/**
 * A country profile as JSON-safe data: {@link CountryProfile} without its rule functions, identifier
 * specs without `normalize` and `check` (their `normalization`, `pattern` and `checkDigit` describe
 * them as data), and a `tipx` version.
 *
 * @example
 * ```ts
 * import { profileToJson, type ProfileJson } from "@tipx/schema";
 * const thailand: ProfileJson = profileToJson("TH");
 * thailand.identifiers[0]?.pattern; // "^\\d{13}$"
 * ```
 */
export type ProfileJson = Omit<CountryProfile, "rules" | "identifiers"> & {
  /** The tipx model version the profile belongs to. */
  readonly tipx: "1.0";
  /** The identity number kinds, as data. */
  readonly identifiers: readonly IdentifierSpecJson[];
};

/**
 * Returns a country profile as plain JSON-safe data, for implementations in other languages: every
 * fact with its source and verified flag, regular expressions as source strings, no functions.
 * `JSON.stringify` of the result is the profile's JSON form.
 *
 * @example
 * ```ts
 * import { profileToJson } from "@tipx/schema";
 * const json = JSON.stringify(profileToJson("PY"));
 * JSON.parse(json).phone.callingCode; // "595"
 * ```
 */
export function profileToJson(code: ProfileCode): ProfileJson {
  const { rules: _rules, identifiers, ...data } = profiles[code];
  const profile: ProfileJson = {
    tipx: "1.0",
    ...data,
    identifiers: identifiers.map(({ normalize: _normalize, check: _check, ...spec }) => spec),
  };
  // A deep copy through JSON: the caller gets data it can change without touching the profile, and
  // anything not JSON-safe would show up here rather than in another language's parser.
  return JSON.parse(JSON.stringify(profile)) as ProfileJson;
}
