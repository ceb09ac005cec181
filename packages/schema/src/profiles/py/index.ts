import { GREGORIAN_CALENDAR } from "../calendar/calendar";
import { _noIdentification } from "../identification/identification";
import { passportNumber } from "../identifiers/passport-number";
import type { ProfileData } from "../profile";
import { paraguayanAgencies } from "./agencies";
import { paraguayanChildLabourAges } from "./ages";
import { paraguay } from "./country";
import { paraguayanFacts } from "./facts";
import { PARAGUAYAN_IDENTIFIERS } from "./identifiers";
import { paraguayanLegalInstruments } from "./law";
import { paraguayanLocales } from "./locales";
import { paraguayanPhonePlan } from "./phone";
import { paraguayanSubdivisions } from "./subdivisions";

/**
 * Paraguay's profile data, assembled from this folder: ISO facts, identity numbers (its own, then
 * passports), subdivisions, telephone numbering, locales, calendar, law, agencies, child-labour
 * ages and identification. `profiles.PY` adds the rules.
 */
export const paraguayanProfileData: ProfileData = {
  code: paraguay.code,
  country: paraguayanFacts,
  identifiers: [...Object.values(PARAGUAYAN_IDENTIFIERS), passportNumber],
  subdivisions: paraguayanSubdivisions,
  phone: paraguayanPhonePlan,
  locales: paraguayanLocales,
  calendar: GREGORIAN_CALENDAR,
  law: paraguayanLegalInstruments,
  agencies: paraguayanAgencies,
  childLabour: paraguayanChildLabourAges,
  identification: _noIdentification(paraguay.code, "Paraguayan"),
};
