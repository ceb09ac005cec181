/** A translated text, with whether a person has reviewed it (`false` until a native speaker has). */
export interface Text {
  /** The text. */
  readonly text: string;
  /** `true` once a person has reviewed the translation. */
  readonly reviewed: boolean;
}

/** The texts of one framework item. */
export interface ItemTexts {
  readonly label: Text;
  readonly definition: Text;
}

/** The texts of one framework: its title, group names, items and rules. */
export interface FrameworkTexts<I extends string = string, R extends string = string, G extends string = string> {
  readonly title: Text;
  readonly groups: { readonly [K in G]: Text };
  readonly items: { readonly [K in I]: ItemTexts };
  readonly rules: { readonly [K in R]: Text };
}

/** The texts of one question: the question for the person asking, and the note on when not to ask. */
export interface QuestionTexts {
  readonly text: Text;
  readonly note?: Text;
  /** The choice labels of a choice question, by option. */
  readonly options?: Readonly<Record<string, Text>>;
}

/** The texts of one checklist. */
export interface ChecklistTexts<Q extends string = string> {
  readonly title: Text;
  readonly purpose: Text;
  readonly questions: { readonly [K in Q]: QuestionTexts };
}

/**
 * The words the engine's explanations are built from, in one language. A template gets language-neutral
 * values (labels already in the language) and returns a whole sentence.
 */
export interface ExplanationWords {
  /**
   * The outcome sentence, by instrument and classification: "Indicators of forced labour are present."
   * A screening never says that someone is a victim.
   */
  readonly outcome: (
    instrument: "ilo-fl-2012" | "icls-2018" | "palermo" | "child-labour",
    classification: "indicated" | "not-indicated" | "inconclusive",
  ) => string;
  /** A sentence listing what was found, by group: `groups` pairs a group name with item labels. */
  readonly found: (groups: readonly (readonly [group: string, items: readonly string[]])[]) => string;
  /** A sentence naming the questions whose answers would change the result. */
  readonly unknowns: (questions: readonly string[]) => string;
  /** A sentence citing the rule applied: its text and source. */
  readonly rule: (text: string, source: string) => string;
  /** The sentence that identification is not a screening's to make. */
  readonly notIdentification: string;
}
