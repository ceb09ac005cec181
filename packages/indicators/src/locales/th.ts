import { defineIndicatorCatalogue } from "./indicator-catalogue";
import { checklists } from "./th/checklists";
import { frameworks } from "./th/frameworks";
import { national } from "./th/national";
import { words } from "./th/words";

/**
 * The Thai catalogue of `@tipx/indicators`: the frameworks' items and rules, the checklists' questions,
 * each profile country's trafficking rule and the words of the explanations, every entry with its
 * `reviewed` flag (all `false` until a native-speaking professional of the field has reviewed them, against
 * docs/glossary.md). Pass it as the `locale` option; an app that does not import it ships none of its text.
 *
 * @example
 * ```ts
 * import { assess } from "@tipx/indicators";
 * import { th } from "@tipx/indicators/locales/th";
 * assess("ilo-fl-2012", {}, { locale: th }).classification; // "inconclusive"
 * ```
 */
export const th = /* @__PURE__ */ defineIndicatorCatalogue({ lang: "th", frameworks, checklists, national, words });
