import type { Sourced } from "../_sourced";
import type { ProfileCode } from "../profile-code";

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

const SOURCE = "shared/reference/countries.csv; DOMAIN.md §6.2 [S39] (libphonenumber-js 1.13.16 metadata)";

/**
 * The numbering facts of each profile country.
 *
 * @see DOMAIN.md §6.2; shared/reference/countries.csv
 * @example
 * ```ts
 * import { PHONE_PLANS } from "@tipx/schema";
 * PHONE_PLANS.TH.callingCode; // "66"
 * PHONE_PLANS.PY.nationalNumberLengths; // [6, 7, 8, 9, 10, 11]
 * ```
 */
export const PHONE_PLANS: { readonly [K in ProfileCode]: PhonePlan } = {
  TH: {
    country: "TH",
    callingCode: "66",
    trunkPrefix: "0",
    internationalPrefix: "00[1-9]",
    nationalNumberLengths: [8, 9, 10, 13],
    fixedLineLengths: [8],
    mobileLengths: [9],
    source: SOURCE,
    verified: true,
  },
  LR: {
    country: "LR",
    callingCode: "231",
    trunkPrefix: "0",
    internationalPrefix: "00",
    nationalNumberLengths: [7, 8, 9],
    fixedLineLengths: [8],
    mobileLengths: [7, 9],
    source: SOURCE,
    verified: true,
  },
  PY: {
    country: "PY",
    callingCode: "595",
    trunkPrefix: "0",
    internationalPrefix: "00",
    nationalNumberLengths: [6, 7, 8, 9, 10, 11],
    fixedLineLengths: [7, 8, 9],
    mobileLengths: [9],
    source: SOURCE,
    verified: true,
  },
  AR: {
    country: "AR",
    callingCode: "54",
    trunkPrefix: "0",
    internationalPrefix: "00",
    nationalNumberLengths: [10, 11],
    fixedLineLengths: [10],
    // In international form an Argentine mobile number takes a 9 after +54, hence 11 digits.
    mobileLengths: [10, 11],
    source: SOURCE,
    verified: true,
  },
};
