import type { Assessment, Bundle, ProfileCode } from "@tipx/schema";
import type { InstrumentId } from "../checklists/registry";
import { type AssessmentOutcome, assess } from "../engine/assess";
import type { IndicatorCatalogue } from "../locales/indicator-catalogue";
import { _isVictimParty } from "./_case-record";
import { answersFromCase } from "./case-answers";

/**
 * Options of {@link assessCase}.
 *
 * @example
 * ```ts
 * import type { AssessCaseOptions } from "@tipx/indicators";
 * const options: AssessCaseOptions = { instrument: "palermo", profile: null, assessedOn: "2022-04-05" };
 * ```
 */
export interface AssessCaseOptions {
  /** The instrument to run, such as `"palermo"`. */
  readonly instrument: InstrumentId;
  /** The country profile whose law and ages apply; by default the bundle's `profile`, and `null` for none. */
  readonly profile?: ProfileCode | null | undefined;
  /** The catalogue of the explanation's language; English by default. */
  readonly locale?: IndicatorCatalogue | undefined;
  /** The id of the Assessment entity; by default a new UUID v4. */
  readonly id?: string | undefined;
  /** When the assessment was made, a date; by default the day the bundle was created. */
  readonly assessedOn?: string | undefined;
  /** The id of the case to read, when the person is in several (default: the first in which they are a victim). */
  readonly case?: string | undefined;
  /** Count the partial rows of the crosswalks too (default: only the direct rows answer). */
  readonly includePartial?: boolean | undefined;
}

/**
 * Options of {@link assessBundle}: those of {@link assessCase} but the entity id and the case.
 *
 * @example
 * ```ts
 * import type { AssessBundleOptions } from "@tipx/indicators";
 * const options: AssessBundleOptions = { instrument: "ilo-fl-2012" };
 * ```
 */
export type AssessBundleOptions = Omit<AssessCaseOptions, "id" | "case">;

/**
 * A person's assessment from a case record: the engine's outcome, and the Assessment entity that records it.
 *
 * @example
 * ```ts
 * import type { CaseAssessment } from "@tipx/indicators";
 * const describe = (result: CaseAssessment) => `${result.person}: ${result.outcome.classification}`;
 * ```
 */
export interface CaseAssessment {
  /** The id of the Person assessed. */
  readonly person: string;
  /** The id of the Case read. */
  readonly case: string;
  /** The engine's outcome: classification, findings, unknowns and explanation. */
  readonly outcome: AssessmentOutcome;
  /** The Assessment entity, ready to add to the bundle. */
  readonly assessment: Assessment;
}

/**
 * Assesses a person from their case record: derives the checklist answers through the crosswalks
 * (`answersFromCase`), runs the instrument on them (`assess`), and records both in an `Assessment`
 * entity (the answers with their evidence, the classification, every item's finding with the questions
 * behind it, and the unknowns that would change the result), which validates when added to the bundle.
 *
 * @param bundle - A valid tipx bundle.
 * @param personId - The id of the Person to assess.
 * @param options - The instrument; the profile (default: the bundle's), the locale, the entity's id and date.
 * @returns The outcome and the Assessment entity.
 * @throws {TypeError} For an unknown person id, a person in no case, or an unknown instrument or profile.
 * @example
 * ```ts
 * import { assessCase } from "@tipx/indicators";
 * import type { Bundle } from "@tipx/schema";
 * const person = "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01";
 * const bundle: Bundle = {
 *   tipx: "1.1",
 *   id: "c0ffee00-1234-4abc-8def-0123456789ab",
 *   createdAt: "2022-04-05T10:00:00+07:00",
 *   sender: { name: "Shelter" },
 *   purpose: "case-management",
 *   profile: "TH",
 *   entities: [
 *     { type: "Person", id: person, citizenships: ["TH"] },
 *     {
 *       type: "Case",
 *       id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
 *       parties: [
 *         {
 *           person,
 *           roles: ["presumed-victim"],
 *           victim: { recruitmentMethods: ["ThroughOnlineSocialNetworks"], methodsOfControl: ["FalsePromises"], exploitationTypes: ["ForcedCriminality"] },
 *         },
 *       ],
 *     },
 *   ],
 * };
 * const { outcome, assessment } = assessCase(bundle, person, { instrument: "palermo" });
 * outcome.classification; // "indicated"
 * assessment.result?.classification; // "indicated"
 * assessment.assessedOn; // "2022-04-05"
 * ```
 */
export function assessCase(bundle: Bundle, personId: string, options: AssessCaseOptions): CaseAssessment {
  const profile = options.profile === null ? undefined : (options.profile ?? bundle.profile);
  const derived = answersFromCase(bundle, personId, options.instrument, {
    profile,
    case: options.case,
    includePartial: options.includePartial,
  });
  const outcome = assess(options.instrument, derived.answers, {
    ...(profile === undefined ? {} : { profile }),
    ...(options.locale === undefined ? {} : { locale: options.locale }),
  });
  const answers = Object.entries(derived.answers).map(([question, value]) => {
    const evidence = derived.evidence[question] ?? [];
    return { question, value, ...(evidence.length > 0 ? { evidence: evidence.join("; ") } : {}) };
  });
  const assessment: Assessment = {
    type: "Assessment",
    id: options.id ?? crypto.randomUUID(),
    instrument: outcome.instrument,
    instrumentVersion: outcome.version,
    subject: personId,
    case: derived.case,
    // The date part of createdAt is the day in the sender's own offset, which is the day they mean.
    assessedOn: options.assessedOn ?? bundle.createdAt.slice(0, 10),
    answers,
    result: {
      classification: outcome.classification,
      indicators: outcome.findings.map((finding) => ({
        indicator: finding.item,
        status: finding.status,
        ...(finding.questions.length > 0 ? { evidence: [...finding.questions] } : {}),
      })),
      ...(outcome.unknowns.length > 0 ? { unknowns: [...outcome.unknowns] } : {}),
    },
  };
  return { person: personId, case: derived.case, outcome, assessment };
}

/**
 * Assesses every victim and presumed victim of every case of a bundle (by role, or by a victim context
 * whose status says a possible or actual victim; never a suspect only), once per case they are a victim
 * in, in the order of the cases and their parties.
 *
 * @param bundle - A valid tipx bundle.
 * @param options - The instrument; the profile (default: the bundle's) and the locale.
 * @returns One assessment per victim and case.
 * @example
 * ```ts
 * import { assessBundle } from "@tipx/indicators";
 * import type { Bundle } from "@tipx/schema";
 * const bundle: Bundle = {
 *   tipx: "1.1",
 *   id: "c0ffee00-1234-4abc-8def-0123456789ab",
 *   createdAt: "2022-04-05T10:00:00+07:00",
 *   sender: { name: "Shelter" },
 *   purpose: "case-management",
 *   entities: [
 *     { type: "Person", id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01" },
 *     { type: "Person", id: "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f" },
 *     {
 *       type: "Case",
 *       id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
 *       parties: [
 *         { person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01", roles: ["victim"] },
 *         { person: "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f", roles: ["suspect"] },
 *       ],
 *     },
 *   ],
 * };
 * assessBundle(bundle, { instrument: "ilo-fl-2012" }).map((result) => result.person); // ["3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01"]
 * ```
 */
export function assessBundle(bundle: Bundle, options: AssessBundleOptions): CaseAssessment[] {
  const results: CaseAssessment[] = [];
  for (const entity of bundle.entities) {
    if (entity.type !== "Case") continue;
    const seen = new Set<string>();
    for (const party of entity.parties) {
      if (!_isVictimParty(party) || seen.has(party.person)) continue;
      seen.add(party.person);
      results.push(assessCase(bundle, party.person, { ...options, case: entity.id }));
    }
  }
  return results;
}

/**
 * Returns a new bundle with the Assessment entities of some results appended to its entities. The
 * bundle's signature, if any, is left out: it signed the bundle without them.
 *
 * @param bundle - The bundle assessed.
 * @param results - Results of {@link assessCase} or {@link assessBundle}.
 * @returns A new bundle; the one given is not changed.
 * @example
 * ```ts
 * import { assessBundle, withAssessments } from "@tipx/indicators";
 * import { type Bundle, validate } from "@tipx/schema";
 * const bundle: Bundle = {
 *   tipx: "1.1",
 *   id: "c0ffee00-1234-4abc-8def-0123456789ab",
 *   createdAt: "2022-04-05T10:00:00+07:00",
 *   sender: { name: "Shelter" },
 *   purpose: "case-management",
 *   entities: [
 *     { type: "Person", id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01" },
 *     { type: "Case", id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", parties: [{ person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01", roles: ["victim"] }] },
 *   ],
 * };
 * const assessed = withAssessments(bundle, assessBundle(bundle, { instrument: "palermo" }));
 * assessed.entities.length; // 3
 * validate(assessed).ok; // true
 * ```
 */
export function withAssessments(bundle: Bundle, results: readonly { readonly assessment: Assessment }[]): Bundle {
  const { signature: _signature, ...unsigned } = bundle;
  return { ...unsigned, entities: [...bundle.entities, ...results.map((result) => result.assessment)] };
}
