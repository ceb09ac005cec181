import { _perProfile } from "../_per-profile";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import type { PhonePlan } from "./plan";

/**
 * The numbering facts of each profile country (each stated in `profiles/<cc>/phone.ts`).
 *
 * @see ITU-T Recommendation E.164; libphonenumber metadata (libphonenumber-js 1.13.16)
 * @example
 * ```ts
 * import { PHONE_PLANS } from "@tipx/schema";
 * PHONE_PLANS.TH.callingCode; // "66"
 * PHONE_PLANS.PY.nationalNumberLengths; // [6, 7, 8, 9, 10, 11]
 * ```
 */
export const PHONE_PLANS: { readonly [K in ProfileCode]: PhonePlan } = /* @__PURE__ */ _perProfile(
  (code) => PROFILE_DATA[code].phone,
);
