import type { Lang } from "@tipx/schema";
import { en } from "./en";
import { es } from "./es";
import type { CliMessages } from "./messages";
import { th } from "./th";

const BY_LANG: { readonly [L in Lang]: CliMessages } = { en, th, es };

/**
 * The CLI's own words in `lang`.
 */
export function cliMessages(lang: Lang): CliMessages {
  return BY_LANG[lang];
}

export type { CliMessages } from "./messages";
