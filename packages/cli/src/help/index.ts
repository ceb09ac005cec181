import type { Lang } from "@tipx/schema";
import type { Argument, HelpConfiguration, Option } from "commander";
import { en } from "./en";
import type { HelpTexts } from "./help-texts";

export type { HelpTexts } from "./help-texts";

/**
 * How to load the help texts of each language other than English. English is loaded with the command
 * line (it is the help of most runs); the others only when asked for, so `tipx --version` stays fast.
 */
const LOADERS: { readonly [L in Exclude<Lang, "en">]: () => Promise<HelpTexts> } = {
  th: async () => (await import("./th")).th,
  es: async () => (await import("./es")).es,
};

/**
 * Loads the help texts of a language.
 *
 * @param lang - the language of the help (see `helpLang`).
 * @returns the texts.
 */
export async function loadHelpTexts(lang: Lang): Promise<HelpTexts> {
  return lang === "en" ? en : LOADERS[lang]();
}

/** The English help texts, the default of `createProgram`. */
export { en as englishHelp };

// Thai vowel and tone marks above and below a consonant are combining characters (category Mn): they
// take no column of their own, so a line is as wide as its characters without them. The help is never
// coloured (see `configureOutput` in program.ts), so there are no ANSI sequences to skip.
const COMBINING_MARK = /\p{Mn}/gu;

/** The `(choices: …, default: …)` note of an option or argument, in the help's language. */
function note(
  texts: HelpTexts,
  item: Pick<Option | Argument, "argChoices" | "defaultValue" | "defaultValueDescription">,
  showDefault: boolean,
): string {
  const parts: string[] = [];
  if (item.argChoices !== undefined)
    parts.push(`${texts.choices}: ${item.argChoices.map((choice) => JSON.stringify(choice)).join(", ")}`);
  const value: unknown = item.defaultValue;
  if (showDefault && value !== undefined)
    parts.push(`${texts.default}: ${item.defaultValueDescription || JSON.stringify(value)}`);
  return parts.length === 0 ? "" : `(${parts.join(", ")})`;
}

function described(description: string, extra: string): string {
  if (extra === "") return description;
  return description === "" ? extra : `${description} ${extra}`;
}

/**
 * The overrides of commander's help formatter that print it in the language of `texts`: section
 * titles, the words of the choices and default notes, and line widths that count Thai text right. In
 * English the output is commander's own.
 *
 * @param texts - the help texts of the run's language.
 * @returns the configuration for `Command.configureHelp`.
 */
export function helpConfiguration(texts: HelpTexts): HelpConfiguration {
  const titles: ReadonlyMap<string, string> = new Map([
    ["Usage:", texts.titles.usage],
    ["Arguments:", texts.titles.arguments],
    ["Options:", texts.titles.options],
    ["Commands:", texts.titles.commands],
    ["Global Options:", texts.titles.globalOptions],
  ]);
  return {
    styleTitle: (title) => titles.get(title) ?? title,
    displayWidth: (text) => text.replace(COMBINING_MARK, "").length,
    // As commander shows them: the default of an option that takes a value, and of every argument.
    optionDescription: (option) =>
      described(option.description, note(texts, option, option.required || option.optional)),
    argumentDescription: (argument) => described(argument.description, note(texts, argument, true)),
  };
}
