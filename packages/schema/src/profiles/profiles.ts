import { AGENCIES } from "./agencies/agencies";
import type { ProfileCalendar } from "./calendar/calendar";
import { CHILD_LABOUR_AGES } from "./child-labour/ages";
import { COUNTRY_FACTS } from "./country/facts";
import { identifierSpecsOf } from "./identifiers/specs";
import { LEGAL_INSTRUMENTS } from "./law/instruments";
import { PROFILE_LOCALES } from "./locales/locales";
import { PHONE_PLANS } from "./phone/plans";
import type { CountryProfile } from "./profile";
import type { ProfileCode } from "./profile-code";
import { profileRules } from "./rules";
import { SUBDIVISIONS } from "./subdivisions/subdivisions";

const GREGORIAN: ProfileCalendar = {
  kind: "gregorian",
  eraOffset: 0,
  numericDateOrder: "day-month-year",
  source: "shared/reference/countries.csv (default_calendar_cldr); DOMAIN.md §6.3 [S41]",
  verified: true,
};

const CALENDARS: { readonly [K in ProfileCode]: ProfileCalendar } = {
  TH: {
    kind: "buddhist",
    eraOffset: 543,
    numericDateOrder: "day-month-year",
    source: "DOMAIN.md §6.3 [S42a][S42b][S41]; shared/reference/countries.csv",
    verified: true,
  },
  LR: GREGORIAN,
  PY: GREGORIAN,
  AR: GREGORIAN,
};

/** Assembles one country's profile from the per-topic tables. */
function _profile(code: ProfileCode): CountryProfile {
  return {
    code,
    country: COUNTRY_FACTS[code],
    identifiers: identifierSpecsOf(code),
    subdivisions: SUBDIVISIONS[code],
    phone: PHONE_PLANS[code],
    locales: PROFILE_LOCALES[code],
    calendar: CALENDARS[code],
    law: LEGAL_INSTRUMENTS[code],
    agencies: AGENCIES[code],
    childLabour: CHILD_LABOUR_AGES[code],
    rules: profileRules(code),
  };
}

/**
 * The four country profiles, keyed by code: Thailand, Liberia, Paraguay and Argentina.
 *
 * @see DESIGN.md §5; shared/reference/DOMAIN.md §3, §5, §6
 * @example
 * ```ts
 * import { profiles } from "@tipx/schema";
 * profiles.TH.subdivisions.codes.length; // 78
 * profiles.PY.locales.map((locale) => locale.tag); // ["es-PY", "gn-PY"]
 * ```
 */
export const profiles: { readonly [K in ProfileCode]: CountryProfile } = {
  TH: /* @__PURE__ */ _profile("TH"),
  LR: /* @__PURE__ */ _profile("LR"),
  PY: /* @__PURE__ */ _profile("PY"),
  AR: /* @__PURE__ */ _profile("AR"),
};
