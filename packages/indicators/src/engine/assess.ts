import type { ProfileCode } from "@tipx/schema";
import { isProfileCode } from "@tipx/schema";
import type { Answers, Checklist, ItemRef } from "../checklist";
import { getChecklist, type InstrumentId, isInstrumentId } from "../checklists/registry";
import { NATIONAL_VARIANTS, type NationalVariantInstrument } from "../frameworks/national-variants";
import { getFramework } from "../frameworks/registry";
import type { IndicatorCatalogue } from "../locales/indicator-catalogue";
import type { TriState } from "../tri-state";
import { DECIDERS, type Decision, type RuleRef } from "./decide";
import { type Evaluation, evaluate, triState } from "./evaluate";
import { ENGLISH_WORDS } from "./words-en";

/**
 * What a screening says: the instrument's indicators or elements are present (`indicated`), absent on
 * the answers given (`not-indicated`), or neither shown nor ruled out (`inconclusive`). Never "is a
 * victim": identification is the competent authority's decision.
 */
export type Classification = "indicated" | "not-indicated" | "inconclusive";

/** One framework item the checklist asks about, with its status and the questions behind it. */
export interface Finding {
  /** The item, `"<framework>/<item>"`. */
  readonly item: ItemRef;
  /** Present, absent, or unknown. */
  readonly status: TriState;
  /** The questions whose answers support the status (the yes answers, or for an absent item the no answers). */
  readonly questions: readonly string[];
}

/** The result of `assess`: the classification, the evidence, what is still unknown, and why. */
export interface AssessmentOutcome {
  /** The instrument run. */
  readonly instrument: InstrumentId;
  /** Its checklist's version. */
  readonly version: string;
  /** The profile whose rules applied, if any. */
  readonly profile?: ProfileCode;
  /** The classification. */
  readonly classification: Classification;
  /** The rule the classification rests on. */
  readonly rule: RuleRef;
  /** The named elements the rule combined (act, means, purpose, child; involuntariness, coercion...). */
  readonly elements: Readonly<Record<string, TriState>>;
  /** Every item the checklist asks about, in the framework's order. */
  readonly findings: readonly Finding[];
  /**
   * The questions, unanswered or answered unknown, whose answer alone would change the classification;
   * when no single answer would (an inconclusive ICLS screening needs both conditions), every unknown
   * question that feeds an item.
   */
  readonly unknowns: readonly string[];
  /** The explanation, in the language of the `locale` option (English by default). */
  readonly explanation: string;
}

/** Options of {@link assess}. */
export interface AssessOptions {
  /** A country profile: its law (Palermo variants) and child-labour ages apply. */
  readonly profile?: ProfileCode;
  /** The catalogue of the explanation's language (`@tipx/indicators/locales/th` or `/es`); English by default. */
  readonly locale?: IndicatorCatalogue;
}

const CLASSIFICATION: Readonly<Record<TriState, Classification>> = {
  yes: "indicated",
  no: "not-indicated",
  unknown: "inconclusive",
};

/** Ages that cross every limit the rules compare with, to find out whether an unknown age matters. */
const PROBE_AGES = [5, 11, 12, 13, 14, 15, 16, 17, 18, 30] as const;

function classify(checklist: Checklist, answers: Answers, profile: ProfileCode | undefined): Decision {
  const decide = DECIDERS[checklist.id];
  if (!decide) throw new Error(`assess(): no rule for instrument ${checklist.id}.`);
  return decide(evaluate(checklist, answers), { profile });
}

/** The applicable questions whose unknown answer, once known, would change the classification. */
function unknownsThatMatter(
  checklist: Checklist,
  answers: Answers,
  evaluation: Evaluation,
  profile: ProfileCode | undefined,
  current: TriState,
): string[] {
  const out: string[] = [];
  for (const question of evaluation.applicable) {
    const given = answers[question.id];
    if (question.answer.kind === "number" && question.fact === "age") {
      if (typeof given === "number") continue;
      const changes = PROBE_AGES.some(
        (age) => classify(checklist, { ...answers, [question.id]: age }, profile).result !== current,
      );
      if (changes) out.push(question.id);
    } else if (question.answer.kind === "tri-state" && triState(given) === "unknown") {
      const changes = (["yes", "no"] as const).some(
        (value) => classify(checklist, { ...answers, [question.id]: value }, profile).result !== current,
      );
      if (changes) out.push(question.id);
    }
  }
  // No one answer decides an instrument whose test needs several elements (ICLS needs both conditions):
  // then every unknown question that feeds an item may be needed, and the person asking gets them all.
  if (out.length === 0 && current === "unknown")
    for (const question of evaluation.applicable)
      if (
        question.answer.kind === "tri-state" &&
        question.feeds.length > 0 &&
        triState(answers[question.id]) === "unknown"
      )
        out.push(question.id);
  return out;
}

function ruleText(rule: RuleRef, locale: IndicatorCatalogue | undefined): [text: string, source: string] {
  const [scope, id] = rule.split("/") as [string, string];
  if (scope === "national" && isProfileCode(id)) {
    const variant = NATIONAL_VARIANTS[id];
    return [locale?.national[variant.instrument as NationalVariantInstrument]?.text ?? variant.rule, variant.law];
  }
  const framework = getFramework(scope);
  const fixed = framework.rules[id];
  if (!fixed) return [rule, framework.source];
  const texts = locale?.frameworks[framework.id as keyof IndicatorCatalogue["frameworks"]] as
    | { rules: Record<string, { text: string }> }
    | undefined;
  return [texts?.rules[id]?.text ?? fixed.text, fixed.source];
}

function itemLabel(ref: ItemRef, locale: IndicatorCatalogue | undefined): { group: string; label: string } {
  const [frameworkId, id] = ref.split("/") as [string, string];
  const framework = getFramework(frameworkId);
  const item = framework.items[id];
  const texts = locale?.frameworks[framework.id as keyof IndicatorCatalogue["frameworks"]] as
    | { items: Record<string, { label: { text: string } }>; groups: Record<string, { text: string }> }
    | undefined;
  const group = item?.group ?? "";
  return {
    group: texts?.groups[group]?.text ?? framework.groups[group] ?? group,
    label: texts?.items[id]?.label.text ?? item?.label ?? id,
  };
}

function questionText(checklist: Checklist, id: string, locale: IndicatorCatalogue | undefined): string {
  const texts = locale?.checklists[checklist.id as InstrumentId] as
    | { questions: Record<string, { text: { text: string } }> }
    | undefined;
  return texts?.questions[id]?.text.text ?? checklist.questions.find((q) => q.id === id)?.text ?? id;
}

function explain(
  checklist: Checklist,
  outcome: Omit<AssessmentOutcome, "explanation">,
  locale: IndicatorCatalogue | undefined,
): string {
  const words = locale?.words ?? ENGLISH_WORDS;
  const sentences = [words.outcome(outcome.instrument, outcome.classification)];
  const byGroup = new Map<string, string[]>();
  for (const finding of outcome.findings) {
    if (finding.status !== "yes") continue;
    const { group, label } = itemLabel(finding.item, locale);
    byGroup.set(group, [...(byGroup.get(group) ?? []), label]);
  }
  if (byGroup.size > 0) sentences.push(words.found([...byGroup]));
  const [text, source] = ruleText(outcome.rule, locale);
  sentences.push(words.rule(text, source));
  if (outcome.unknowns.length > 0)
    sentences.push(words.unknowns(outcome.unknowns.map((id) => questionText(checklist, id, locale))));
  if (outcome.classification === "indicated") sentences.push(words.notIdentification);
  return sentences.join(" ");
}

/**
 * Runs a screening instrument on a person's answers, with three-valued logic: an unanswered question is
 * unknown, never no. Returns the classification, every item with the answers behind it, the unknown
 * answers that would change the result, and an explanation citing the rule applied.
 *
 * @param instrument - `"ilo-fl-2012"`, `"icls-2018"`, `"palermo"` or `"child-labour"`.
 * @param answers - Answers by question id (see the checklists, `CHECKLISTS`).
 * @param options - `profile` for the country's law and ages; `locale` for the explanation's language.
 * @throws {TypeError} For an unknown instrument or profile.
 * @example
 * ```ts
 * import { assess } from "@tipx/indicators";
 * const outcome = assess("palermo", { "moved": "yes", "lied-to": "yes", "forced-work": "yes", "age": 24 });
 * outcome.classification; // "indicated"
 * ```
 */
export function assess(instrument: InstrumentId, answers: Answers, options: AssessOptions = {}): AssessmentOutcome {
  if (!isInstrumentId(instrument)) throw new TypeError(`assess(): unknown instrument ${JSON.stringify(instrument)}.`);
  const { profile, locale } = options;
  if (profile !== undefined && !isProfileCode(profile))
    throw new TypeError(`assess(): unknown profile ${JSON.stringify(profile)}.`);
  const checklist = getChecklist(instrument);
  const evaluation = evaluate(checklist, answers);
  const decision = classify(checklist, answers, profile);
  const framework = getFramework(checklist.framework);
  const findings: Finding[] = framework.order.flatMap((id) => {
    const ref: ItemRef = `${framework.id}/${id}`;
    const found = evaluation.items.get(ref);
    return found ? [{ item: ref, status: found.status, questions: found.questions }] : [];
  });
  const outcome = {
    instrument,
    version: checklist.version,
    ...(profile === undefined ? {} : { profile }),
    classification: CLASSIFICATION[decision.result],
    rule: decision.rule,
    elements: decision.elements,
    findings,
    unknowns: unknownsThatMatter(checklist, answers, evaluation, profile, decision.result),
  };
  return { ...outcome, explanation: explain(checklist, outcome, locale) };
}
