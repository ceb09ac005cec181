import { defineChecklist } from "../checklist";
import { AGE_QUESTION, MIGRANT_QUESTION } from "./_shared-questions";

/**
 * The questionnaire of the 20th ICLS (2018) statistical definition of forced labour: one question or
 * more for each of the nine circumstances of involuntary work and each of the six elements of coercion
 * (threat or menace of a penalty), the reference period, the person's age and whether they are a
 * migrant. Work counts as forced labour when it is both involuntary and under coercion.
 *
 * @see 20th International Conference of Labour Statisticians, Guidelines concerning the measurement of forced labour (2018)
 * @example
 * ```ts
 * import { iclsQuestionnaire } from "@tipx/indicators";
 * iclsQuestionnaire.id; // "icls-2018"
 * iclsQuestionnaire.questions.find((q) => q.id === "reference-period")?.feeds; // []
 * ```
 */
export const iclsQuestionnaire = defineChecklist({
  id: "icls-2018",
  version: "1",
  framework: "icls-2018",
  title: "Forced labour questions of the ICLS 2018 guidelines",
  purpose:
    'Questions that follow the statistical definition of forced labour of the 20th International Conference of Labour Statisticians (2018), for surveys and for screenings that must be comparable between agencies and countries. Work is forced labour when it is both involuntary (at least one of the circumstances is "yes") and done under threat or menace of a penalty (at least one of the elements of coercion is "yes"). A threat the person saw carried out on a co-worker counts as well as one made to them. Every answer covers the reference period chosen first.',
  questions: [
    AGE_QUESTION,
    MIGRANT_QUESTION,
    {
      id: "reference-period",
      text: "Which period do the answers cover?",
      note: "Choose before the first question and tell the person, so that every answer covers the same time. A survey of a whole population usually asks about a long period; a screening at one workplace, about the current job.",
      answer: { kind: "choice", options: ["current-job", "last-12-months", "last-5-years", "ever"] },
      feeds: [],
    },
    {
      id: "unfree-recruitment",
      text: "Was the person born into this work because their family is bound to the employer, or were they sold, traded or handed over to the employer, for example to pay off a family debt?",
      note: "Ask about the family's situation gently and without blaming the parents.",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/unfree-recruitment"],
    },
    {
      id: "different-job",
      text: "Is the person doing a different kind of work from the one they agreed to when they were recruited, without having agreed to the change?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/different-job"],
    },
    {
      id: "overtime-not-agreed",
      text: "Is the person made to work overtime or be on call beyond what they agreed with the employer?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/abusive-overtime"],
    },
    {
      id: "hazardous-not-agreed",
      text: "Does the person do dangerous work that they did not agree to, whether or not they get extra pay or protective equipment for it?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/hazardous-without-consent"],
    },
    {
      id: "very-low-or-no-pay",
      text: "Is the person paid very little, or nothing at all, for the work?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/very-low-or-no-wages"],
    },
    {
      id: "degrading-living-conditions",
      text: "Does the employer make the person live in degrading conditions: overcrowded, dirty or unsafe, without privacy, or without enough food or water?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/degrading-living-conditions"],
    },
    {
      id: "other-employers",
      text: "Is the person made to work for employers other than the one they agreed to work for?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/other-employers"],
    },
    {
      id: "longer-than-agreed",
      text: "Has the person been kept working for longer (more weeks, months or years) than they agreed to?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/longer-than-agreed"],
    },
    {
      id: "cannot-quit",
      text: "If the person wanted to stop working for this employer, even after giving notice, would they be prevented from doing so?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/no-freedom-to-terminate"],
    },
    {
      id: "threats",
      text: "Has the employer, or someone acting for the employer, threatened the person, their family or a co-worker with harm?",
      note: "A threat the person saw made to a co-worker counts.",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/threats-or-violence"],
    },
    {
      id: "physical-violence",
      text: "Has the employer, or someone acting for the employer, hit or hurt the person, their family or a co-worker?",
      note: "Ask only in private, where no one from the workplace can hear. Do not ask the person to describe or show injuries; a medical examination is for a doctor, with the person's consent.",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/threats-or-violence"],
    },
    {
      id: "sexual-violence",
      text: "Has the person been sexually abused or forced into sexual acts by the employer or someone acting for the employer?",
      note: "Do not ask about sexual violence in front of others or without a trained interviewer; record what the person volunteers. Where you can, let the person choose whether a woman or a man talks with them.",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/threats-or-violence"],
    },
    {
      id: "movement-restricted",
      text: "Is the person locked in, guarded or otherwise stopped from leaving the workplace or the place where they live?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/restriction-of-movement"],
    },
    {
      id: "debt-bondage",
      text: "Must the person keep working to pay off a debt (for recruitment, travel, an advance, food or housing) that keeps growing or that they cannot check?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/debt-bondage"],
    },
    {
      id: "pay-held-back",
      text: "Does the employer hold back the person's pay or other benefits they were promised, so that they would lose them by leaving?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/withholding-of-wages"],
    },
    {
      id: "documents-kept",
      text: "Does the employer, or someone acting for the employer, keep the person's passport or identity card, so that they cannot have it back when they ask?",
      note: 'Ask where the documents are, not only who has them. Keeping them "for safe keeping" counts when the person cannot have them on request.',
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/withholding-of-documents"],
    },
    {
      id: "work-permit-held",
      text: "Does the employer keep the person's work permit or residence permit?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/withholding-of-documents"],
      askIf: "migrant",
    },
    {
      id: "rights-denied",
      text: "Has the person been threatened with dismissal, or denied rights such as rest days, medical care or contact with family, to make them do the work?",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/abuse-of-vulnerability"],
    },
    {
      id: "immigration-threats",
      text: "Has anyone threatened to report the person to immigration or to have them sent back to their country?",
      note: "A person afraid of being deported may say no to stay safe. Ask calmly, and be honest about what you will do with the answer.",
      answer: { kind: "tri-state" },
      feeds: ["icls-2018/abuse-of-vulnerability"],
      askIf: "migrant",
    },
  ],
});
