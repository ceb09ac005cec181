import { _PHONE_PLAN_SOURCE, type PhonePlan } from "../phone/plan";

/** Paraguay's telephone numbering facts. */
export const paraguayanPhonePlan: PhonePlan = {
  country: "PY",
  callingCode: "595",
  trunkPrefix: "0",
  internationalPrefix: "00",
  nationalNumberLengths: [6, 7, 8, 9, 10, 11],
  fixedLineLengths: [7, 8, 9],
  mobileLengths: [9],
  source: _PHONE_PLAN_SOURCE,
  verified: true,
};
