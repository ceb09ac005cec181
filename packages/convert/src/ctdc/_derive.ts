import { ageAt } from "@tipx/privacy";
import {
  COUNTRY_CODES,
  COUNTRY_DETAILS,
  INDUSTRY_SUBDIVISION_DETAILS,
  INDUSTRY_SUBDIVISIONS,
  isOneOf,
} from "@tipx/schema";
import {
  _EXPLOIT,
  _GENDER_2017,
  _GENDER_2024,
  _LABOUR_DIVISION,
  _LABOUR_SECTION,
  _MEANS_2017,
  _MEANS_2024,
  _RELATION,
  _SEX,
} from "./_codings";
import type { _Victim } from "./_victims";

/** The two CTDC codebooks the converters write and read. */
export type _Codebook = "2017" | "2024";

/** What a derivation gives: a flag, a code, or `undefined` for missing. */
export type _Value = boolean | string | undefined;

/** What a derivation reads: the victim, and a function to call with the pointer of every value it uses. */
export interface _Context {
  readonly v: _Victim;
  readonly codebook: _Codebook;
  use(pointer: string): void;
}

/** Derives one CTDC variable of one victim. */
export type _Derivation = (ctx: _Context) => _Value;

type ListKey =
  | "methodsOfControl"
  | "exploitationTypes"
  | "forcedCriminalityTypes"
  | "forcedLabourIndustries"
  | "sexExploitationTypes";

/** A flag from a list of the victim context: true when a code passes `test`, false when the list is known. */
function listFlag(ctx: _Context, key: ListKey, test: (code: string) => boolean): boolean | undefined {
  const list: readonly string[] | undefined = ctx.v.victim[key];
  if (list === undefined) return undefined;
  let hit = false;
  list.forEach((code, index) => {
    if (test(code)) {
      hit = true;
      ctx.use(`${ctx.v.partyPath}/victim/${key}/${index}`);
    }
  });
  return hit;
}

/** The CTDC `typeOfLabour…` flag of an ISIC section or HTCDS subdivision. */
export function _labourFlag(code: string): string {
  if (isOneOf(INDUSTRY_SUBDIVISIONS, code)) {
    const detail = INDUSTRY_SUBDIVISION_DETAILS[code];
    const division = detail.parent ?? code;
    return _LABOUR_DIVISION[division] ?? _LABOUR_SECTION[detail.section] ?? "typeOfLabourOther";
  }
  return _LABOUR_SECTION[code] ?? "typeOfLabourOther";
}

/** The year of registration: the year the case was opened. */
export function _year(ctx: _Context): string | undefined {
  const opened = ctx.v.case.openedOn;
  if (opened === undefined) return undefined;
  ctx.use(`${ctx.v.casePath}/openedOn`);
  return opened.slice(0, 4);
}

/** The victim's CTDC age band (em dash) at the case's opening, from the birth date or an age estimate. */
export function _ageBand(ctx: _Context): string | undefined {
  const { person, personPath, case: kase } = ctx.v;
  if (!person || kase.openedOn === undefined) return undefined;
  const born = person.birthDate ?? person.ageEstimate;
  if (born === undefined) return undefined;
  const band = ageAt(born, kase.openedOn)?.band;
  if (band === undefined) return undefined;
  if (person.birthDate !== undefined) ctx.use(`${personPath}/birthDate`);
  else {
    ctx.use(`${personPath}/ageEstimate/years`);
    ctx.use(`${personPath}/ageEstimate/asOf`);
  }
  ctx.use(`${ctx.v.casePath}/openedOn`);
  return band.replace("--", "—");
}

function majority(ctx: _Context): string | undefined {
  const { person, personPath } = ctx.v;
  const status = person?.majorityStatus;
  if (status !== undefined) {
    ctx.use(`${personPath}/majorityStatus`);
    return status === "minor" ? "Minor" : status === "adult" ? "Adult" : "Unknown";
  }
  const band = _ageBand(ctx);
  if (band === undefined) return undefined;
  return band === "0—8" || band === "9—17" ? "Minor" : "Adult";
}

function majorityWhenTrafficked(ctx: _Context): string | undefined {
  const age = ctx.v.victim.ageWhenTrafficked;
  if (age === undefined) return undefined;
  ctx.use(`${ctx.v.partyPath}/victim/ageWhenTrafficked`);
  return age < 18 ? "Minor" : "Adult";
}

function country(ctx: _Context, code: string | undefined, pointer: string): string | undefined {
  if (code === undefined) return undefined;
  if (ctx.codebook === "2017") {
    if (code !== "ZZ" && !isOneOf(COUNTRY_CODES, code)) return undefined;
    ctx.use(pointer);
    return code;
  }
  if (!isOneOf(COUNTRY_CODES, code)) return undefined;
  ctx.use(pointer);
  return COUNTRY_DETAILS[code].alpha3;
}

function relationFlag(ctx: _Context, flag: string): boolean | undefined {
  const { victim, partyPath } = ctx.v;
  let known = false;
  let hit = false;
  (victim.perpetrators ?? []).forEach((link, index) => {
    if (link.relationship === undefined) return;
    known = true;
    if (_RELATION[link.relationship] === flag) {
      hit = true;
      ctx.use(`${partyPath}/victim/perpetrators/${index}/relationship`);
    }
  });
  if (victim.relationshipToTrafficker !== undefined) {
    known = true;
    if (_RELATION[victim.relationshipToTrafficker] === flag) {
      hit = true;
      ctx.use(`${partyPath}/victim/relationshipToTrafficker`);
    }
  }
  return known ? hit : undefined;
}

function abduction(ctx: _Context): boolean | undefined {
  const { case: kase, casePath, victim } = ctx.v;
  const linked = new Set((victim.perpetrators ?? []).map((link) => link.person));
  let known = false;
  let hit = false;
  (kase.parties ?? []).forEach((party, index) => {
    const roles = party.perpetrator?.rolesInProcess;
    if (roles === undefined || (linked.size > 0 && !linked.has(party.person))) return;
    known = true;
    roles.forEach((role, r) => {
      if (role !== "Kidnapper") return;
      hit = true;
      ctx.use(`${casePath}/parties/${index}/perpetrator/rolesInProcess/${r}`);
    });
  });
  return known ? hit : undefined;
}

function forcedLabour(ctx: _Context): boolean | undefined {
  return listFlag(
    ctx,
    "exploitationTypes",
    (code) => _EXPLOIT[code as keyof typeof _EXPLOIT]?.[ctx.codebook] === "isForcedLabour",
  );
}

/** The derivation of every CTDC variable the converters write from a bundle, by variable name. */
export const _DERIVATIONS: Readonly<Record<string, _Derivation>> = {
  yearOfRegistration: _year,
  gender: (ctx) => {
    const gender = ctx.v.person?.gender;
    if (gender === undefined) return undefined;
    const value = ctx.codebook === "2017" ? _GENDER_2017[gender] : _GENDER_2024[gender];
    if (value !== undefined) ctx.use(`${ctx.v.personPath}/gender`);
    return value;
  },
  ageBroad: _ageBand,
  majorityStatus: majority,
  majorityStatusAtExploit: majorityWhenTrafficked,
  majorityEntry: majorityWhenTrafficked,
  citizenship: (ctx) => country(ctx, ctx.v.person?.citizenships?.[0], `${ctx.v.personPath}/citizenships/0`),
  CountryofExploitation: (ctx) =>
    country(ctx, ctx.v.victim.exploitationPlace?.country, `${ctx.v.partyPath}/victim/exploitationPlace/country`),
  CountryOfExploitation: (ctx) =>
    country(ctx, ctx.v.victim.exploitationPlace?.country, `${ctx.v.partyPath}/victim/exploitationPlace/country`),
  ...Object.fromEntries(
    [...new Set([...Object.values(_MEANS_2017), ...Object.values(_MEANS_2024)])].flatMap((flag) =>
      flag === undefined
        ? []
        : [
            [
              flag,
              (ctx: _Context) =>
                listFlag(
                  ctx,
                  "methodsOfControl",
                  (code) =>
                    (ctx.codebook === "2017" ? _MEANS_2017 : _MEANS_2024)[code as keyof typeof _MEANS_2017] === flag,
                ),
            ],
          ],
    ),
  ),
  meansOfControlNotSpecified: (ctx) => ctx.v.victim.methodsOfControl === undefined,
  ...Object.fromEntries(
    [
      "isForcedLabour",
      "isSexualExploit",
      "isOtherExploit",
      "isForcedMarriage",
      "isForcedMilitary",
      "isOrganRemoval",
    ].map((flag) => [
      flag,
      (ctx: _Context) =>
        listFlag(ctx, "exploitationTypes", (code) => _EXPLOIT[code as keyof typeof _EXPLOIT]?.[ctx.codebook] === flag),
    ]),
  ),
  ...Object.fromEntries(
    [
      "typeOfLabourAgriculture",
      "typeOfLabourAquafarming",
      "typeOfLabourConstruction",
      "typeOfLabourDomesticWork",
      "typeOfLabourHospitality",
      "typeOfLabourManufacturing",
      "typeOfLabourMiningOrDrilling",
      "typeOfLabourTransportation",
      "typeOfLabourOther",
    ].map((flag) => [
      flag,
      (ctx: _Context) => listFlag(ctx, "forcedLabourIndustries", (code) => _labourFlag(code) === flag),
    ]),
  ),
  typeOfLabourNotSpecified: (ctx) => {
    const industries = ctx.v.victim.forcedLabourIndustries;
    // A list, even empty, says the sectors were recorded (read back from 0 flags, or `Other` kept aside).
    if (industries !== undefined) return false;
    return forcedLabour(ctx) === true ? true : undefined;
  },
  typeOfLabourBegging: (ctx) => {
    const a = listFlag(ctx, "exploitationTypes", (code) => code === "ForcedBegging");
    const b = listFlag(ctx, "forcedCriminalityTypes", (code) => code === "Begging");
    return a === true || b === true ? true : a === undefined && b === undefined ? undefined : false;
  },
  typeOfLabourIllicitActivities: (ctx) => listFlag(ctx, "forcedCriminalityTypes", (code) => code !== "Begging"),
  ...Object.fromEntries(
    Object.values(_SEX).map((flag) => [
      flag,
      (ctx: _Context) => listFlag(ctx, "sexExploitationTypes", (code) => _SEX[code] === flag),
    ]),
  ),
  isAbduction: abduction,
  ...Object.fromEntries(
    [
      "recruiterRelationIntimatePartner",
      "recruiterRelationFriend",
      "recruiterRelationFamily",
      "recruiterRelationOther",
    ].map((flag) => [flag, (ctx: _Context) => relationFlag(ctx, flag)]),
  ),
  recruiterRelationUnknown: (ctx) => {
    const links = ctx.v.victim.perpetrators;
    if (ctx.v.victim.relationshipToTrafficker !== undefined || links?.some((link) => link.relationship !== undefined))
      return false;
    return links !== undefined && links.length > 0 ? true : undefined;
  },
  // No derivation from events yet: written only from a value kept by fromCtdcRows (see the package README).
  traffickMonths: () => undefined,
};
