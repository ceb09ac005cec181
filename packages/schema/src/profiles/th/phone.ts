import { _PHONE_PLAN_SOURCE, type PhonePlan } from "../phone/plan";

/** Thailand's telephone numbering facts. */
export const thaiPhonePlan: PhonePlan = {
  country: "TH",
  callingCode: "66",
  trunkPrefix: "0",
  internationalPrefix: "00[1-9]",
  nationalNumberLengths: [8, 9, 10, 13],
  fixedLineLengths: [8],
  mobileLengths: [9],
  source: _PHONE_PLAN_SOURCE,
  verified: true,
};
