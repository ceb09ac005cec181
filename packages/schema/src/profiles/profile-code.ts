import * as z from "zod";
import { isOneOf } from "../codelists/codelist";
import { PROFILE_CODES } from "./registry";

// The codes themselves are the registry's; this module adds the zod schema and the type guard.
export { PROFILE_CODES } from "./registry";

/**
 * A country profile code (the country's ISO 3166-1 alpha-2 code): the zod schema and, under the same
 * name, its type.
 *
 * @example
 * ```ts
 * import { ProfileCode } from "@tipx/schema";
 * const code: ProfileCode = ProfileCode.parse("TH");
 * ProfileCode.safeParse("BR").success; // false
 * ```
 */
export const ProfileCode = z.enum(PROFILE_CODES);
/** A country profile code: `"TH"`, `"LR"`, `"PY"` or `"AR"`. */
export type ProfileCode = z.infer<typeof ProfileCode>;

/**
 * Tells whether `value` is a profile code (a type guard).
 *
 * @example
 * ```ts
 * import { isProfileCode } from "@tipx/schema";
 * isProfileCode("AR"); // true
 * isProfileCode("ar"); // false
 * ```
 */
export function isProfileCode(value: unknown): value is ProfileCode {
  return isOneOf(PROFILE_CODES, value);
}
