import { defineChecklist } from "../checklist";
import { AGE_QUESTION, MIGRANT_QUESTION } from "./_shared-questions";

/**
 * The screening for the 11 ILO indicators of forced labour (2012): at least one question per indicator,
 * in the booklet's order, with the person's age and whether they are a migrant. Written for a labour
 * inspector, a police officer or a shelter worker; every question can be answered from an interview or
 * from what the asker sees, and "unknown" is always an allowed answer.
 *
 * @see ILO, Indicators of Forced Labour (2012)
 * @example
 * ```ts
 * import { iloScreening } from "@tipx/indicators";
 * iloScreening.framework; // "ilo-fl-2012"
 * iloScreening.questions.find((q) => q.id === "work-permit-held")?.askIf; // "migrant"
 * ```
 */
export const iloScreening = defineChecklist({
  id: "ilo-fl-2012",
  version: "1",
  framework: "ilo-fl-2012",
  title: "Screening for the ILO indicators of forced labour",
  purpose:
    'A first screening by a labour inspector, police officer or shelter worker for the 11 ILO indicators of forced labour (2012). The indicators are clues, not a legal test: one "yes" is enough to say that indicators of forced labour are present and to refer the person to the authority that identifies victims. Answer "unknown" rather than guess.',
  questions: [
    AGE_QUESTION,
    MIGRANT_QUESTION,
    {
      id: "took-advantage",
      text: "Did the employer use the person's difficult situation (poverty, having no papers, not speaking the language, being far from home) to make them accept conditions they would not otherwise accept?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/abuse-of-vulnerability"],
    },
    {
      id: "depends-on-employer",
      text: "Does the person depend on the employer for things they cannot get anywhere else, such as housing, food, their stay in the country or the only work they can find?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/abuse-of-vulnerability"],
    },
    {
      id: "job-different-from-promised",
      text: "Is the work different from what the person was promised when they were recruited: another kind of work, another place or another employer?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/deception"],
    },
    {
      id: "pay-different-from-promised",
      text: "Are the pay or the conditions worse than the person was told before they started (the wage, the hours, the deductions, the housing)?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/deception"],
    },
    {
      id: "cannot-come-and-go",
      text: "Is the person stopped from leaving the workplace or the place where they live when they are not working: locked in, guarded, or told they may not go out?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/restriction-of-movement"],
    },
    {
      id: "always-accompanied",
      text: "When the person does go out, must the employer or someone working for the employer go with them?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/restriction-of-movement"],
    },
    {
      id: "no-contact-with-family",
      text: "Is the person kept from contacting family or friends, for example because their phone was taken or they are not allowed to call?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/isolation"],
    },
    {
      id: "cut-off-place",
      text: "Is the place where the person works or lives cut off from other people (a boat at sea, a remote camp, a closed house), or do they not know where it is?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/isolation"],
    },
    {
      id: "physical-violence",
      text: "Has the employer, or anyone working for the employer, hit or hurt the person or someone in their family?",
      note: "Ask only in private, where no one from the workplace can hear. Do not ask the person to describe or show injuries; a medical examination is for a doctor, with the person's consent.",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/physical-and-sexual-violence"],
    },
    {
      id: "sexual-violence",
      text: "Has the person been sexually abused or forced into sexual acts by the employer, a recruiter or anyone working for them?",
      note: "Do not ask about sexual violence in front of others or without a trained interviewer; record what the person volunteers. Where you can, let the person choose whether a woman or a man talks with them.",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/physical-and-sexual-violence"],
    },
    {
      id: "forced-drugs",
      text: "Has the person been made to take drugs or alcohol, for example to keep working or to keep them under control?",
      note: "Ask without blame: a person who was made to take drugs is not to be treated as an offender for it.",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/physical-and-sexual-violence"],
    },
    {
      id: "threats",
      text: "Has anyone threatened the person or their family with harm, with the police, with losing the job or with anything else if they complain, stop working or leave?",
      note: "Threats made to co-workers in front of the person count too.",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/intimidation-and-threats"],
    },
    {
      id: "immigration-threats",
      text: "Has anyone threatened to report the person to immigration or to have them sent back to their country?",
      note: "A person afraid of being deported may say no to stay safe. Ask calmly, and be honest about what you will do with the answer.",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/intimidation-and-threats", "ilo-fl-2012/abuse-of-vulnerability"],
      askIf: "migrant",
    },
    {
      id: "documents-kept",
      text: "Does the employer or someone else keep the person's passport or identity card, so that they cannot have it back when they ask?",
      note: 'Ask where the documents are, not only who has them. Keeping them "for safe keeping" counts when the person cannot have them on request.',
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/retention-of-identity-documents"],
    },
    {
      id: "work-permit-held",
      text: "Does the employer keep the person's work permit or other papers that allow them to stay in the country?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/retention-of-identity-documents"],
      askIf: "migrant",
    },
    {
      id: "pay-held-back",
      text: "Is the person's pay held back or put off, for example paid only at the end of the season or the contract, so that they would lose it by leaving?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/withholding-of-wages"],
    },
    {
      id: "pay-given-to-others",
      text: "Is the person's pay handed to someone else (a broker, a recruiter, a boss) or put in an account or card that the person cannot use?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/withholding-of-wages"],
    },
    {
      id: "working-off-debt",
      text: "Must the person keep working to pay off a debt to the employer, the recruiter or someone connected to them (for the trip, a recruitment fee, an advance, food or housing)?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/debt-bondage"],
    },
    {
      id: "debt-keeps-growing",
      text: "Does the debt keep growing, or does the person not know how much is left or how it is counted?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/debt-bondage"],
    },
    {
      id: "dangerous-work",
      text: "Is the work dangerous or harmful to health, without proper protection (chemicals, machines, heights, heavy loads, work at sea)?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/abusive-working-and-living-conditions"],
    },
    {
      id: "degrading-housing",
      text: "Is the place where the person lives overcrowded, dirty or unsafe, or without enough food, water or toilets?",
      note: "When you can see the housing yourself, answer from what you see.",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/abusive-working-and-living-conditions"],
    },
    {
      id: "denied-medical-care",
      text: "Has the person been refused medical care, or kept from seeing a doctor, when they were sick or injured?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/abusive-working-and-living-conditions"],
    },
    {
      id: "very-long-hours",
      text: "Does the person work very long days (for example 12 hours or more) or go without a day off each week?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/excessive-overtime"],
    },
    {
      id: "cannot-refuse-overtime",
      text: "Is the person made to work overtime or be on call, with a penalty (less pay, threats, losing the job) if they refuse?",
      answer: { kind: "tri-state" },
      feeds: ["ilo-fl-2012/excessive-overtime"],
    },
  ],
});
