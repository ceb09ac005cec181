import type { ProfileCode } from "../profile-code";
import type { Sourced } from "../sourced";

/**
 * A country's telephone numbering facts: E.164 calling code, national trunk prefix and the lengths a
 * national significant number (the digits after the calling code, without the trunk prefix) can have.
 *
 * @example
 * ```ts
 * import type { PhonePlan } from "@tipx/schema";
 * import { PHONE_PLANS } from "@tipx/schema";
 * const plan: PhonePlan = PHONE_PLANS.LR;
 * plan.mobileLengths; // [7, 9]
 * ```
 */
export interface PhonePlan extends Sourced {
  /** The country. */
  readonly country: ProfileCode;
  /** The E.164 country calling code, digits only (`"66"` for +66). */
  readonly callingCode: string;
  /** The prefix dialled before a national number inside the country (`"0"`); E.164 leaves it out. */
  readonly trunkPrefix: string;
  /** The international call prefix, as a regular expression source (`"00"`, or `"00[1-9]"` for Thailand). */
  readonly internationalPrefix: string;
  /** Every length a national significant number can have. */
  readonly nationalNumberLengths: readonly number[];
  /** The lengths of fixed-line national numbers. */
  readonly fixedLineLengths: readonly number[];
  /** The lengths of mobile national numbers. */
  readonly mobileLengths: readonly number[];
}

/** The source of the profiles' numbering facts: ITU-T E.164 and libphonenumber's metadata. */
export const _PHONE_PLAN_SOURCE =
  "ITU-T E.164 country calling codes; trunk prefixes and national number lengths from libphonenumber metadata (libphonenumber-js 1.13.16)";
