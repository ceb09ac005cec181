import { type Command, Option } from "commander";
import { FORMAT_CHOICES, INSTRUMENT_CHOICES, isChoice, PROFILE_CHOICES } from "../choices";
import type { ExitCode } from "../exit-codes";
import type { HelpTexts } from "../help/index";
import type { CliIo } from "../io";
import { resolveLang } from "../resolve-lang";

/** What `tipx assess` takes from the program it is added to. */
export interface AssessCommandSetup {
  /** The run's streams and environment. */
  readonly io: CliIo;
  /** The help texts of `tipx assess` in the language of the run (see `src/help/`). */
  readonly help: HelpTexts["assess"];
  /** The program's `-l, --lang` option, as every command has it. */
  readonly lang: Option;
  /** Runs a command's body, leaving its exit code for `run` and turning a `UsageError` into exit 2. */
  readonly guarded: (command: Command, body: () => Promise<ExitCode>) => Promise<void>;
  /** The options of the command that runs, with those given before its name. */
  readonly options: (command: Command) => Record<string, unknown>;
}

/**
 * Adds `tipx assess <files...>` to the program: it screens the victims and presumed victims of each
 * bundle's cases with a checklist of @tipx/indicators and reports each person's result by id. The
 * command's implementation (and @tipx/indicators with it) is imported only when it runs.
 *
 * @param program - the `tipx` program; the command inherits its output and error settings.
 * @param setup - what the command shares with the program's other commands.
 */
export function addAssessCommand(program: Command, setup: AssessCommandSetup): void {
  const { help } = setup;
  program
    .command("assess")
    .summary(help.summary)
    .description(help.description)
    .argument("<files...>", help.files)
    .addOption(
      new Option("-i, --instrument <instrument>", help.instrument).choices(INSTRUMENT_CHOICES).default("palermo"),
    )
    .addOption(new Option("-p, --profile <country>", help.profile).choices(PROFILE_CHOICES))
    .addOption(new Option("-f, --format <format>", help.format).choices(FORMAT_CHOICES).default("text"))
    .addOption(setup.lang)
    .option("-o, --out <path>", help.out)
    .addHelpText("after", help.after)
    .action(async (files: string[], _options: unknown, command: Command) => {
      await setup.guarded(command, async () => {
        const raw = setup.options(command);
        const { assessCommand } = await import("./assess-command");
        const out = raw["out"];
        return assessCommand(
          files,
          {
            instrument: isChoice(INSTRUMENT_CHOICES, raw["instrument"]) ? raw["instrument"] : "palermo",
            ...(isChoice(PROFILE_CHOICES, raw["profile"]) ? { profile: raw["profile"] } : {}),
            format: isChoice(FORMAT_CHOICES, raw["format"]) ? raw["format"] : "text",
            lang: resolveLang(raw["lang"], setup.io),
            ...(typeof out === "string" ? { out } : {}),
          },
          setup.io,
        );
      });
    });
}
