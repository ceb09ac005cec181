import { CHILD_LABOUR_AGES, type ProfileCode } from "@tipx/schema";
import type { ItemRef } from "../checklist";
import { C138_DEFAULT_AGES } from "../frameworks/child-labour";
import { NATIONAL_VARIANTS } from "../frameworks/national-variants";
import { getFramework } from "../frameworks/registry";
import { allOf, anyOf, not, type TriState } from "../tri-state";
import type { Evaluation } from "./evaluate";

/**
 * The rule a result rests on: a framework rule (`"palermo/child-no-means"`) or a country's law
 * (`"national/AR"`).
 */
export type RuleRef = `${string}/${string}`;

/** What an instrument's rule makes of the items and facts. */
export interface Decision {
  /** Whether the instrument's test is met: yes, no, or unknown. */
  readonly result: TriState;
  /** The rule applied. */
  readonly rule: RuleRef;
  /** The named elements the rule combined (act, means, purpose, child...), each yes, no or unknown. */
  readonly elements: Readonly<Record<string, TriState>>;
}

/** The context a rule may read: the country profile. */
export interface DecisionContext {
  readonly profile?: ProfileCode | undefined;
}

function itemStatus(evaluation: Evaluation, ref: ItemRef): TriState {
  return evaluation.items.get(ref)?.status ?? "unknown";
}

/** Kleene "or" over the items of one group of a framework. */
function groupStatus(evaluation: Evaluation, framework: string, group: string): TriState {
  const f = getFramework(framework);
  const refs = f.order.filter((id) => f.items[id]?.group === group).map((id): ItemRef => `${framework}/${id}`);
  return anyOf(refs.map((ref) => itemStatus(evaluation, ref)));
}

/** Whether the age is under a limit: unknown when either is unknown. */
function under(age: number | undefined, limit: number | null | undefined): TriState {
  if (age === undefined || limit === null || limit === undefined) return "unknown";
  return age < limit ? "yes" : "no";
}

/** ILO 2012: indicators of forced labour are present when any indicator is. */
function decideIlo(evaluation: Evaluation): Decision {
  const indicators = groupStatus(evaluation, "ilo-fl-2012", "indicator");
  return { result: indicators, rule: "ilo-fl-2012/clues", elements: { indicators } };
}

/** ICLS 2018: forced labour when the work is both involuntary and under threat or menace of penalty. */
function decideIcls(evaluation: Evaluation): Decision {
  const involuntariness = groupStatus(evaluation, "icls-2018", "involuntariness");
  const coercion = groupStatus(evaluation, "icls-2018", "coercion");
  return {
    result: allOf([involuntariness, coercion]),
    rule: "icls-2018/both-conditions",
    elements: { involuntariness, coercion },
  };
}

/**
 * Palermo art. 3: an act and a purpose, and a means unless the person is a child; under a profile, the
 * country's rule (Argentina needs no means for anyone).
 */
function decidePalermo(evaluation: Evaluation, context: DecisionContext): Decision {
  const variant = context.profile ? NATIONAL_VARIANTS[context.profile] : undefined;
  const act = groupStatus(evaluation, "palermo", "act");
  const means = groupStatus(evaluation, "palermo", "means");
  const purpose = groupStatus(evaluation, "palermo", "purpose");
  const child = under(evaluation.age, variant?.childUnder ?? 18);
  const meansNeeded: TriState = variant?.means === "never" ? "no" : not(child);
  const meansMet = variant?.means === "never" ? "yes" : anyOf([means, child]);
  const result = allOf([act, purpose, meansMet]);
  const rule: RuleRef =
    variant?.means === "never"
      ? `national/${variant.country}`
      : child === "yes" && means !== "yes"
        ? "palermo/child-no-means"
        : variant
          ? `national/${variant.country}`
          : "palermo/elements";
  return { result, rule, elements: { act, means, purpose, child, meansNeeded } };
}

/**
 * Child labour: a worst form (C182 art. 3(a)-(c)) under 18, hazardous work under the hazardous-work age,
 * or work under the general minimum age that is not permitted light work. Ages from the profile, else
 * the C138 defaults.
 */
function decideChildLabour(evaluation: Evaluation, context: DecisionContext): Decision {
  const ages = context.profile ? CHILD_LABOUR_AGES[context.profile] : undefined;
  const general = ages ? ages.generalMinimum.age : C138_DEFAULT_AGES.generalMinimum;
  // Where the country's light-work age is unknown, C138 art. 7 still sets a floor: 13, or 12 where the
  // country specified 14; a younger child's work is never permitted light work.
  const lightFloor = ages?.c138SpecifiedAge.age === 15 ? 13 : 12;
  const light = ages ? ages.lightWork.age : C138_DEFAULT_AGES.lightWork;
  const hazardousAge = ages ? ages.hazardousWork.age : C138_DEFAULT_AGES.hazardousWork;
  const age = evaluation.age;
  const worstForm = allOf([groupStatus(evaluation, "child-labour", "worst-form"), under(age, 18)]);
  const hazardous = allOf([itemStatus(evaluation, "child-labour/hazardous-work"), under(age, hazardousAge)]);
  const belowLightFloor = light === null ? under(age, lightFloor) : "no";
  const permittedLightWork = allOf([evaluation.facts["light-work"], not(under(age, light)), not(belowLightFloor)]);
  const belowMinimumAge = allOf([evaluation.facts.works, under(age, general), not(permittedLightWork)]);
  const result = anyOf([worstForm, hazardous, belowMinimumAge]);
  const rule: RuleRef =
    worstForm === "yes"
      ? "child-labour/worst-forms-any-age"
      : hazardous === "yes"
        ? "child-labour/hazardous-under-18"
        : belowMinimumAge === "yes"
          ? "child-labour/below-minimum-age"
          : permittedLightWork === "yes"
            ? "child-labour/light-work-exception"
            : "child-labour/below-minimum-age";
  return { result, rule, elements: { worstForm, hazardous, belowMinimumAge, permittedLightWork } };
}

/** The rule of each instrument the engine runs. */
export const DECIDERS: Readonly<Record<string, (evaluation: Evaluation, context: DecisionContext) => Decision>> = {
  "ilo-fl-2012": decideIlo,
  "icls-2018": decideIcls,
  palermo: decidePalermo,
  "child-labour": decideChildLabour,
};
