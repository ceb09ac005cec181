import { defineChecklist } from "../checklist";

/**
 * The elements of trafficking in persons of the Palermo Protocol, art. 3, as interview questions: the
 * acts, the eight means and the purposes of exploitation, with the person's age (no means is needed for
 * a child under 18) and whether they agreed at first (which does not count once a means was used).
 *
 * @see UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000), art. 3
 * @example
 * ```ts
 * import { palermoElements } from "@tipx/indicators";
 * palermoElements.questions.find((q) => q.id === "lied-to")?.feeds; // ["palermo/deception"]
 * palermoElements.questions.find((q) => q.id === "consented")?.fact; // "consented"
 * ```
 */
export const palermoElements = defineChecklist({
  id: "palermo",
  version: "1",
  framework: "palermo",
  title: "Elements of trafficking in persons (Palermo Protocol)",
  purpose:
    "For a police officer, a shelter worker or a multidisciplinary team, to record what an interview and what they see show about the three elements of trafficking in persons in the Palermo Protocol, art. 3: something was done to the person (an act), by some means, for exploitation (a purpose). For a child under 18 no means is needed. The questions ask what happened, not whether it was a crime; a purpose counts when it was planned, even if the exploitation had not started. Whether the person is a victim of trafficking is for the authority that identifies victims to decide.",
  questions: [
    {
      id: "age",
      text: "How old is the person, in years? If they are not sure, write your best estimate.",
      note: "A young person may have been told to give an older age. If the age is an estimate from documents or appearance, say so in the case notes.",
      answer: { kind: "number", min: 0, max: 120, unit: "years" },
      feeds: [],
      fact: "age",
    },
    {
      id: "recruited",
      text: "Did someone offer the person this work or this trip, or sign them up for it, in person, through an agent or online?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/recruitment"],
    },
    {
      id: "moved",
      text: "Was the person taken, sent or moved from one place to another for it, within the country or across a border?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/transportation"],
    },
    {
      id: "handed-over",
      text: "Was the person handed over, sold or passed from one person or group to another?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/transfer"],
    },
    {
      id: "housed-or-kept",
      text: "Was the person housed or kept somewhere by the people who arranged or controlled the work, on the way or where they worked?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/harbouring"],
    },
    {
      id: "received",
      text: "When the person arrived, did someone meet them and take them in, and then control them or their work?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/receipt"],
    },
    {
      id: "violence-or-threats",
      text: "Did anyone use violence against the person, or threaten them or their family with violence?",
      note: "Ask only in private, where no one connected to the work can hear. Do not ask the person to describe or show injuries.",
      answer: { kind: "tri-state" },
      feeds: ["palermo/threat-or-use-of-force"],
    },
    {
      id: "other-pressure",
      text: "Was the person pressured in other ways to go along, for example with threats to report them to the police, to shame them or to keep them from their children?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/other-coercion"],
    },
    {
      id: "taken-against-will",
      text: "Was the person taken away, or held somewhere, against their will?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/abduction"],
    },
    {
      id: "cheated",
      text: "Was the person cheated out of money, documents or rights, for example made to sign papers they did not understand or charged fees they had not agreed to?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/fraud"],
    },
    {
      id: "lied-to",
      text: "Was the person lied to about the job, the pay, the place, the conditions or what they would have to do?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/deception"],
    },
    {
      id: "authority-used",
      text: "Did someone with power over the person (an employer, an official, a teacher, a religious leader, an older relative) use that power to make them go along?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/abuse-of-power"],
    },
    {
      id: "no-real-choice",
      text: "Did someone take advantage of the person's difficult situation (poverty, debt, illness, disability, having no papers, being young or alone) so that they had no real choice but to go along?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/abuse-of-vulnerability"],
    },
    {
      id: "payment-to-someone-in-control",
      text: "Did someone pay or give something to a person who had control over them (a parent, a husband or wife, a guardian, a boss) to get that person's agreement?",
      note: "Ask without blaming the family: a parent who took money may also have been deceived.",
      answer: { kind: "tri-state" },
      feeds: ["palermo/payments-to-controller"],
    },
    {
      id: "sexual-exploitation",
      text: "Was the person made, or meant, to sell sex, or to take part in sexual acts, pictures or videos, for someone else's gain?",
      note: "Do not ask about sexual violence or sexual exploitation in front of others or without a trained interviewer; record what the person volunteers. Do not ask for details the record does not need.",
      answer: { kind: "tri-state" },
      feeds: ["palermo/sexual-exploitation"],
    },
    {
      id: "forced-work",
      text: "Was the person made, or meant, to do work or services they could not refuse or leave, including being made to beg, commit crimes or run scams online?",
      note: "A person made to commit crimes is not to be treated as an offender for them: ask without blame.",
      answer: { kind: "tri-state" },
      feeds: ["palermo/forced-labour-or-services"],
    },
    {
      id: "treated-as-property",
      text: "Was the person treated as someone's property: bought or sold, kept by a debt they can never pay off, or forced into a marriage?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/slavery-or-similar-practices"],
    },
    {
      id: "servitude",
      text: "Was the person made to live and work for someone else, for example in their house, with no way to change their situation?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/servitude"],
    },
    {
      id: "organ-removal",
      text: "Was the person made or pressured to give up an organ, such as a kidney, or taken somewhere for that?",
      note: "If the person may have had an operation, offer to take them to a doctor, with their consent. Do not ask to see scars.",
      answer: { kind: "tri-state" },
      feeds: ["palermo/removal-of-organs"],
    },
    {
      id: "other-exploitation",
      text: "Was the person exploited in another way not asked about above, for example made to carry a child for someone else or used by an armed group?",
      answer: { kind: "tri-state" },
      feeds: ["palermo/other-exploitation"],
    },
    {
      id: "consented",
      text: "Did the person agree to the work or the trip at first?",
      note: "Ask without judging. Agreeing at first does not make it less serious: once a means such as lies or threats was used, the person's consent does not count.",
      answer: { kind: "tri-state" },
      feeds: [],
      fact: "consented",
    },
  ],
});
