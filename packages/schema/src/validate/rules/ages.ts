import type { Bundle } from "../../model/bundle";
import { earliestDay, isCertainlyBefore, latestDay } from "../../model/partial-date-range";
import type { Person } from "../../model/person";
import { toJsonPointer } from "../raw-issue";
import type { PathSegment, RuleContext } from "../rule";
import { personById, type BaseRule, type BundleIndex } from "./bundle-index";

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

/** The range of ages (in completed years) a person can have on `day`, or undefined if unknown. */
export function ageRange(person: Person, day: string): { min: number; max: number } | undefined {
  if (person.birthDate) {
    return { min: completedYears(latestDay(person.birthDate), day), max: completedYears(earliestDay(person.birthDate), day) };
  }
  if (person.ageEstimate) {
    const elapsed = (dayNumber(day) - dayNumber(person.ageEstimate.asOf)) / DAYS_PER_YEAR;
    return { min: Math.floor(person.ageEstimate.years + elapsed), max: Math.floor(person.ageEstimate.years + 1 + elapsed) };
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
    context.report("TIPX406", ["entities", n, "majorityStatus"], {
      recorded: person.majorityStatus,
      computed: minor ? "minor" : "adult",
      asOf: day,
    });
  }
}

function birthAfter(context: RuleContext, index: BundleIndex, personId: string, date: string | undefined, datePath: readonly PathSegment[]): void {
  if (!date) return;
  const hit = personById(index, personId);
  if (hit?.person.birthDate && isCertainlyBefore(date, hit.person.birthDate)) {
    context.report("TIPX405", ["entities", hit.index, "birthDate"], { otherPath: toJsonPointer(datePath) });
  }
}

/**
 * Ages agree with recorded majority status (TIPX406) and nobody is born after an event that names them
 * (TIPX405).
 */
export const checkAges: BaseRule = (bundle: Bundle, context: RuleContext, index: BundleIndex) => {
  bundle.entities.forEach((e, n) => {
    switch (e.type) {
      case "Person":
        checkMajority(context, e, n, index.bundleDay);
        return;
      case "Case":
        e.events?.forEach((ev, i) => {
          const persons = ev.persons ?? e.parties.map((p) => p.person);
          for (const id of persons) birthAfter(context, index, id, ev.date, ["entities", n, "events", i, "date"]);
        });
        return;
      case "Operation":
        for (const id of [...(e.rescued?.persons ?? []), ...(e.arrested?.persons ?? [])]) {
          birthAfter(context, index, id, e.date, ["entities", n, "date"]);
        }
        return;
      case "Consent":
        birthAfter(context, index, e.person, e.givenOn, ["entities", n, "givenOn"]);
        return;
      default:
        return;
    }
  });
};
