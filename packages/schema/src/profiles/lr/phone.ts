import { _PHONE_PLAN_SOURCE, type PhonePlan } from "../phone/plan";

/** Liberia's telephone numbering facts. */
export const liberianPhonePlan: PhonePlan = {
  country: "LR",
  callingCode: "231",
  trunkPrefix: "0",
  internationalPrefix: "00",
  nationalNumberLengths: [7, 8, 9],
  fixedLineLengths: [8],
  mobileLengths: [7, 9],
  source: _PHONE_PLAN_SOURCE,
  verified: true,
};
