import { _PHONE_PLAN_SOURCE, type PhonePlan } from "../phone/plan";

/** Argentina's telephone numbering facts. */
export const argentinePhonePlan: PhonePlan = {
  country: "AR",
  callingCode: "54",
  trunkPrefix: "0",
  internationalPrefix: "00",
  nationalNumberLengths: [10, 11],
  fixedLineLengths: [10],
  // In international form an Argentine mobile number takes a 9 after +54, hence 11 digits.
  mobileLengths: [10, 11],
  source: _PHONE_PLAN_SOURCE,
  verified: true,
};
