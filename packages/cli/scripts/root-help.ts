/**
 * Generates `packages/cli/src/help/root-help.generated.ts`: `tipx --help` as commander prints it, 80
 * columns wide, in each language, so that `bin.ts` can print it without loading commander (see
 * `src/fast-path.ts`). Run by `pnpm run generate` (scripts/generate.ts), whose `--check` fails when the
 * committed file differs from what the help texts and `createProgram` print now.
 *
 * @module
 */
import { Readable, Writable } from "node:stream";
import type { Lang } from "@tipx/schema";
import { LANGS } from "@tipx/schema/langs";
import { banner, type GeneratedFile } from "../../schema/scripts/generate/_generated-file";
import { en } from "../src/help/en";
import { es } from "../src/help/es";
import type { HelpTexts } from "../src/help/help-texts";
import { th } from "../src/help/th";
import { createProgram } from "../src/program";

/** The file's path, relative to the repository root. */
export const ROOT_HELP_PATH = "packages/cli/src/help/root-help.generated.ts";

const TEXTS: { readonly [L in Lang]: HelpTexts } = { en, th, es };

/**
 * `tipx --help` in a language, as commander prints it when standard output is not a terminal.
 *
 * @param lang - the language of the help.
 * @returns the text, as written to standard output.
 */
export function renderRootHelp(lang: Lang): string {
  let text = "";
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      text += String(chunk);
      callback();
    },
  });
  const io = {
    stdin: Readable.from([]),
    stdout: sink,
    stderr: sink,
    env: {},
    isStdoutTTY: false,
    isStderrTTY: false,
    cwd: "/",
  };
  // Writes reach `sink` synchronously: nothing else is being written.
  createProgram(io, { exitCode: 0 }, TEXTS[lang]).outputHelp();
  return text;
}

/**
 * A string literal as Biome writes it: in double quotes, unless the text holds more double quotes than
 * single ones.
 */
function _literal(text: string): string {
  const json = JSON.stringify(text);
  const doubles = text.split('"').length;
  const singles = text.split("'").length;
  if (doubles <= singles) return json;
  const inner = json.slice(1, -1).replace(/\\(.)|'/g, (match, escaped: string | undefined) => {
    if (escaped === undefined) return "\\'";
    return escaped === '"' ? '"' : match;
  });
  return `'${inner}'`;
}

/** The generated file. */
export function rootHelpFiles(): GeneratedFile[] {
  const entries = LANGS.map((lang) => `  ${lang}: ${_literal(renderRootHelp(lang))},`);
  const content = [
    banner("packages/cli/scripts/root-help.ts", [
      "packages/cli/src/help/en.ts",
      "packages/cli/src/help/th.ts",
      "packages/cli/src/help/es.ts",
      "packages/cli/src/program.ts",
    ]),
    'import type { Lang } from "@tipx/schema";',
    "",
    "/**",
    " * `tipx --help` as commander prints it 80 columns wide, in each language: `bin.ts` prints it without",
    " * loading commander (see `fast-path.ts`).",
    " */",
    "export const ROOT_HELP: { readonly [L in Lang]: string } = {",
    ...entries,
    "};",
    "",
  ].join("\n");
  return [{ path: ROOT_HELP_PATH, content }];
}
