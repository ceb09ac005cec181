import { defineChecklist } from "../checklist";

/**
 * The child labour screening: the child's age, whether they work and whether it is only light work
 * (the facts the minimum-age rules of C138 read), whether the work is hazardous, and one question for
 * each worst form of child labour of C182 art. 3(a)-(c). Every question but the age is asked only of a
 * child; an unknown age asks them all.
 *
 * @see ILO Minimum Age Convention, 1973 (No. 138); ILO Worst Forms of Child Labour Convention, 1999 (No. 182), art. 3
 * @example
 * ```ts
 * import { childLabourScreening } from "@tipx/indicators";
 * childLabourScreening.questions.map((q) => q.id); // ["age", "works", "light-work", "hazardous", "sold-or-forced", "sexual-exploitation", "illicit-activities"]
 * ```
 */
export const childLabourScreening = defineChecklist({
  id: "child-labour",
  version: "1",
  framework: "child-labour",
  title: "Child labour screening",
  purpose:
    "For a labour inspector, police officer, teacher or social worker who meets a working child: whether the work is below the minimum age, is hazardous, or is one of the worst forms of child labour (ILO Conventions No. 138 and No. 182). The minimum ages come from the country profile, so the same answers can give a different result in another country. Talk with the child in a safe place, in words they understand, with a trusted adult present when that is in the child's interest.",
  questions: [
    {
      id: "age",
      text: "How old is the person, in years? If they are not sure, write your best estimate.",
      note: "A child may have been told to give an older age. If the age is an estimate from documents or appearance, say so in the case notes.",
      answer: { kind: "number", min: 0, max: 120, unit: "years" },
      feeds: [],
      fact: "age",
    },
    {
      id: "works",
      text: "Does the child do any work, paid or not, for someone outside their own household or in a family business?",
      note: "Household chores at home do not count here; helping in a family shop, farm or stall does.",
      answer: { kind: "tri-state" },
      feeds: [],
      fact: "works",
      askIf: "child",
    },
    {
      id: "light-work",
      text: "Is it only light work: a few hours a day, not harmful to the child's health or growth, and not keeping them from school?",
      answer: { kind: "tri-state" },
      feeds: [],
      fact: "light-work",
      askIf: "child",
    },
    {
      id: "hazardous",
      text: "Is the work dangerous, for example at sea or on fishing boats, with chemicals or pesticides, with dangerous machines or tools, underground or at heights, at night, or carrying heavy loads?",
      note: "Answer from what you see as well as from what the child says. In law the country's list of hazardous work decides, so write in the case notes what makes the work dangerous.",
      answer: { kind: "tri-state" },
      feeds: ["child-labour/hazardous-work"],
      askIf: "child",
    },
    {
      id: "sold-or-forced",
      text: "Has the child been sold or traded, kept working to pay off a debt, forced to work, or recruited to fight or to serve an armed group?",
      note: "Ask about the family without blame: parents may have been deceived or in debt themselves. If the child is in danger now, act first and ask later.",
      answer: { kind: "tri-state" },
      feeds: ["child-labour/worst-form-slavery"],
      askIf: "child",
    },
    {
      id: "sexual-exploitation",
      text: "Has the child been used, offered or sought for sex, in exchange for money or anything else, or for sexual pictures or videos?",
      note: "Do not ask a child about sexual abuse in front of others or without a trained interviewer for children; record what the child volunteers. A child cannot consent to this: never ask whether they agreed.",
      answer: { kind: "tri-state" },
      feeds: ["child-labour/worst-form-sexual"],
      askIf: "child",
    },
    {
      id: "illicit-activities",
      text: "Has the child been used to grow, carry or sell drugs, or to commit other crimes?",
      note: "Tell the child they are not in trouble for answering. A child used for crimes is to be protected, not punished.",
      answer: { kind: "tri-state" },
      feeds: ["child-labour/worst-form-illicit"],
      askIf: "child",
    },
  ],
});
