import { passportNumber } from "../identifiers/passport-number";
import type { ProfileData } from "../profile";
import { thaiAgencies } from "./agencies";
import { thaiChildLabourAges } from "./ages";
import { thaiCalendar } from "./calendar";
import { thailand } from "./country";
import { thaiFacts } from "./facts";
import { thaiIdentification } from "./identification";
import { THAI_IDENTIFIERS } from "./identifiers";
import { thaiLegalInstruments } from "./law";
import { thaiLocales } from "./locales";
import { thaiPhonePlan } from "./phone";
import { thaiSubdivisions } from "./subdivisions";

/**
 * Thailand's profile data, assembled from this folder: ISO facts, identity numbers (its own, then
 * passports), subdivisions, telephone numbering, locales, calendar, law, agencies, child-labour
 * ages and identification. `profiles.TH` adds the rules.
 */
export const thaiProfileData: ProfileData = {
  code: thailand.code,
  country: thaiFacts,
  identifiers: [...Object.values(THAI_IDENTIFIERS), passportNumber],
  subdivisions: thaiSubdivisions,
  phone: thaiPhonePlan,
  locales: thaiLocales,
  calendar: thaiCalendar,
  law: thaiLegalInstruments,
  agencies: thaiAgencies,
  childLabour: thaiChildLabourAges,
  identification: thaiIdentification,
};
