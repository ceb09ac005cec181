import { CHILD_LABOUR_AGES, type ExploitationType, type ProfileCode } from "@tipx/schema";
import { C138_DEFAULT_AGES } from "../frameworks/child-labour";
import { NATIONAL_VARIANTS } from "../frameworks/national-variants";
import { type _AgeRange, _ageRange, _birthRangeOfEstimate, type _DayRange, _dayRange } from "./_age";
import { _eventConcerns, type _PersonInCase } from "./_case-record";

// The facts the decision rules read besides the items (age, migrant, works), from the case record. Each
// is given only when the record shows it; a missing field leaves the fact unknown, never "no".

/** A fact read from the record, with the JSON pointers it rests on. */
export interface _Fact<T> {
  readonly value: T;
  readonly evidence: readonly string[];
}

/** The pointer of the person's party in their case. */
export function _partyPointer(at: _PersonInCase): string {
  return `/entities/${at.caseIndex}/parties/${at.partyIndex}`;
}

/**
 * The ages the person could have had when the trafficking began: the victim context's age when
 * trafficked; else the birth date or age estimate at the date of the earliest dated event of the case
 * that concerns them (HTCDS: the start of the trafficking); else at the case's opening, which comes after
 * the trafficking began, so that only the oldest they can have been is known.
 */
export function _ageWhenTrafficked(at: _PersonInCase): _Fact<_AgeRange> | undefined {
  const known = at.party.victim?.ageWhenTrafficked;
  if (known !== undefined)
    return { value: { min: known, max: known }, evidence: [`${_partyPointer(at)}/victim/ageWhenTrafficked`] };
  const person = `/entities/${at.personIndex}`;
  let birth: _DayRange | undefined;
  let birthPointer = "";
  if (at.person.birthDate !== undefined) {
    birth = _dayRange(at.person.birthDate);
    birthPointer = `${person}/birthDate`;
  } else if (at.person.ageEstimate !== undefined) {
    birth = _birthRangeOfEstimate(at.person.ageEstimate);
    birthPointer = `${person}/ageEstimate`;
  }
  if (!birth) return undefined;
  let earliest: { range: _DayRange; pointer: string } | undefined;
  (at.case.events ?? []).forEach((event, index) => {
    const range = event.date === undefined ? undefined : _dayRange(event.date);
    if (!range || !_eventConcerns(event, at.person.id)) return;
    if (!earliest || range.first < earliest.range.first)
      earliest = { range, pointer: `/entities/${at.caseIndex}/events/${index}/date` };
  });
  if (earliest)
    return { value: _ageRange(birth, earliest.range), evidence: [`${birthPointer} at ${earliest.pointer}`] };
  const opened = at.case.openedOn === undefined ? undefined : _dayRange(at.case.openedOn);
  if (!opened) return undefined;
  return {
    value: { min: 0, max: _ageRange(birth, opened).max },
    evidence: [`${birthPointer} at /entities/${at.caseIndex}/openedOn (at most)`],
  };
}

/**
 * The ages the decision rules of a framework compare with: 18 and the profile's age of a child for every
 * framework (skip logic and the Palermo rule), and for child labour the profile's minimum ages or, without
 * a profile, those of C138.
 */
export function _ageLimits(framework: string, profile: ProfileCode | undefined): number[] {
  const limits = [18, profile ? NATIONAL_VARIANTS[profile].childUnder : 18];
  if (framework === "child-labour") {
    if (profile) {
      const ages = CHILD_LABOUR_AGES[profile];
      for (const limit of [ages.generalMinimum, ages.lightWork, ages.hazardousWork])
        if (limit.age !== null) limits.push(limit.age);
    } else {
      limits.push(C138_DEFAULT_AGES.generalMinimum, C138_DEFAULT_AGES.lightWork, C138_DEFAULT_AGES.hazardousWork);
    }
  }
  return limits;
}

/** Citizenship codes that name no country (unknown, stateless). */
const NO_COUNTRY = new Set(["ZZ", "XXA"]);

/**
 * Whether the person is a migrant where exploited: "yes" when every citizenship recorded is of another
 * country than the country of exploitation (the victim context's place of exploitation, else the last
 * exploitation event that concerns them, else the case's jurisdiction); otherwise unknown. A citizen of
 * that country is left unknown too, never "no": the record may not hold every citizenship.
 */
export function _migrant(at: _PersonInCase): _Fact<"yes"> | undefined {
  const citizenships: readonly string[] = at.person.citizenships ?? [];
  if (citizenships.length === 0 || citizenships.some((code) => NO_COUNTRY.has(code))) return undefined;
  const party = _partyPointer(at);
  let where: { country: string; pointer: string } | undefined;
  const placed = at.party.victim?.exploitationPlace?.country;
  if (placed !== undefined) where = { country: placed, pointer: `${party}/victim/exploitationPlace/country` };
  (at.case.events ?? []).forEach((event, index) => {
    if (placed !== undefined || event.eventType !== "Exploitation" || !_eventConcerns(event, at.person.id)) return;
    const country = event.place?.country;
    if (country !== undefined) where = { country, pointer: `/entities/${at.caseIndex}/events/${index}/place/country` };
  });
  const jurisdiction = at.case.jurisdiction?.country;
  if (!where && jurisdiction !== undefined)
    where = { country: jurisdiction, pointer: `/entities/${at.caseIndex}/jurisdiction/country` };
  if (!where || citizenships.includes(where.country)) return undefined;
  return {
    value: "yes",
    evidence: [
      `/entities/${at.personIndex}/citizenships: ${citizenships.join(", ")}`,
      `${where.pointer}: ${where.country}`,
    ],
  };
}

/** The types of exploitation that are work or services. */
const WORK: ReadonlySet<ExploitationType> = new Set([
  "ForcedLabour",
  "ChildLabour",
  "ForcedBegging",
  "ForcedCriminality",
  "Servitude",
  "ForcedMilitaryByNonStateActors",
]);

/**
 * Whether the person worked: "yes" when an exploitation event of the case concerns them and the record
 * says the exploitation was work (a type of exploitation that is work or services, or an industry);
 * otherwise unknown. The event is needed because a type of exploitation may be only the one intended, as
 * for people intercepted on the way.
 */
export function _works(at: _PersonInCase): _Fact<"yes"> | undefined {
  const events = at.case.events ?? [];
  const index = events.findIndex((event) => event.eventType === "Exploitation" && _eventConcerns(event, at.person.id));
  if (index < 0) return undefined;
  const victim = at.party.victim;
  const party = _partyPointer(at);
  const types = (victim?.exploitationTypes ?? []).filter((type) => WORK.has(type));
  const industries = victim?.forcedLabourIndustries ?? [];
  const evidence = [
    ...types.map((type) => `${party}/victim/exploitationTypes: ${type}`),
    ...(industries.length > 0 ? [`${party}/victim/forcedLabourIndustries: ${industries.join(", ")}`] : []),
  ];
  if (evidence.length === 0) return undefined;
  return { value: "yes", evidence: [`/entities/${at.caseIndex}/events/${index}/eventType: Exploitation`, ...evidence] };
}
