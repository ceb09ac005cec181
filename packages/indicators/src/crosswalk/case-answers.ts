import type { Bundle, ProfileCode } from "@tipx/schema";
import type { Answers, AnswerValue, Question } from "../checklist";
import { getChecklist, type InstrumentId, isInstrumentId } from "../checklists/registry";
import { NATIONAL_VARIANTS } from "../frameworks/national-variants";
import { _agreesOnLimits } from "./_age";
import { _ageLimits, _ageWhenTrafficked, _migrant, _partyPointer, _works } from "./_case-facts";
import { _eventConcerns, _locate, type _PersonInCase } from "./_case-record";
import type { CrosswalkItem, CrosswalkRow } from "./crosswalk-row";
import { METHODS_OF_CONTROL_CROSSWALK, RECRUITMENT_FIELDS_CROSSWALK, RECRUITMENT_METHODS_CROSSWALK } from "./htcds";
import { EXPLOITATION_TYPES_CROSSWALK, FORCED_CRIMINALITY_CROSSWALK } from "./htcds-exploitation";
import {
  EVENT_TYPES_CROSSWALK,
  LEG_ROLES_CROSSWALK,
  LINK_FACTS_CROSSWALK,
  PERPETRATOR_ROLES_CROSSWALK,
  PROCESS_ROLES_CROSSWALK,
  ROUTE_LEG_FIELDS,
  ROUTE_LEGS_CROSSWALK,
} from "./route";

/**
 * Options of {@link answersFromCase}.
 *
 * @example
 * ```ts
 * import type { CaseAnswersOptions } from "@tipx/indicators";
 * const options: CaseAnswersOptions = { profile: "TH", includePartial: false };
 * ```
 */
export interface CaseAnswersOptions {
  /** The country profile whose rules the answers are for: its age of a child and its child-labour ages. */
  readonly profile?: ProfileCode | undefined;
  /** The id of the case to read, when the person is in several (default: the first in which they are a victim). */
  readonly case?: string | undefined;
  /** Count the partial rows of the crosswalks too (default: only the direct rows answer). */
  readonly includePartial?: boolean | undefined;
}

/**
 * The answers {@link answersFromCase} reads from a case record, with the evidence behind each.
 *
 * @example
 * ```ts
 * import type { CaseAnswers } from "@tipx/indicators";
 * const read: CaseAnswers = {
 *   case: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
 *   answers: { "lied-to": "yes" },
 *   evidence: { "lied-to": ["/entities/1/parties/0/victim/methodsOfControl: FalsePromises"] },
 *   items: { "palermo/deception": ["/entities/1/parties/0/victim/methodsOfControl: FalsePromises"] },
 *   unexpressed: [],
 * };
 * ```
 */
export interface CaseAnswers {
  /** The id of the case read. */
  readonly case: string;
  /** The answers by question id: "yes", or a number for the age; a question left out is unknown. */
  readonly answers: Answers;
  /** The JSON pointers (with the codes found there) each answer rests on, by question id. */
  readonly evidence: Readonly<Record<string, readonly string[]>>;
  /** Every framework item the record supports, with its evidence, whichever checklist is run. */
  readonly items: Readonly<Partial<Record<CrosswalkItem, readonly string[]>>>;
  /** The items of the checklist's framework the record supports but no question could carry alone. */
  readonly unexpressed: readonly CrosswalkItem[];
}

/** The items a record supports, each with its evidence, gathered as the crosswalk rows fire. */
class _Support {
  readonly items = new Map<CrosswalkItem, Set<string>>();
  constructor(
    private readonly includePartial: boolean,
    private readonly adult: boolean,
  ) {}

  /** Fires the rows of `code` in a crosswalk, with one piece of evidence. */
  add<C extends string>(rows: readonly CrosswalkRow<C>[], code: C, evidence: string): void {
    for (const row of rows) {
      if (row.code !== code) continue;
      if (row.strength === "partial" && !this.includePartial) continue;
      // A child row is left out only for someone known to have been an adult; an unknown age keeps it,
      // and the rules combine it with the age.
      if (row.childOnly && this.adult) continue;
      const set = this.items.get(row.item) ?? new Set<string>();
      set.add(evidence);
      this.items.set(row.item, set);
    }
  }
}

/** Fires the crosswalks on the person's victim context, their perpetrators, and the events that concern them. */
function _gather(at: _PersonInCase, support: _Support): void {
  const base = `${_partyPointer(at)}/victim`;
  const victim = at.party.victim;
  for (const code of victim?.methodsOfControl ?? [])
    support.add(METHODS_OF_CONTROL_CROSSWALK, code, `${base}/methodsOfControl: ${code}`);
  for (const code of victim?.exploitationTypes ?? [])
    support.add(EXPLOITATION_TYPES_CROSSWALK, code, `${base}/exploitationTypes: ${code}`);
  for (const code of victim?.forcedCriminalityTypes ?? [])
    support.add(FORCED_CRIMINALITY_CROSSWALK, code, `${base}/forcedCriminalityTypes: ${code}`);
  for (const code of victim?.recruitmentMethods ?? [])
    support.add(RECRUITMENT_METHODS_CROSSWALK, code, `${base}/recruitmentMethods: ${code}`);
  if (victim?.recruitmentPlace !== undefined) {
    const country = victim.recruitmentPlace.country;
    const where = country === undefined ? "" : `/country: ${country}`;
    support.add(RECRUITMENT_FIELDS_CROSSWALK, "recruitmentPlace", `${base}/recruitmentPlace${where}`);
  }
  const apps = victim?.recruitmentWebsitesAndApps ?? [];
  if (apps.length > 0)
    support.add(
      RECRUITMENT_FIELDS_CROSSWALK,
      "recruitmentWebsitesAndApps",
      `${base}/recruitmentWebsitesAndApps: ${apps.join(", ")}`,
    );
  (victim?.perpetrators ?? []).forEach((link, k) => {
    const pointer = `${base}/perpetrators/${k}`;
    for (const role of link.roles ?? []) support.add(PROCESS_ROLES_CROSSWALK, role, `${pointer}/roles: ${role}`);
    if (link.moneyExchanged === true)
      support.add(LINK_FACTS_CROSSWALK, "moneyExchanged", `${pointer}/moneyExchanged: true`);
    const suspectIndex = at.case.parties.findIndex((party) => party.person === link.person);
    for (const role of at.case.parties[suspectIndex]?.perpetrator?.rolesInProcess ?? [])
      support.add(
        PERPETRATOR_ROLES_CROSSWALK,
        role,
        `/entities/${at.caseIndex}/parties/${suspectIndex}/perpetrator/rolesInProcess: ${role}`,
      );
  });
  (at.case.events ?? []).forEach((event, e) => {
    if (!_eventConcerns(event, at.person.id)) return;
    const pointer = `/entities/${at.caseIndex}/events/${e}`;
    support.add(EVENT_TYPES_CROSSWALK, event.eventType, `${pointer}/eventType: ${event.eventType}`);
    for (const field of ROUTE_LEG_FIELDS) {
      const value = event[field];
      if (value === undefined) continue;
      // Only codes go into the evidence: a place's country, never its locality or lines (free text).
      const shown =
        field === "transportMode"
          ? `: ${event.transportMode}`
          : field === "borderCrossing"
            ? `/kind: ${event.borderCrossing?.kind}`
            : typeof value === "object" && "country" in value && value.country !== undefined
              ? `/country: ${value.country}`
              : "";
      support.add(ROUTE_LEGS_CROSSWALK, field, `${pointer}/${field}${shown}`);
    }
    (event.participants ?? []).forEach((participant, m) => {
      const self = participant.person === at.person.id;
      // The person's own role says they were moved; the others' roles say what was done to the people moved.
      if (self !== (participant.role === "traveller")) return;
      support.add(LEG_ROLES_CROSSWALK, participant.role, `${pointer}/participants/${m}/role: ${participant.role}`);
    });
  });
}

/** Whether a question applies, as the engine decides it: unknown never skips a question. */
function _applies(question: Question, age: number | undefined): boolean {
  return question.askIf !== "child" || age === undefined || age < 18;
}

/**
 * Derives a person's checklist answers from a case record through the crosswalks: every framework item
 * the record supports (a direct crosswalk row fires on a code of the person's victim context, of their
 * perpetrator links, or of an event or route leg that concerns them) answers "yes" to one question of the
 * instrument's checklist that feeds it: the first that applies whose every item the record supports, so
 * that no answer claims more than the record shows (a question feeding two items is answered only when
 * both are supported; the other questions of the item stay unknown). The facts come from the record too:
 * the age when the trafficking began (`ageWhenTrafficked`, else the birth date or age estimate at the
 * earliest event that concerns the person, else at the case's opening when that settles every age limit
 * the rules compare with), "yes" for a migrant when every citizenship is of another country than the one
 * of exploitation (or of jurisdiction), and "yes" for work when an exploitation event shows it. Whether
 * the person consented or does only light work is never in the record, so stays unknown. Nothing is ever
 * answered "no": a missing field leaves a question unknown. Only this person's party counts, and only the
 * events that name them or name no one.
 *
 * @param bundle - A valid tipx bundle.
 * @param personId - The id of the Person.
 * @param instrument - The instrument whose checklist is answered.
 * @param options - `profile` for the country's ages, `case` to choose among the person's cases, `includePartial` to count partial rows.
 * @returns The answers and the evidence of each, the items the record supports, and those no question carries.
 * @throws {TypeError} For an unknown instrument, an unknown person id, or a person in no case.
 * @example
 * ```ts
 * import { answersFromCase } from "@tipx/indicators";
 * import type { Bundle } from "@tipx/schema";
 * const person = "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01";
 * const bundle: Bundle = {
 *   tipx: "1.1",
 *   id: "c0ffee00-1234-4abc-8def-0123456789ab",
 *   createdAt: "2022-04-05T10:00:00+07:00",
 *   sender: { name: "Shelter" },
 *   purpose: "case-management",
 *   entities: [
 *     { type: "Person", id: person, citizenships: ["TH"] },
 *     {
 *       type: "Case",
 *       id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
 *       parties: [{ person, roles: ["presumed-victim"], victim: { methodsOfControl: ["FalsePromises"], exploitationPlace: { country: "MM" } } }],
 *     },
 *   ],
 * };
 * const { answers, evidence } = answersFromCase(bundle, person, "palermo");
 * answers["lied-to"]; // "yes"
 * evidence["lied-to"]; // ["/entities/1/parties/0/victim/methodsOfControl: FalsePromises"]
 * ```
 */
export function answersFromCase(
  bundle: Bundle,
  personId: string,
  instrument: InstrumentId,
  options: CaseAnswersOptions = {},
): CaseAnswers {
  if (!isInstrumentId(instrument))
    throw new TypeError(`answersFromCase(): unknown instrument ${JSON.stringify(instrument)}.`);
  const at = _locate(bundle, personId, options.case, "answersFromCase()");
  const checklist = getChecklist(instrument);
  const questions: readonly Question[] = checklist.questions;
  const answers: Record<string, AnswerValue> = {};
  const evidence: Record<string, string[]> = {};

  const age = _ageWhenTrafficked(at);
  const ageAnswer =
    age && _agreesOnLimits(age.value, _ageLimits(checklist.framework, options.profile)) ? age.value.max : undefined;
  const childUnder = options.profile ? NATIONAL_VARIANTS[options.profile].childUnder : 18;
  const facts = { migrant: _migrant(at), works: _works(at) };
  for (const question of questions) {
    if (question.fact === "age" && ageAnswer !== undefined && age) {
      answers[question.id] = ageAnswer;
      evidence[question.id] = [...age.evidence];
    } else if (question.fact === "migrant" || question.fact === "works") {
      const fact = facts[question.fact];
      if (fact) {
        answers[question.id] = fact.value;
        evidence[question.id] = [...fact.evidence];
      }
    }
  }

  const support = new _Support(options.includePartial === true, age !== undefined && age.value.min >= childUnder);
  _gather(at, support);
  const supported = support.items;
  const unexpressed: CrosswalkItem[] = [];
  for (const item of supported.keys()) {
    if (!item.startsWith(`${checklist.framework}/`)) continue;
    const candidates = questions.filter(
      (question) =>
        question.answer.kind === "tri-state" &&
        question.fact === undefined &&
        question.feeds.includes(item) &&
        question.feeds.every((fed) => supported.has(fed as CrosswalkItem)),
    );
    const chosen = candidates.find((question) => _applies(question, ageAnswer)) ?? candidates[0];
    if (!chosen) {
      unexpressed.push(item);
      continue;
    }
    answers[chosen.id] = "yes";
    const fedEvidence = chosen.feeds.flatMap((fed) => [...(supported.get(fed as CrosswalkItem) ?? [])]);
    evidence[chosen.id] = [...new Set([...(evidence[chosen.id] ?? []), ...fedEvidence])];
  }
  const items: Partial<Record<CrosswalkItem, readonly string[]>> = {};
  for (const [item, itemEvidence] of supported) items[item] = [...itemEvidence];
  // In the checklist's order, as a person would have answered them.
  const ordered: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const value = answers[question.id];
    if (value !== undefined) ordered[question.id] = value;
  }
  return { case: at.case.id, answers: ordered, evidence, items, unexpressed };
}
