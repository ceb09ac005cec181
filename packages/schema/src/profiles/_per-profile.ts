import { PROFILE_CODES, type ProfileCode } from "./registry";

/**
 * Builds a table keyed by every profile code, in registry order: how the tables by country
 * (`AGENCIES`, `PHONE_PLANS`, ...) derive from the registry instead of listing the countries again.
 */
/* @__NO_SIDE_EFFECTS__ */
export function _perProfile<T>(pick: (code: ProfileCode) => T): { readonly [K in ProfileCode]: T } {
  const table = {} as { [K in ProfileCode]: T };
  for (const code of PROFILE_CODES) table[code] = pick(code);
  return table;
}
