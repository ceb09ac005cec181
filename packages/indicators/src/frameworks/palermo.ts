import { defineFramework } from "../framework";

const PROTOCOL =
  "UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000)";

/**
 * Article 3 of the Palermo Protocol as data: the acts, means and purposes of trafficking in persons, and
 * its rules (a means is needed for an adult, not for a child under 18; consent is irrelevant once a
 * means is used). The national variants of the profile countries are in `NATIONAL_VARIANTS`.
 *
 * @example
 * ```ts
 * import { palermo } from "@tipx/indicators";
 * palermo.items.transportation.group; // "act"
 * palermo.rules["child-no-means"].source; // "UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000), art. 3(c) and (d)"
 * ```
 */
export const palermo = defineFramework({
  id: "palermo",
  title: "Palermo Protocol, article 3: act, means and purpose",
  source: `${PROTOCOL}, art. 3`,
  order: [
    "recruitment",
    "transportation",
    "transfer",
    "harbouring",
    "receipt",
    "threat-or-use-of-force",
    "other-coercion",
    "abduction",
    "fraud",
    "deception",
    "abuse-of-power",
    "abuse-of-vulnerability",
    "payments-to-controller",
    "sexual-exploitation",
    "forced-labour-or-services",
    "slavery-or-similar-practices",
    "servitude",
    "removal-of-organs",
    "other-exploitation",
  ],
  groups: { act: "Act", means: "Means", purpose: "Purpose" },
  items: {
    recruitment: {
      label: "Recruitment",
      definition: "Finding and enlisting a person, in person, through an agent, or online.",
      group: "act",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    transportation: {
      label: "Transportation",
      definition: "Moving a person from one place to another, within a country or across a border.",
      group: "act",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    transfer: {
      label: "Transfer",
      definition: "Handing a person over to someone else, including selling or exchanging them.",
      group: "act",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    harbouring: {
      label: "Harbouring",
      definition: "Housing or keeping a person somewhere, at any stage.",
      group: "act",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    receipt: {
      label: "Receipt",
      definition: "Taking delivery of a person at the place of destination or exploitation.",
      group: "act",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "threat-or-use-of-force": {
      label: "Threat or use of force",
      definition: "Violence against the person, or the threat of it.",
      group: "means",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "other-coercion": {
      label: "Other forms of coercion",
      definition: "Pressure other than force that leaves the person no real choice, such as threats to report them.",
      group: "means",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    abduction: {
      label: "Abduction",
      definition: "Taking the person away against their will.",
      group: "means",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    fraud: {
      label: "Fraud",
      definition: "Dishonest schemes that take the person's money, documents or rights.",
      group: "means",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    deception: {
      label: "Deception",
      definition: "Lies about the job, the pay, the place, the conditions or the purpose.",
      group: "means",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "abuse-of-power": {
      label: "Abuse of power",
      definition: "Using authority over the person, such as an employer's, an official's or a family elder's.",
      group: "means",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "abuse-of-vulnerability": {
      label: "Abuse of a position of vulnerability",
      definition:
        "Using the person's situation (poverty, irregular status, age, illness, dependence) so that they have no real alternative.",
      group: "means",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "payments-to-controller": {
      label: "Payments or benefits to a person in control",
      definition:
        "Giving or receiving money or benefits to get the consent of someone who has control over the person.",
      group: "means",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "sexual-exploitation": {
      label: "Exploitation of the prostitution of others or other sexual exploitation",
      definition: "Profiting from the person's prostitution or other sexual acts.",
      group: "purpose",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "forced-labour-or-services": {
      label: "Forced labour or services",
      definition:
        "Work or services exacted under menace of a penalty and not offered voluntarily, including forced criminality and forced begging.",
      group: "purpose",
      source: `${PROTOCOL}, art. 3(a); ILO Forced Labour Convention, 1930 (No. 29), art. 2`,
      verified: true,
      note: "Forced criminality (such as forced online fraud) and forced begging are read here as forced labour or services.",
    },
    "slavery-or-similar-practices": {
      label: "Slavery or practices similar to slavery",
      definition: "Treating the person as property, or practices such as debt bondage, serfdom and forced marriage.",
      group: "purpose",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    servitude: {
      label: "Servitude",
      definition: "Being made to live and work for another with no way to change one's condition.",
      group: "purpose",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "removal-of-organs": {
      label: "Removal of organs",
      definition: "Taking the person's organs, such as a kidney, for trade.",
      group: "purpose",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "other-exploitation": {
      label: "Other exploitation",
      definition:
        "Another form of exploitation: the article lists the forms it covers at a minimum, and national laws add others.",
      group: "purpose",
      source: `${PROTOCOL}, art. 3(a) ("at a minimum")`,
      verified: true,
    },
  },
  rules: {
    elements: {
      text: "Trafficking in persons is an act, by a means, for the purpose of exploitation: all three must be present.",
      source: `${PROTOCOL}, art. 3(a)`,
      verified: true,
    },
    "consent-irrelevant": {
      text: "The person's consent to the intended exploitation is irrelevant once any of the means has been used.",
      source: `${PROTOCOL}, art. 3(b)`,
      verified: true,
    },
    "child-no-means": {
      text: "For a child, a person under 18, the act and the purpose are enough: no means is needed.",
      source: `${PROTOCOL}, art. 3(c) and (d)`,
      verified: true,
    },
  },
});
