import { GREGORIAN_CALENDAR } from "../calendar/calendar";
import { passportNumber } from "../identifiers/passport-number";
import type { ProfileData } from "../profile";
import { liberianAgencies } from "./agencies";
import { liberianChildLabourAges } from "./ages";
import { liberia } from "./country";
import { liberianFacts } from "./facts";
import { liberianIdentification } from "./identification";
import { LIBERIAN_IDENTIFIERS } from "./identifiers";
import { liberianLegalInstruments } from "./law";
import { liberianLocales } from "./locales";
import { liberianPhonePlan } from "./phone";
import { liberianSubdivisions } from "./subdivisions";

/**
 * Liberia's profile data, assembled from this folder: ISO facts, identity numbers (its own, then
 * passports), subdivisions, telephone numbering, locales, calendar, law, agencies, child-labour
 * ages and identification. `profiles.LR` adds the rules.
 */
export const liberianProfileData: ProfileData = {
  code: liberia.code,
  country: liberianFacts,
  identifiers: [...Object.values(LIBERIAN_IDENTIFIERS), passportNumber],
  subdivisions: liberianSubdivisions,
  phone: liberianPhonePlan,
  locales: liberianLocales,
  calendar: GREGORIAN_CALENDAR,
  law: liberianLegalInstruments,
  agencies: liberianAgencies,
  childLabour: liberianChildLabourAges,
  identification: liberianIdentification,
};
