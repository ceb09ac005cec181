import { type Command, Option } from "commander";
import { FORMAT_CHOICES, isChoice } from "../choices";
import type { ExitCode } from "../exit-codes";
import type { HelpTexts } from "../help/index";
import type { CliIo } from "../io";
import { resolveLang } from "../resolve-lang";

/** What `tipx codes` takes from the program it is added to. */
export interface CodesCommandSetup {
  /** The run's streams and environment. */
  readonly io: CliIo;
  /** The help texts of `tipx codes` in the language of the run (see `src/help/`). */
  readonly help: HelpTexts["codes"];
  /** The program's `-l, --lang` option, as every command has it. */
  readonly lang: Option;
  /** Runs a command's body, leaving its exit code for `run` and turning a `UsageError` into exit 2. */
  readonly guarded: (command: Command, body: () => Promise<ExitCode>) => Promise<void>;
  /** The options of the command that runs, with those given before its name. */
  readonly options: (command: Command) => Record<string, unknown>;
}

/**
 * Adds `tipx codes [list]` to the program: it prints a code list's codes with their labels in the
 * language of the run, or every list's id and name. The command's implementation (and @tipx/schema with
 * it) is imported only when it runs.
 *
 * @param program - the `tipx` program; the command inherits its output and error settings.
 * @param setup - what the command shares with the program's other commands.
 */
export function addCodesCommand(program: Command, setup: CodesCommandSetup): void {
  program
    .command("codes")
    .summary(setup.help.summary)
    .description(setup.help.description)
    .argument("[list]", setup.help.list)
    .addOption(setup.lang)
    .addOption(new Option("-f, --format <format>", setup.help.format).choices(FORMAT_CHOICES).default("text"))
    .addHelpText("after", setup.help.after)
    .action(async (list: string | undefined, _options: unknown, command: Command) => {
      await setup.guarded(command, async () => {
        const raw = setup.options(command);
        const { codesCommand } = await import("./codes-command");
        return codesCommand(
          list,
          {
            lang: resolveLang(raw["lang"], setup.io),
            format: isChoice(FORMAT_CHOICES, raw["format"]) ? raw["format"] : "text",
          },
          setup.io,
        );
      });
    });
}
