import { checklists } from "./es/checklists";
import { frameworks } from "./es/frameworks";
import { national } from "./es/national";
import { words } from "./es/words";
import { defineIndicatorCatalogue } from "./indicator-catalogue";

/**
 * The Spanish catalogue of `@tipx/indicators`, in neutral Latin-American Spanish: the frameworks' items and
 * rules, the checklists' questions, each profile country's trafficking rule and the words of the
 * explanations, every entry with its `reviewed` flag (all `false` until a native-speaking professional of
 * the field has reviewed them, against docs/glossary.md). Pass it as the `locale` option; an app that does
 * not import it ships none of its text.
 *
 * @example
 * ```ts
 * import { assess } from "@tipx/indicators";
 * import { es } from "@tipx/indicators/locales/es";
 * assess("ilo-fl-2012", {}, { locale: es }).classification; // "inconclusive"
 * ```
 */
export const es = /* @__PURE__ */ defineIndicatorCatalogue({ lang: "es", frameworks, checklists, national, words });
