import { defineFramework } from "../framework";

const BOOKLET = "ILO, Indicators of Forced Labour (Special Action Programme to Combat Forced Labour, 2012)";
const PARAPHRASE =
  "The name is the booklet's; the definition is our own summary, not the booklet's text (check it against the booklet's page for the indicator).";

/**
 * The 11 ILO indicators of forced labour (2012), in the booklet's order: clues for front-line officers,
 * not a legal test. Names as the booklet gives them; definitions in our own words.
 *
 * @example
 * ```ts
 * import { iloForcedLabour2012 } from "@tipx/indicators";
 * iloForcedLabour2012.order.length; // 11
 * iloForcedLabour2012.items["debt-bondage"].label; // "Debt bondage"
 * ```
 */
export const iloForcedLabour2012 = defineFramework({
  id: "ilo-fl-2012",
  title: "ILO indicators of forced labour (2012)",
  source: BOOKLET,
  order: [
    "abuse-of-vulnerability",
    "deception",
    "restriction-of-movement",
    "isolation",
    "physical-and-sexual-violence",
    "intimidation-and-threats",
    "retention-of-identity-documents",
    "withholding-of-wages",
    "debt-bondage",
    "abusive-working-and-living-conditions",
    "excessive-overtime",
  ],
  groups: { indicator: "Indicator" },
  items: {
    "abuse-of-vulnerability": {
      label: "Abuse of vulnerability",
      definition:
        "The employer takes advantage of the worker's weak position (irregular status, poverty, not speaking the language, dependence) to impose conditions.",
      group: "indicator",
      source: `${BOOKLET}, indicator 1`,
      verified: true,
      note: PARAPHRASE,
    },
    deception: {
      label: "Deception",
      definition:
        "The worker was lied to when recruited about the job, the pay, the conditions, the employer, the place or their legal status.",
      group: "indicator",
      source: `${BOOKLET}, indicator 2`,
      verified: true,
      note: PARAPHRASE,
    },
    "restriction-of-movement": {
      label: "Restriction of movement",
      definition: "The worker is locked in, guarded or otherwise not free to come and go from work or lodging.",
      group: "indicator",
      source: `${BOOKLET}, indicator 3`,
      verified: true,
      note: PARAPHRASE,
    },
    isolation: {
      label: "Isolation",
      definition: "The worker is cut off from others: a remote site, no phone, no contact with family or community.",
      group: "indicator",
      source: `${BOOKLET}, indicator 4`,
      verified: true,
      note: PARAPHRASE,
    },
    "physical-and-sexual-violence": {
      label: "Physical and sexual violence",
      definition: "The worker or their family suffer beatings, sexual abuse, forced drug use or similar violence.",
      group: "indicator",
      source: `${BOOKLET}, indicator 5`,
      verified: true,
      note: PARAPHRASE,
    },
    "intimidation-and-threats": {
      label: "Intimidation and threats",
      definition:
        "The worker is threatened with violence, with being reported to the police or immigration, with dismissal or with harm to their family.",
      group: "indicator",
      source: `${BOOKLET}, indicator 6`,
      verified: true,
      note: PARAPHRASE,
    },
    "retention-of-identity-documents": {
      label: "Retention of identity documents",
      definition:
        "The employer keeps the worker's passport or identity card, and the worker cannot have it back when asked.",
      group: "indicator",
      source: `${BOOKLET}, indicator 7`,
      verified: true,
      note: PARAPHRASE,
    },
    "withholding-of-wages": {
      label: "Withholding of wages",
      definition: "Wages are kept back or put off so that the worker cannot leave without losing them.",
      group: "indicator",
      source: `${BOOKLET}, indicator 8`,
      verified: true,
      note: PARAPHRASE,
    },
    "debt-bondage": {
      label: "Debt bondage",
      definition:
        "The worker is bound by a debt, such as an advance or a recruitment fee, that is manipulated or cannot be paid off.",
      group: "indicator",
      source: `${BOOKLET}, indicator 9`,
      verified: true,
      note: PARAPHRASE,
    },
    "abusive-working-and-living-conditions": {
      label: "Abusive working and living conditions",
      definition: "Degrading, dangerous or unhealthy work or lodging that a free worker would not accept.",
      group: "indicator",
      source: `${BOOKLET}, indicator 10`,
      verified: true,
      note: PARAPHRASE,
    },
    "excessive-overtime": {
      label: "Excessive overtime",
      definition: "Hours far beyond the legal limits, or no rest days, imposed on the worker.",
      group: "indicator",
      source: `${BOOKLET}, indicator 11`,
      verified: true,
      note: PARAPHRASE,
    },
  },
  rules: {
    clues: {
      text: "The indicators are clues, not a legal test: one indicator can be enough to point to forced labour, and in other cases several together do. A screening that finds any of them says that indicators of forced labour are present; whether a person is in forced labour is for the competent authority to decide.",
      source: `${BOOKLET}, introduction`,
      verified: true,
    },
  },
});
