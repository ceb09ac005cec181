import type { ExplanationWords } from "../locales/catalogue";

/** "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** What each instrument looks for, in the three sentences of an outcome. */
const WHAT = {
  "ilo-fl-2012": {
    present: "Indicators of forced labour are present",
    absent: "no indicator of forced labour is present",
    subject: "indicators of forced labour",
  },
  "icls-2018": {
    present: "The two conditions of forced labour are present: involuntary work, and a threat or menace of penalty",
    absent:
      "the conditions of forced labour (involuntary work under a threat or menace of penalty) are not both present",
    subject: "the conditions of forced labour",
  },
  palermo: {
    present: "The elements of trafficking in persons are present",
    absent: "the elements of trafficking in persons are not all present",
    subject: "the elements of trafficking in persons",
  },
  "child-labour": {
    present: "Indicators of child labour are present",
    absent: "no indicator of child labour is present",
    subject: "indicators of child labour",
  },
} as const;

/** The English words of the explanations; the catalogues give the same in Thai and Spanish. */
export const ENGLISH_WORDS: ExplanationWords = {
  outcome: (instrument, classification) => {
    const what = WHAT[instrument];
    return classification === "indicated"
      ? `${what.present}.`
      : classification === "not-indicated"
        ? `On the answers given, ${what.absent}.`
        : `Inconclusive: the answers given neither show nor rule out ${what.subject}.`;
  },
  found: (groups) => `Found: ${groups.map(([group, items]) => `${group.toLowerCase()} (${list(items)})`).join("; ")}.`,
  unknowns: (questions) => `Still unknown, and would change the result: ${list(questions.map((q) => `“${q}”`))}.`,
  rule: (text, source) => `Rule applied: ${text} (${source})`,
  notIdentification:
    "This is a screening result, not an identification: whether the person is a victim is for the competent authority to decide.",
};
