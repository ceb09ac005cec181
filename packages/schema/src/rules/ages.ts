import type { Bundle } from "../model/bundle";
import { earliestDay, isCertainlyBefore, latestDay } from "../model/partial-date-range";
import type { Person } from "../model/person";
import { at } from "./at";
import { personById } from "./bundle-index";
import { toJsonPointer } from "./json-pointer";
import type { BundleIndex, Rule, RuleContext } from "./rule";

/** The age of majority: a child is a person under eighteen (Palermo Protocol art. 3(d)). */
const MAJORITY = 18;
const DAYS_PER_YEAR = 365.2425;

function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;
}

function completedYears(birthDay: string, onDay: string): number {
  let years = Number(onDay.slice(0, 4)) - Number(birthDay.slice(0, 4));
  if (onDay.slice(5) < birthDay.slice(5)) years -= 1;
  return years;
}

/**
 * Bounds on the age (in completed years) a person can have on `day`, tight wherever they decide
 * majority (18); undefined when the age is unknown.
 */
function ageRange(person: Person, day: string): { min: number; max: number } | undefined {
  if (person.birthDate) {
    const birth = person.birthDate;
    // Years apart decide most cases without expanding the partial date (a hot path on large files).
    const years = Number(day.slice(0, 4)) - Number(birth.slice(0, 4));
    if (years - 1 >= MAJORITY || years < MAJORITY) return { min: years - 1, max: years };
    return { min: completedYears(latestDay(birth), day), max: completedYears(earliestDay(birth), day) };
  }
  if (person.ageEstimate) {
    const elapsed = (dayNumber(day) - dayNumber(person.ageEstimate.asOf)) / DAYS_PER_YEAR;
    return {
      min: Math.floor(person.ageEstimate.years + elapsed),
      max: Math.floor(person.ageEstimate.years + 1 + elapsed),
    };
  }
  return undefined;
}

function checkMajority(context: RuleContext, person: Person, n: number, day: string): void {
  if (!person.majorityStatus || person.majorityStatus === "unknown") return;
  const range = ageRange(person, day);
  if (!range) return;
  const minor = range.max < MAJORITY;
  const adult = range.min >= MAJORITY;
  if ((person.majorityStatus === "adult" && minor) || (person.majorityStatus === "minor" && adult)) {
    context.report("TIPX406", at(n, "majorityStatus"), {});
  }
}

function birthAfter(
  context: RuleContext,
  index: BundleIndex,
  personId: string,
  date: string | undefined,
  n: number,
  a: string,
  b?: number,
  c?: string,
): void {
  if (!date) return;
  const hit = personById(index, personId);
  if (hit?.person.birthDate && isCertainlyBefore(date, hit.person.birthDate)) {
    context.report("TIPX405", at(hit.index, "birthDate"), { otherPath: toJsonPointer(at(n, a, b, c)) });
  }
}

/**
 * Ages agree with recorded majority status (TIPX406) and nobody is born after an event that names them
 * (TIPX405).
 */
export const checkAges: Rule = (bundle: Bundle, context: RuleContext) => {
  const { index } = context;
  const entities = bundle.entities;
  for (let n = 0; n < entities.length; n++) {
    const e = entities[n];
    switch (e?.type) {
      case "Person":
        checkMajority(context, e, n, index.bundleDay);
        break;
      case "Case":
        e.events?.forEach((ev, i) => {
          if (!ev.date) return;
          if (ev.persons) for (const id of ev.persons) birthAfter(context, index, id, ev.date, n, "events", i, "date");
          else for (const party of e.parties) birthAfter(context, index, party.person, ev.date, n, "events", i, "date");
        });
        break;
      case "Operation":
        for (const id of e.rescued?.persons ?? []) birthAfter(context, index, id, e.date, n, "date");
        for (const id of e.arrested?.persons ?? []) birthAfter(context, index, id, e.date, n, "date");
        break;
      case "Consent":
        birthAfter(context, index, e.person, e.givenOn, n, "givenOn");
        break;
      default:
        break;
    }
  }
};
