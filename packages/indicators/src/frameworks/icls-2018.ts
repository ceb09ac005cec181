import { defineFramework } from "../framework";

const GUIDELINES =
  "20th International Conference of Labour Statisticians, Guidelines concerning the measurement of forced labour (ICLS/20/2018/Guidelines, 2018)";
const SURVEY_GUIDELINES =
  "ILO, Hard to see, harder to count: Survey guidelines to estimate forced labour of adults and children (2nd ed., 2012)";
const C182 = "ILO Worst Forms of Child Labour Convention, 1999 (No. 182)";
const GLOBAL_ESTIMATES =
  "ILO, Walk Free and IOM, Global Estimates of Modern Slavery: Forced Labour and Forced Marriage (2017 and 2022 editions)";

// The statistical definition, its two lists and the reference period were read only in a secondary
// reproduction of the guidelines' wording, not in the official text: unverified until checked there.
const REPRODUCED =
  "Seen only in a secondary reproduction of the guidelines' wording; the official text and its paragraph numbers were not seen. Check against the official ICLS/20/2018/Guidelines. The definition is our own summary.";
const INVOLUNTARY = `One of the circumstances the guidelines list as possibly making work involuntary, when the worker took it on deceived or uninformed. ${REPRODUCED}`;
const DIMENSION =
  "The three dimensions are stated in the ILO's 2012 survey guidelines (see hts-2012) and in the 2021 Global Estimates; where and how the ICLS guidelines state them was not seen. Check the guidelines' text.";
const CHILD =
  "Known from the OECD's quotation of the ILO's 2012 survey guidelines; the 2018 guidelines are understood to keep the same structure, but their paragraph on forced labour of children was not seen. Check it in the official ICLS/20/2018/Guidelines.";
const CATEGORY =
  "Known from summaries of the Global Estimates (2017 and 2021), not from their full text; the ICLS guidelines' own text on privately imposed and State-imposed forced labour was not seen. Check both documents.";

/**
 * The statistical definition of forced labour adopted by the 20th International Conference of Labour
 * Statisticians (2018): work that is both involuntary and under threat or menace of a penalty, in a
 * reference period; the nine circumstances of involuntary work, the six elements of coercion, the three
 * dimensions, forced labour of children and the Global Estimates' categories. Definitions in our own
 * words; what was seen only in secondary copies is `verified: false`.
 *
 * @see ICLS/20/2018/Guidelines
 * @example
 * ```ts
 * import { icls2018 } from "@tipx/indicators";
 * icls2018.items["debt-bondage"].group; // "coercion"
 * icls2018.order.filter((id) => icls2018.items[id].group === "involuntariness").length; // 9
 * ```
 */
export const icls2018 = defineFramework({
  id: "icls-2018",
  title: "20th ICLS (2018): statistical definition of forced labour",
  source: GUIDELINES,
  order: [
    "unfree-recruitment",
    "different-job",
    "abusive-overtime",
    "hazardous-without-consent",
    "very-low-or-no-wages",
    "degrading-living-conditions",
    "other-employers",
    "longer-than-agreed",
    "no-freedom-to-terminate",
    "threats-or-violence",
    "restriction-of-movement",
    "debt-bondage",
    "withholding-of-wages",
    "withholding-of-documents",
    "abuse-of-vulnerability",
    "dimension-recruitment",
    "dimension-duress",
    "dimension-leaving",
    "child-third-party-coercion",
    "child-parent-in-forced-labour",
    "child-unconditional-worst-form",
    "privately-imposed-exploitation",
    "privately-imposed-sexual",
    "state-imposed",
  ],
  groups: {
    involuntariness: "Involuntary work",
    coercion: "Threat or menace of penalty",
    dimension: "Dimension",
    child: "Forced labour of children",
    category: "Category (Global Estimates)",
  },
  items: {
    "unfree-recruitment": {
      label: "Unfree recruitment",
      definition:
        "The worker did not enter the work freely: they were born into it, or were obtained through a transaction such as slavery or bonded labour.",
      group: "involuntariness",
      source: `${GUIDELINES}, involuntary work, circumstance 1`,
      verified: false,
      note: INVOLUNTARY,
    },
    "different-job": {
      label: "A job different from the one agreed",
      definition:
        "The worker has to do work of another kind than the one set out at recruitment, without having agreed to the change.",
      group: "involuntariness",
      source: `${GUIDELINES}, involuntary work, circumstance 2`,
      verified: false,
      note: INVOLUNTARY,
    },
    "abusive-overtime": {
      label: "Abusive overtime or on-call work",
      definition: "The employer makes abusive demands for overtime or on-call work that the worker had not agreed to.",
      group: "involuntariness",
      source: `${GUIDELINES}, involuntary work, circumstance 3`,
      verified: false,
      note: INVOLUNTARY,
    },
    "hazardous-without-consent": {
      label: "Hazardous work without consent",
      definition:
        "The worker works in hazardous conditions they did not agree to, whether or not they are paid extra or given protective equipment.",
      group: "involuntariness",
      source: `${GUIDELINES}, involuntary work, circumstance 4`,
      verified: false,
      note: INVOLUNTARY,
    },
    "very-low-or-no-wages": {
      label: "Very low or no wages",
      definition: "The worker is paid very little for the work, or nothing.",
      group: "involuntariness",
      source: `${GUIDELINES}, involuntary work, circumstance 5`,
      verified: false,
      note: INVOLUNTARY,
    },
    "degrading-living-conditions": {
      label: "Degrading living conditions",
      definition: "The employer makes the worker live in degrading conditions.",
      group: "involuntariness",
      source: `${GUIDELINES}, involuntary work, circumstance 6`,
      verified: false,
      note: INVOLUNTARY,
    },
    "other-employers": {
      label: "Work for other employers than agreed",
      definition: "The worker is made to work for someone other than the employer they agreed to work for.",
      group: "involuntariness",
      source: `${GUIDELINES}, involuntary work, circumstance 7`,
      verified: false,
      note: INVOLUNTARY,
    },
    "longer-than-agreed": {
      label: "Work for longer than agreed",
      definition: "The worker is kept at the work beyond the period they agreed to.",
      group: "involuntariness",
      source: `${GUIDELINES}, involuntary work, circumstance 8`,
      verified: false,
      note: INVOLUNTARY,
    },
    "no-freedom-to-terminate": {
      label: "No freedom to end the contract",
      definition: "The worker cannot end the work contract, or is only partly free to.",
      group: "involuntariness",
      source: `${GUIDELINES}, involuntary work, circumstance 9`,
      verified: false,
      note: INVOLUNTARY,
    },
    "threats-or-violence": {
      label: "Threats or violence",
      definition:
        "The worker, or their family, relatives or people close to them, are threatened or subjected to violence.",
      group: "coercion",
      source: `${GUIDELINES}, threat or menace of penalty, element 1`,
      verified: false,
      note: REPRODUCED,
    },
    "restriction-of-movement": {
      label: "Restriction of movement",
      definition: "The worker is not free to move about as they wish.",
      group: "coercion",
      source: `${GUIDELINES}, threat or menace of penalty, element 2`,
      verified: false,
      note: REPRODUCED,
    },
    "debt-bondage": {
      label: "Debt bondage or manipulation of debt",
      definition: "The worker is held by a debt, or a debt is manipulated to hold them.",
      group: "coercion",
      source: `${GUIDELINES}, threat or menace of penalty, element 3`,
      verified: false,
      note: REPRODUCED,
    },
    "withholding-of-wages": {
      label: "Withholding of wages or other promised benefits",
      definition: "Pay or other benefits promised to the worker are kept back from them.",
      group: "coercion",
      source: `${GUIDELINES}, threat or menace of penalty, element 4`,
      verified: false,
      note: REPRODUCED,
    },
    "withholding-of-documents": {
      label: "Withholding of valuable documents",
      definition: "Papers the worker needs, such as identity documents or a residence permit, are kept from them.",
      group: "coercion",
      source: `${GUIDELINES}, threat or menace of penalty, element 5`,
      verified: false,
      note: REPRODUCED,
    },
    "abuse-of-vulnerability": {
      label: "Abuse of vulnerability",
      definition:
        "The worker's weak position is used against them: rights or privileges are denied, or they are threatened with dismissal or deportation.",
      group: "coercion",
      source: `${GUIDELINES}, threat or menace of penalty, element 6`,
      verified: false,
      note: REPRODUCED,
    },
    "dimension-recruitment": {
      label: "Unfree recruitment",
      definition: "Involuntariness and coercion at recruitment: the person is made to take the work.",
      group: "dimension",
      source: `${GUIDELINES}, dimensions of forced labour; ${SURVEY_GUIDELINES}, dimension 1`,
      verified: false,
      note: DIMENSION,
    },
    "dimension-duress": {
      label: "Work and life under duress",
      definition:
        "Involuntariness and coercion during the work: the person is made to do work or live in a way they did not agree to.",
      group: "dimension",
      source: `${GUIDELINES}, dimensions of forced labour; ${SURVEY_GUIDELINES}, dimension 2`,
      verified: false,
      note: DIMENSION,
    },
    "dimension-leaving": {
      label: "Impossibility of leaving the employer",
      definition: "Coercion that stops the person from leaving the employer.",
      group: "dimension",
      source: `${GUIDELINES}, dimensions of forced labour; ${SURVEY_GUIDELINES}, dimension 3`,
      verified: false,
      note: DIMENSION,
    },
    "child-third-party-coercion": {
      label: "Coercion by a third party",
      definition:
        "The child works under coercion that someone other than the parents applies to the child or to the parents.",
      group: "child",
      source: `${GUIDELINES}, forced labour of children; ${SURVEY_GUIDELINES}, operational definition of forced labour of children, (i)`,
      verified: false,
      note: CHILD,
    },
    "child-parent-in-forced-labour": {
      label: "A parent in forced labour",
      definition: "The child works as a direct consequence of a parent, or both, being in forced labour.",
      group: "child",
      source: `${GUIDELINES}, forced labour of children; ${SURVEY_GUIDELINES}, operational definition of forced labour of children, (ii)`,
      verified: false,
      note: `${CHILD} The quotation adds that children of adults in forced labour are themselves considered in forced labour.`,
    },
    "child-unconditional-worst-form": {
      label: "An unconditional worst form of child labour",
      definition:
        "The child works in a worst form listed in C182 art. 3(a): slavery or similar practices, such as the sale or trafficking of children, debt bondage, serfdom, or forced or compulsory labour, including forced recruitment for armed conflict.",
      group: "child",
      source: `${GUIDELINES}, forced labour of children; ${SURVEY_GUIDELINES}, operational definition of forced labour of children, (iii); ${C182}, art. 3(a)`,
      verified: false,
      note: CHILD,
    },
    "privately-imposed-exploitation": {
      label: "Forced labour exploitation",
      definition:
        "Privately imposed forced labour (by individuals, groups or companies) in any sector except commercial sex.",
      group: "category",
      source: `${GLOBAL_ESTIMATES}, typology of forced labour; ${GUIDELINES}`,
      verified: false,
      note: CATEGORY,
    },
    "privately-imposed-sexual": {
      label: "Forced commercial sexual exploitation",
      definition:
        "Privately imposed forced labour in commercial sex, for adults; for children, all commercial sexual exploitation counts here.",
      group: "category",
      source: `${GLOBAL_ESTIMATES}, typology of forced labour; ${GUIDELINES}`,
      verified: false,
      note: CATEGORY,
    },
    "state-imposed": {
      label: "State-imposed forced labour",
      definition: "Forced labour imposed by State authorities.",
      group: "category",
      source: `${GLOBAL_ESTIMATES}, typology of forced labour; ${GUIDELINES}`,
      verified: false,
      note: CATEGORY,
    },
  },
  rules: {
    "both-conditions": {
      text: "A person is in forced labour when, during the reference period, they did work that was both involuntary (without their free and informed consent) and under the threat or menace of a penalty (coercion they suffered, were threatened with, or saw used on co-workers). Both conditions must be present: either one alone is not forced labour.",
      source: `${GUIDELINES}, statistical definition of forced labour; ILO Forced Labour Convention, 1930 (No. 29), art. 2`,
      verified: false,
      note: REPRODUCED,
    },
    "reference-period": {
      text: "The reference period may be short (the last week, month or season), which suits measuring forced labour among a particular category of workers, or long (the past year, two years or five years, or a lifetime), which suits a general population.",
      source: `${GUIDELINES}, reference period`,
      verified: false,
      note: `${REPRODUCED} The 2021 Global Estimates used a five-year period, 2017 to 2021.`,
    },
    "child-definition": {
      text: "A child's work is forced labour when it is done under coercion that a third party other than the parents applies to the child or the parents, or as a direct consequence of a parent being in forced labour, or in a worst form of child labour listed in C182 art. 3(a).",
      source: `${GUIDELINES}, forced labour of children; ${SURVEY_GUIDELINES}, operational definition of forced labour of children`,
      verified: false,
      note: CHILD,
    },
  },
});
