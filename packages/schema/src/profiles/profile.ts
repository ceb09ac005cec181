import type { ProfileRule } from "../rules/rule";
import type { AgencyList } from "./agencies/agency";
import type { ProfileCalendar } from "./calendar/calendar";
import type { ChildLabourAges } from "./child-labour/age-limit";
import type { CountryFacts } from "./country/country-facts";
import type { IdentificationFacts } from "./identification/identification";
import type { IdentifierSpec } from "./identifiers/spec";
import type { LegalInstrumentList } from "./law/instrument";
import type { ProfileLocale } from "./locales/locale";
import type { PhonePlan } from "./phone/plan";
import type { ProfileCode } from "./profile-code";
import type { SubdivisionList } from "./subdivisions/subdivision";

/**
 * A country profile: what tipx knows about one country (plain data, each fact with its source and
 * verified flag) and the rules it adds to `validate()`.
 *
 * @example
 * ```ts
 * import { profiles, type CountryProfile } from "@tipx/schema";
 * const argentina: CountryProfile = profiles.AR;
 * argentina.identifiers.map((spec) => spec.kind); // ["AR-DNI", "AR-CUIL", "AR-CUIT", "passport"]
 * ```
 */
export interface CountryProfile {
  /** The profile code, the country's ISO 3166-1 alpha-2 code. */
  readonly code: ProfileCode;
  /** ISO codes, names, currency and official languages. */
  readonly country: CountryFacts;
  /** The identity number kinds the profile checks: the country's own, then passports. */
  readonly identifiers: readonly IdentifierSpec[];
  /** The ISO 3166-2 subdivisions. */
  readonly subdivisions: SubdivisionList;
  /** Calling code, trunk prefix and national number lengths. */
  readonly phone: PhonePlan;
  /** The locales, primary first. */
  readonly locales: readonly ProfileLocale[];
  /** The calendar documents use. */
  readonly calendar: ProfileCalendar;
  /** The anti-trafficking legal instruments and their sections. */
  readonly law: LegalInstrumentList;
  /** The lead anti-trafficking bodies. */
  readonly agencies: AgencyList;
  /** The child-labour ages. */
  readonly childLabour: ChildLabourAges;
  /** How victims are identified: referral mechanisms, procedures and the protection period. */
  readonly identification: IdentificationFacts;
  /**
   * The rules the profile adds to `validate()` (codes TIPX3xx); each returns whether the bundle held
   * anything it looks at.
   */
  readonly rules: readonly ProfileRule[];
}

/**
 * A country profile without its rules: what a country's folder assembles (`profiles/th/index.ts`).
 * `profiles` adds the rules, which look across countries (another profile's agencies and law) and so
 * cannot be built inside one country's folder.
 */
export type ProfileData = Omit<CountryProfile, "rules">;
