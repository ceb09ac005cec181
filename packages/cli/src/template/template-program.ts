import type { Lang } from "@tipx/schema";
import { type Command, InvalidArgumentError, Option } from "commander";
import { isChoice } from "../choices";
import { TEMPLATE_FORM_CHOICES } from "../convert/convert-choices";
import type { ExitCode } from "../exit-codes";
import type { HelpTexts } from "../help/index";
import type { CliIo } from "../io";
import { ACCEPTED_LANGS, langOfTag, resolveLang } from "../resolve-lang";
import { UsageError } from "../usage-error";

/** What `tipx template` takes from the program it is added to. */
export interface TemplateCommandSetup {
  /** The run's streams and environment. */
  readonly io: CliIo;
  /** The help texts of `tipx template` in the language of the run (see `src/help/`). */
  readonly help: HelpTexts["template"];
  /** Runs a command's body, leaving its exit code for `run` and turning a `UsageError` into exit 2. */
  readonly guarded: (command: Command, body: () => Promise<ExitCode>) => Promise<void>;
  /** The options of the command that runs, with those given before its name. */
  readonly options: (command: Command) => Record<string, unknown>;
}

/** Reads `--lang en,th`: one language or several, comma-separated, each a code or a tag. */
function parseLangs(value: string): Lang[] {
  const langs: Lang[] = [];
  for (const part of value.split(",")) {
    const lang = langOfTag(part.trim());
    if (lang === undefined) throw new InvalidArgumentError(`Allowed choices are ${ACCEPTED_LANGS}, comma-separated.`);
    if (!langs.includes(lang)) langs.push(lang);
  }
  return langs;
}

/**
 * Adds `tipx template` to the program: it writes the XLSForm of the intake form or of a screening
 * checklist, or the Excel intake template, with tipx/convert (imported only when the command runs).
 *
 * @param program - the `tipx` program; the command inherits its output and error settings.
 * @param setup - what the command shares with the program's other commands.
 */
export function addTemplateCommand(program: Command, setup: TemplateCommandSetup): void {
  const { help } = setup;
  program
    .command("template")
    .summary(help.summary)
    .description(help.description)
    .option("--xlsform", help.xlsform)
    .option("--xlsx", help.xlsx)
    .addOption(new Option("--form <form>", help.form).choices(TEMPLATE_FORM_CHOICES).default("intake"))
    .addOption(new Option("-l, --lang <langs>", help.lang).argParser(parseLangs))
    .option("-o, --out <file>", help.out)
    .addHelpText("after", help.after)
    .action(async (_options: unknown, command: Command) => {
      await setup.guarded(command, async () => {
        const raw = setup.options(command);
        const xlsform = raw["xlsform"] === true;
        const xlsx = raw["xlsx"] === true;
        if (xlsform === xlsx) throw new UsageError("give one of --xlsform and --xlsx");
        const given = raw["lang"];
        // A language given before the command name (`tipx --lang th template`) is a single one.
        const langs: Lang[] = Array.isArray(given)
          ? given.filter((lang): lang is Lang => typeof lang === "string" && langOfTag(lang) !== undefined)
          : typeof given === "string" && langOfTag(given) !== undefined
            ? [langOfTag(given) ?? "en"]
            : [];
        const out = raw["out"];
        const form = raw["form"];
        const { templateCommand } = await import("./template-command");
        return templateCommand(
          {
            kind: xlsform ? "xlsform" : "xlsx",
            form: isChoice(TEMPLATE_FORM_CHOICES, form) ? form : "intake",
            langs,
            lang: langs[0] ?? resolveLang(undefined, setup.io),
            ...(typeof out === "string" ? { out } : {}),
          },
          setup.io,
        );
      });
    });
}
