import { type Command, Option } from "commander";
import { isChoice, PURPOSE_CHOICES } from "../choices";
import type { ExitCode } from "../exit-codes";
import type { HelpTexts } from "../help/index";
import type { CliIo } from "../io";
import { resolveLang } from "../resolve-lang";

/** What `tipx redact` takes from the program it is added to. */
export interface RedactCommandSetup {
  /** The run's streams and environment. */
  readonly io: CliIo;
  /** The help texts of `tipx redact` in the language of the run (see `src/help/`). */
  readonly help: HelpTexts["redact"];
  /** The program's `-l, --lang` option, as every command has it. */
  readonly lang: Option;
  /** Runs a command's body, leaving its exit code for `run` and turning a `UsageError` into exit 2. */
  readonly guarded: (command: Command, body: () => Promise<ExitCode>) => Promise<void>;
  /** The options of the command that runs, with those given before its name. */
  readonly options: (command: Command) => Record<string, unknown>;
}

/**
 * Adds `tipx redact <files...>` to the program: it redacts each bundle for a purpose with @tipx/privacy
 * and, with `--key-file`, pseudonymises it. No option takes a key: only the name of its file. The
 * command's implementation (and @tipx/privacy with it) is imported only when it runs.
 *
 * @param program - the `tipx` program; the command inherits its output and error settings.
 * @param setup - what the command shares with the program's other commands.
 */
export function addRedactCommand(program: Command, setup: RedactCommandSetup): void {
  const { help } = setup;
  program
    .command("redact")
    .summary(help.summary)
    .description(help.description)
    .argument("<files...>", help.files)
    .addOption(new Option("--purpose <purpose>", help.purpose).choices(PURPOSE_CHOICES).makeOptionMandatory())
    .option("-k, --key-file <file>", help.keyFile)
    .option("-o, --out <file>", help.out)
    .option("--report <file>", help.report)
    .addOption(setup.lang)
    .addHelpText("after", help.after)
    .action(async (files: string[], _options: unknown, command: Command) => {
      await setup.guarded(command, async () => {
        const raw = setup.options(command);
        const { redactCommand } = await import("./redact-command");
        const purpose = raw["purpose"];
        const string = (name: string): string | undefined => {
          const value = raw[name];
          return typeof value === "string" ? value : undefined;
        };
        const keyFile = string("keyFile");
        const out = string("out");
        const report = string("report");
        return redactCommand(
          files,
          {
            // commander checked the choice and that the option is given.
            purpose: isChoice(PURPOSE_CHOICES, purpose) ? purpose : "statistics",
            lang: resolveLang(raw["lang"], setup.io),
            ...(keyFile === undefined ? {} : { keyFile }),
            ...(out === undefined ? {} : { out }),
            ...(report === undefined ? {} : { report }),
          },
          setup.io,
        );
      });
    });
}
