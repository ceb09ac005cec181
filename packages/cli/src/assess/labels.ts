/**
 * The words of @tipx/indicators that the `tipx assess` report prints beside the engine's explanation:
 * framework items and checklist questions, in the language of the run.
 *
 * @module
 */
import type { IndicatorCatalogue, InstrumentId, ItemRef, QuestionTexts } from "@tipx/indicators";

/** The parts of `@tipx/indicators` the labels are read from (loaded lazily, with the command). */
export type LabelSource = Pick<typeof import("@tipx/indicators"), "getFramework" | "getChecklist">;

/** An item's label and a question's text in the language of the run. */
export interface Labels {
  /** The label of a framework item, `"<framework>/<item>"` (the item id when its framework has none by that id). */
  readonly item: (ref: ItemRef) => string;
  /** The text of a checklist question (the question id when the checklist has no such question). */
  readonly question: (instrument: InstrumentId, id: string) => string;
}

/**
 * Creates the label lookups of a run: the catalogue's text when it has one, else the English text
 * written beside the data.
 *
 * @param indicators - `getFramework` and `getChecklist` of @tipx/indicators.
 * @param locale - the catalogue of the run's language; English when absent.
 */
export function createLabels(indicators: LabelSource, locale: IndicatorCatalogue | undefined): Labels {
  // The catalogue types its entries by framework, checklist, item and question id; the ids here come
  // from the engine's outcome, as strings, so the lookups go through plain records.
  const frameworkTexts = locale?.frameworks as
    | Readonly<
        Record<string, { readonly items: Readonly<Record<string, { readonly label: { readonly text: string } }>> }>
      >
    | undefined;
  return {
    item: (ref) => {
      const slash = ref.indexOf("/");
      const frameworkId = ref.slice(0, slash);
      const itemId = ref.slice(slash + 1);
      // The engine's items are those of tipx's frameworks, so getFramework finds the framework.
      return (
        frameworkTexts?.[frameworkId]?.items[itemId]?.label.text ??
        indicators.getFramework(frameworkId).items[itemId]?.label ??
        itemId
      );
    },
    question: (instrument, id) => {
      const questions = locale?.checklists[instrument].questions as
        | Readonly<Record<string, QuestionTexts | undefined>>
        | undefined;
      return (
        questions?.[id]?.text.text ??
        indicators.getChecklist(instrument).questions.find((question) => question.id === id)?.text ??
        id
      );
    },
  };
}
