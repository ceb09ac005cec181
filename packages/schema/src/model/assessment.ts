import * as z from "zod";
import { field } from "../metadata/registry";
import { entityFields } from "./entity-base";
import { EntityId, PartialDate } from "./primitives";

/**
 * The three answers an indicator can have: it applies, it does not, or nobody knows yet.
 *
 * @example
 * ```ts
 * import { TRI_STATES } from "@tipx/schema";
 * TRI_STATES; // ["yes", "no", "unknown"]
 * ```
 */
export const TRI_STATES = ["yes", "no", "unknown"] as const;

/**
 * One answer to a checklist question.
 *
 * @example
 * ```ts
 * import type { AssessmentAnswer } from "@tipx/schema";
 * const answer: AssessmentAnswer = { question: "fl.retention-of-documents", value: "yes", evidence: "Passport held by recruiter." };
 * ```
 */
export const AssessmentAnswer = z.strictObject({
  /** The id of the checklist question answered. */
  question: field(z.string().min(1), {
    id: "AssessmentAnswer.question",
    label: "Question id",
    description: "The id of the checklist question answered.",
    sensitivity: "none",
  }),
  /** yes, no, unknown, a number or a text. */
  value: field(z.union([z.enum(TRI_STATES), z.number(), z.string()]), {
    id: "AssessmentAnswer.value",
    label: "Answer",
    description: "yes, no, unknown, a number or a text.",
    sensitivity: "sensitive",
  }),
  /** What the answer rests on. */
  evidence: field(z.string().min(1).exactOptional(), {
    id: "AssessmentAnswer.evidence",
    label: "Evidence",
    description: "What the answer rests on.",
    sensitivity: "sensitive",
  }),
});
/** One answer to a checklist question. */
export type AssessmentAnswer = z.infer<typeof AssessmentAnswer>;

/**
 * An indicator's verdict in an assessment result, with the evidence behind it.
 *
 * @example
 * ```ts
 * import type { IndicatorFinding } from "@tipx/schema";
 * const finding: IndicatorFinding = { indicator: "ilo-fl-2012.deception", status: "yes", evidence: ["fl.job-different"] };
 * ```
 */
export const IndicatorFinding = z.strictObject({
  /** The indicator id. */
  indicator: field(z.string().min(1), {
    id: "IndicatorFinding.indicator",
    label: "Indicator",
    description: "The indicator id.",
    sensitivity: "none",
  }),
  /** Whether the indicator is present: yes, no or unknown. */
  status: field(z.enum(TRI_STATES), {
    id: "IndicatorFinding.status",
    label: "Status",
    description: "Whether the indicator is present: yes, no or unknown.",
    sensitivity: "sensitive",
  }),
  /** The answers or facts the verdict rests on. */
  evidence: field(z.array(z.string().min(1)).exactOptional(), {
    id: "IndicatorFinding.evidence",
    label: "Evidence",
    description: "The answers or facts the verdict rests on.",
    sensitivity: "sensitive",
  }),
});
/** An indicator's verdict with its evidence. */
export type IndicatorFinding = z.infer<typeof IndicatorFinding>;

/**
 * The result of an assessment: the classification and every indicator's verdict.
 *
 * @example
 * ```ts
 * import type { AssessmentResult } from "@tipx/schema";
 * const result: AssessmentResult = { classification: "forced-labour", indicators: [] };
 * ```
 */
export const AssessmentResult = z.strictObject({
  /** The instrument's verdict, such as forced-labour or unknown. */
  classification: field(z.string().min(1), {
    id: "AssessmentResult.classification",
    label: "Classification",
    description: "The instrument's verdict, such as forced-labour or unknown.",
    sensitivity: "sensitive",
  }),
  /** Every indicator's verdict. */
  indicators: field(z.array(IndicatorFinding).exactOptional(), {
    id: "AssessmentResult.indicators",
    label: "Indicators",
    description: "Every indicator's verdict.",
    sensitivity: "sensitive",
  }),
  /** Questions whose answer would change the result. */
  unknowns: field(z.array(z.string().min(1)).exactOptional(), {
    id: "AssessmentResult.unknowns",
    label: "Still unknown",
    description: "Questions whose answer would change the result.",
    sensitivity: "none",
  }),
});
/** The result of an assessment. */
export type AssessmentResult = z.infer<typeof AssessmentResult>;

/**
 * The result of applying a checklist (an instrument such as the ILO forced-labour indicators) to a
 * person: the answers, the evidence and the explainable result. The indicators package fills it.
 *
 * @example
 * ```ts
 * import type { Assessment } from "@tipx/schema";
 * const a: Assessment = {
 *   type: "Assessment",
 *   id: "4c5d6e7f-8091-42a3-b4c5-d6e7f8091a2b",
 *   instrument: "ilo-forced-labour-2012",
 *   subject: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
 *   answers: [{ question: "fl.deception", value: "yes" }],
 * };
 * ```
 */
export const Assessment = z.strictObject({
  ...entityFields("Assessment"),
  /** The checklist id, such as ilo-forced-labour-2012. */
  instrument: field(z.string().min(1), {
    id: "Assessment.instrument",
    label: "Instrument",
    description: "The checklist id, such as ilo-forced-labour-2012.",
    sensitivity: "none",
  }),
  /** The checklist's version. */
  instrumentVersion: field(z.string().min(1).exactOptional(), {
    id: "Assessment.instrumentVersion",
    label: "Instrument version",
    description: "The checklist's version.",
    sensitivity: "none",
  }),
  /** Id of the Person assessed. */
  subject: field(EntityId.exactOptional(), {
    id: "Assessment.subject",
    label: "Person assessed",
    description: "Id of the Person assessed.",
    sensitivity: "none",
    references: ["Person"],
  }),
  /** Id of the Case the assessment belongs to. */
  case: field(EntityId.exactOptional(), {
    id: "Assessment.case",
    label: "Case",
    description: "Id of the Case the assessment belongs to.",
    sensitivity: "none",
    references: ["Case"],
  }),
  /** When the assessment was made. */
  assessedOn: field(PartialDate.exactOptional(), {
    id: "Assessment.assessedOn",
    label: "Assessed on",
    description: "When the assessment was made.",
    sensitivity: "none",
  }),
  /** Id of the Organization whose worker assessed. */
  assessor: field(EntityId.exactOptional(), {
    id: "Assessment.assessor",
    label: "Assessor",
    description: "Id of the Organization whose worker assessed.",
    sensitivity: "none",
    references: ["Organization"],
  }),
  /** The answers given. */
  answers: field(z.array(AssessmentAnswer), {
    id: "Assessment.answers",
    label: "Answers",
    description: "The answers given.",
    sensitivity: "sensitive",
  }),
  /** The explainable result. */
  result: field(AssessmentResult.exactOptional(), {
    id: "Assessment.result",
    label: "Result",
    description: "The explainable result.",
    sensitivity: "sensitive",
  }),
});
/** The result of applying a checklist to a person. */
export type Assessment = z.infer<typeof Assessment>;
