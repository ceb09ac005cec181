import { GREGORIAN_CALENDAR } from "../calendar/calendar";
import { _noIdentification } from "../identification/identification";
import { passportNumber } from "../identifiers/passport-number";
import type { ProfileData } from "../profile";
import { argentineAgencies } from "./agencies";
import { argentineChildLabourAges } from "./ages";
import { argentina } from "./country";
import { argentineFacts } from "./facts";
import { ARGENTINE_IDENTIFIERS } from "./identifiers";
import { argentineLegalInstruments } from "./law";
import { argentineLocales } from "./locales";
import { argentinePhonePlan } from "./phone";
import { argentineSubdivisions } from "./subdivisions";

/**
 * Argentina's profile data, assembled from this folder: ISO facts, identity numbers (its own, then
 * passports), subdivisions, telephone numbering, locales, calendar, law, agencies, child-labour
 * ages and identification. `profiles.AR` adds the rules.
 */
export const argentineProfileData: ProfileData = {
  code: argentina.code,
  country: argentineFacts,
  identifiers: [...Object.values(ARGENTINE_IDENTIFIERS), passportNumber],
  subdivisions: argentineSubdivisions,
  phone: argentinePhonePlan,
  locales: argentineLocales,
  calendar: GREGORIAN_CALENDAR,
  law: argentineLegalInstruments,
  agencies: argentineAgencies,
  childLabour: argentineChildLabourAges,
  identification: _noIdentification(argentina.code, "Argentine"),
};
