import { defineFramework } from "../framework";

const GUIDELINES =
  "ILO, Hard to see, harder to count: Survey guidelines to estimate forced labour of adults and children (2nd ed., 2012, ISBN 978-92-2-126171-1)";

// The three dimensions and the penalty element were seen as the guidelines' headings, quoted in a
// glossary; the indicators under each heading were not.
const HEADING =
  "Verified at the level of the guidelines' headings; the indicators of involuntariness and of penalty under it were not retrieved and are not encoded (see HTS_2012_INDICATORS).";
const MEANS =
  "One of the means of coercion the guidelines list under penalty or menace of penalty; the list may hold more than the six encoded here (check the full list in the guidelines).";

/**
 * The ILO's 2012 survey guidelines for estimating forced labour, as far as their text could be checked:
 * the operational definition of forced labour of adults, its three dimensions (unfree recruitment, work
 * and life under duress, impossibility of leaving the employer), the penalty element and its means of
 * coercion. The graded indicators and the decision rule that applies them were not retrieved: tipx holds
 * the rule as unverified and does not apply it, and the engine offers no assessment for `hts-2012`.
 *
 * @see ILO, Hard to see, harder to count (2nd ed., 2012)
 * @example
 * ```ts
 * import { hardToSee2012 } from "@tipx/indicators";
 * hardToSee2012.items["dimension-impossibility-of-leaving"].label; // "Impossibility of leaving the employer"
 * hardToSee2012.rules["decision-rule"].verified; // false
 * ```
 */
export const hardToSee2012 = defineFramework({
  id: "hts-2012",
  title: "Hard to see, harder to count: ILO survey guidelines to estimate forced labour of adults and children (2012)",
  source: GUIDELINES,
  order: [
    "dimension-unfree-recruitment",
    "dimension-work-and-life-under-duress",
    "dimension-impossibility-of-leaving",
    "penalty",
    "threats-and-violence",
    "restriction-of-movement",
    "debt-bondage",
    "withholding-of-wages",
    "retention-of-documents",
    "abuse-of-vulnerability",
  ],
  groups: {
    dimension: "Dimension",
    penalty: "Penalty or menace of penalty",
    "penalty-means": "Means of coercion",
  },
  items: {
    "dimension-unfree-recruitment": {
      label: "Unfree recruitment",
      definition: "Dimension 1: coercion at recruitment makes the person accept the job.",
      group: "dimension",
      source: `${GUIDELINES}, dimension 1`,
      verified: true,
      note: HEADING,
    },
    "dimension-work-and-life-under-duress": {
      label: "Work and life under duress",
      definition: "Dimension 2: once working, the person is coerced into tasks they did not agree to.",
      group: "dimension",
      source: `${GUIDELINES}, dimension 2`,
      verified: true,
      note: HEADING,
    },
    "dimension-impossibility-of-leaving": {
      label: "Impossibility of leaving the employer",
      definition: "Dimension 3: coercion stops the person from leaving the employer.",
      group: "dimension",
      source: `${GUIDELINES}, dimension 3`,
      verified: true,
      note: HEADING,
    },
    penalty: {
      label: "Penalty or menace of penalty",
      definition:
        "The fourth part, beside the three dimensions: the coercion an employer or a third party applies, or threatens, to impose the work, by one of the means in the `penalty-means` group.",
      group: "penalty",
      source: `${GUIDELINES}, (4) penalty or menace of penalty`,
      verified: true,
      note: HEADING,
    },
    "threats-and-violence": {
      label: "Threats and violence",
      definition: "The person is threatened or subjected to violence.",
      group: "penalty-means",
      source: `${GUIDELINES}, (4) penalty or menace of penalty, means of coercion`,
      verified: true,
      note: MEANS,
    },
    "restriction-of-movement": {
      label: "Restriction of freedom of movement",
      definition: "The person is not free to move about as they wish.",
      group: "penalty-means",
      source: `${GUIDELINES}, (4) penalty or menace of penalty, means of coercion`,
      verified: true,
      note: MEANS,
    },
    "debt-bondage": {
      label: "Debt bondage",
      definition: "The person is bound to the work by a debt.",
      group: "penalty-means",
      source: `${GUIDELINES}, (4) penalty or menace of penalty, means of coercion`,
      verified: true,
      note: MEANS,
    },
    "withholding-of-wages": {
      label: "Withholding of wages",
      definition: "The person's pay is kept back from them.",
      group: "penalty-means",
      source: `${GUIDELINES}, (4) penalty or menace of penalty, means of coercion`,
      verified: true,
      note: MEANS,
    },
    "retention-of-documents": {
      label: "Retention of passport or documents",
      definition: "The person's passport or other documents are kept from them.",
      group: "penalty-means",
      source: `${GUIDELINES}, (4) penalty or menace of penalty, means of coercion`,
      verified: true,
      note: MEANS,
    },
    "abuse-of-vulnerability": {
      label: "Abuse of vulnerability",
      definition: "The person's weak position is used against them.",
      group: "penalty-means",
      source: `${GUIDELINES}, (4) penalty or menace of penalty, means of coercion`,
      verified: true,
      note: MEANS,
    },
  },
  rules: {
    "operational-definition": {
      text: "Forced labour of adults is work for which a person has not offered themselves voluntarily (involuntariness) and which is done under the menace of a penalty (coercion) applied by an employer or a third party. The coercion may come at recruitment, to make the person accept the job; once working, to make them do tasks they did not agree to; or to stop them leaving.",
      source: `${GUIDELINES}, operational definition of forced labour of adults`,
      verified: true,
    },
    "decision-rule": {
      text: "An adult is in forced labour in a dimension when at least one indicator of involuntariness and at least one indicator of penalty are present for it, and at least one of the two is strong.",
      source: `${GUIDELINES}, decision rule for forced labour of adults`,
      verified: false,
      note: "Only a general description of the rule was seen; its wording and the graded indicators it applies to (the guidelines' annex table) were not retrieved. tipx does not apply it: the engine offers no assessment for hts-2012. Check the guidelines' text and annex table before encoding it as a rule.",
    },
  },
});

/**
 * One indicator of the 2012 survey guidelines: the dimension it belongs to, whether it signals
 * involuntariness or penalty, and its grade. The shape follows the general description of the
 * guidelines (each dimension with graded indicators of both kinds); the table itself was not retrieved.
 *
 * @example
 * ```ts
 * import type { SurveyIndicator } from "@tipx/indicators";
 * // The shape only: this entry is made up and is not one of the guidelines' indicators.
 * const shape: SurveyIndicator = {
 *   id: "example",
 *   dimension: "dimension-unfree-recruitment",
 *   signals: "involuntariness",
 *   strength: "strong",
 *   label: "An example",
 *   source: "Hard to see, harder to count (2012), annex table, row 1",
 *   verified: false,
 *   note: "Not from the guidelines: an example of the shape.",
 * };
 * ```
 */
export interface SurveyIndicator {
  /** The indicator's id, unique among the guidelines' indicators. */
  readonly id: string;
  /** The dimension of `hardToSee2012` it belongs to. */
  readonly dimension:
    | "dimension-unfree-recruitment"
    | "dimension-work-and-life-under-duress"
    | "dimension-impossibility-of-leaving";
  /** Whether it is an indicator of involuntariness or of penalty (menace of penalty). */
  readonly signals: "involuntariness" | "penalty";
  /** Its grade in the guidelines. */
  readonly strength: "strong" | "medium";
  /** Its name, in English. */
  readonly label: string;
  /** The table and row it comes from. */
  readonly source: string;
  /** `false` when it was not checked against the guidelines' own table; `note` says what would check it. */
  readonly verified: boolean;
  /** What is unverified, or where the entry was found. */
  readonly note?: string;
}

/**
 * The indicators of the 2012 survey guidelines, each with its dimension, kind and grade: empty, because
 * the indicator-by-indicator table (the guidelines' annex) was not retrieved, and nothing is encoded from
 * memory. Fill it from that table, each entry citing its table and row, `verified: true`. The US
 * Department of Labor's Comply Chain app reproduces such indicators: it is a lead for finding them, not
 * an authority, and an entry taken from it would be `verified: false`, naming it in `source` and `note`.
 *
 * @example
 * ```ts
 * import { HTS_2012_INDICATORS } from "@tipx/indicators";
 * HTS_2012_INDICATORS.length; // 0
 * ```
 */
export const HTS_2012_INDICATORS: readonly SurveyIndicator[] = [];
