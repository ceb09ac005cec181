// The questions several checklists ask in the same words: kept once, so that their wording cannot drift.

/** The person's age in years (the `age` fact), as the ILO and ICLS checklists ask it. */
export const AGE_QUESTION = {
  id: "age",
  text: "How old is the person, in years? If they are not sure, write your best estimate.",
  note: "A young person may have been told to give an older age. If the age is an estimate from documents or appearance, say so in the case notes.",
  answer: { kind: "number", min: 0, max: 120, unit: "years" },
  feeds: [],
  fact: "age",
} as const;

/** Whether the person is a migrant where they work (the `migrant` fact). */
export const MIGRANT_QUESTION = {
  id: "migrant",
  text: "Is the person from another country than the one where they work?",
  answer: { kind: "tri-state" },
  feeds: [],
  fact: "migrant",
} as const;
