import type { Lang } from "@tipx/schema";
import { Command, InvalidArgumentError, Option } from "commander";
import { addAssessCommand } from "./assess/assess-program";
import { FORMAT_CHOICES, isChoice, LEVEL_CHOICES, PROFILE_CHOICES } from "./choices";
import { addCodesCommand } from "./codes/codes-program";
import { addConvertCommand } from "./convert/convert-program";
import { escapeControlCharactersKeepingLines } from "./escape";
import { addExchangeCommands } from "./exchange/exchange-program";
import { EXIT_CODES, type ExitCode } from "./exit-codes";
import { englishHelp, type HelpTexts, helpConfiguration } from "./help/index";
import type { CliIo } from "./io";
import { addRedactCommand } from "./redact/redact-program";
import { ACCEPTED_LANGS, langOfTag, resolveLang } from "./resolve-lang";
import { addTemplateCommand } from "./template/template-program";
import { UsageError } from "./usage-error";
import { INPUT_ENCODINGS, type InputEncoding, parseInputEncoding } from "./validate/encodings";
import { DEFAULT_MAX_LINE_BYTES, MAX_LINE_BYTES_CEILING, parseMaxLineBytes } from "./validate/line-limit";
import { CLI_VERSION } from "./version";

// Each command's implementation (and @tipx/schema with it) is imported only when the command runs,
// so `tipx --version` and `tipx --help` load commander alone.

/** Where a command's exit code is left for `run` to return. */
export interface RunState {
  /** The exit code of the command that ran. */
  exitCode: ExitCode;
}

function parseLang(value: string): Lang {
  const lang = langOfTag(value);
  if (lang === undefined) throw new InvalidArgumentError(`Allowed choices are ${ACCEPTED_LANGS}.`);
  return lang;
}

function langOption(help: HelpTexts): Option {
  return new Option("-l, --lang <lang>", help.lang).argParser(parseLang);
}

function formatOption(what: string): Option {
  return new Option("-f, --format <format>", what).choices(FORMAT_CHOICES).default("text");
}

function profileOption(what: string): Option {
  return new Option("-p, --profile <country>", what).choices(PROFILE_CHOICES);
}

function maxLineBytesOption(help: HelpTexts): Option {
  return new Option("--max-line-bytes <bytes>", help.validate.maxLineBytes)
    .argParser((value: string) => {
      const bytes = parseMaxLineBytes(value);
      if (bytes === undefined)
        throw new InvalidArgumentError(`Give a whole number of bytes from 1 to ${MAX_LINE_BYTES_CEILING} (256 MiB).`);
      return bytes;
    })
    .default(DEFAULT_MAX_LINE_BYTES, `${DEFAULT_MAX_LINE_BYTES} = 64 MiB`);
}

function encodingOption(help: HelpTexts): Option {
  return new Option("--encoding <encoding>", help.validate.encoding).argParser((value: string): InputEncoding => {
    const encoding = parseInputEncoding(value);
    if (encoding === undefined)
      throw new InvalidArgumentError(`Allowed choices are ${INPUT_ENCODINGS.join(", ")} (or tis-620, iso-8859-1).`);
    return encoding;
  });
}

function helpWidth(io: CliIo): number {
  const columns: unknown = io.isStdoutTTY && "columns" in io.stdout ? io.stdout.columns : undefined;
  return typeof columns === "number" && columns > 40 ? columns : 80;
}

/**
 * The options of the command that runs: its own, and those given before its name (`tipx --lang th
 * validate …`) for the ones not given after it.
 *
 * @param command - the command whose action runs.
 * @returns the option values by attribute name (`lang`, `maxLineBytes`…).
 */
export function commandOptions(command: Command): Record<string, unknown> {
  const options: Record<string, unknown> = { ...command.opts() };
  const parent = command.parent;
  if (parent === null) return options;
  for (const [key, value] of Object.entries(parent.opts())) {
    if (parent.getOptionValueSource(key) === "cli" && command.getOptionValueSource(key) !== "cli") options[key] = value;
  }
  return options;
}

/**
 * Builds the `tipx` command line with commander. Output goes to `io`; errors throw (commander's
 * `exitOverride`) instead of exiting, and the command's exit code is left in `state`.
 *
 * The options that several commands share (`--lang`, `--format`, `--profile`) are defined on `tipx`
 * itself too, so they may come before the command name as well as after it; one given before a
 * command that does not take it is a usage error.
 *
 * @param io - the run's streams and environment.
 * @param state - receives the exit code of the command that ran.
 * @param help - the help texts, in the language asked for (see `helpLang`); English by default.
 * @returns the program, ready for `parseAsync(argv, { from: "user" })`.
 */
export function createProgram(io: CliIo, state: RunState, help: HelpTexts = englishHelp): Command {
  const program = new Command("tipx");
  // Settings made before the subcommands are added are inherited by them.
  program
    .configureOutput({
      // Usage errors quote the arguments, which may come from a glob over hostile file names.
      writeOut: (text) => io.stdout.write(escapeControlCharactersKeepingLines(text)),
      writeErr: (text) => io.stderr.write(escapeControlCharactersKeepingLines(text)),
      getOutHelpWidth: () => helpWidth(io),
      getErrHelpWidth: () => helpWidth(io),
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .configureHelp(helpConfiguration(help))
    .exitOverride()
    // Options before the command name are the program's, those after it the command's own.
    .enablePositionalOptions()
    .showHelpAfterError(help.afterError)
    .description(help.root.description)
    .version(CLI_VERSION, "-V, --version", help.version)
    .addOption(langOption(help))
    .addOption(new Option("-f, --format <format>", help.root.format).choices(FORMAT_CHOICES))
    .addOption(profileOption(help.root.profile))
    .helpOption("-h, --help", help.helpOption)
    .helpCommand("help [command]", help.helpCommand)
    .addHelpText("after", help.root.after)
    .hook("preSubcommand", (root, command) => {
      for (const option of root.options) {
        const key = option.attributeName();
        if (root.getOptionValueSource(key) !== "cli" || command.options.some((own) => own.attributeName() === key))
          continue;
        root.error(`error: option '${option.flags}' does not apply to "tipx ${command.name()}"`, {
          exitCode: EXIT_CODES.usage,
          code: "tipx.usage",
        });
      }
    });

  const guarded = async (command: Command, body: () => Promise<ExitCode>): Promise<void> => {
    try {
      state.exitCode = await body();
    } catch (error) {
      if (error instanceof UsageError)
        command.error(`error: ${error.message}`, { exitCode: EXIT_CODES.usage, code: "tipx.usage" });
      throw error;
    }
  };

  program
    .command("validate")
    .summary(help.validate.summary)
    .description(help.validate.description)
    .argument("<files...>", help.validate.files)
    .addOption(formatOption(help.validate.format))
    .addOption(langOption(help))
    .addOption(profileOption(help.validate.profile))
    .addOption(new Option("--level <level>", help.validate.level).choices(LEVEL_CHOICES).default("standard"))
    .option("-q, --quiet", help.validate.quiet)
    .addOption(maxLineBytesOption(help))
    .addOption(encodingOption(help))
    .option("--color", help.validate.color)
    .option("--no-color", help.validate.noColor)
    .addHelpText("after", help.validate.after)
    .action(async (files: string[], _options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw = commandOptions(command);
        const { validateCommand } = await import("./validate/validate-command");
        return validateCommand(
          files,
          {
            format: isChoice(FORMAT_CHOICES, raw["format"]) ? raw["format"] : "text",
            lang: resolveLang(raw["lang"], io),
            ...(isChoice(LEVEL_CHOICES, raw["level"]) ? { level: raw["level"] } : {}),
            ...(isChoice(PROFILE_CHOICES, raw["profile"]) ? { profile: raw["profile"] } : {}),
            quiet: raw["quiet"] === true,
            maxLineBytes: typeof raw["maxLineBytes"] === "number" ? raw["maxLineBytes"] : DEFAULT_MAX_LINE_BYTES,
            color: typeof raw["color"] === "boolean" ? raw["color"] : undefined,
            ...(isChoice(INPUT_ENCODINGS, raw["encoding"]) ? { encoding: raw["encoding"] } : {}),
          },
          io,
        );
      });
    });

  addAssessCommand(program, { io, help: help.assess, lang: langOption(help), guarded, options: commandOptions });
  addRedactCommand(program, { io, help: help.redact, lang: langOption(help), guarded, options: commandOptions });
  addConvertCommand(program, { io, help: help.convert, lang: langOption(help), guarded, options: commandOptions });
  addTemplateCommand(program, { io, help: help.template, guarded, options: commandOptions });

  program
    .command("explain")
    .summary(help.explain.summary)
    .description(help.explain.description)
    .argument("[code]", help.explain.code)
    .option("--list", help.explain.list)
    .addOption(langOption(help))
    .addOption(formatOption(help.explain.format))
    .addHelpText("after", help.explain.after)
    .action(async (code: string | undefined, _options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw = commandOptions(command);
        const { explainCommand } = await import("./explain/explain-command");
        return explainCommand(
          code,
          {
            lang: resolveLang(raw["lang"], io),
            list: raw["list"] === true,
            format: isChoice(FORMAT_CHOICES, raw["format"]) ? raw["format"] : "text",
          },
          io,
        );
      });
    });

  program
    .command("schema")
    .summary(help.schema.summary)
    .description(help.schema.description)
    .option("-o, --out <dir>", help.schema.out, "json-schema")
    .option("--check", help.schema.check)
    .addOption(langOption(help))
    .addHelpText("after", help.schema.after)
    .action(async (_options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw = commandOptions(command);
        const { schemaCommand } = await import("./schema/schema-command");
        return schemaCommand(
          {
            out: typeof raw["out"] === "string" ? raw["out"] : "json-schema",
            check: raw["check"] === true,
            lang: resolveLang(raw["lang"], io),
          },
          io,
        );
      });
    });

  addCodesCommand(program, { io, help: help.codes, lang: langOption(help), guarded, options: commandOptions });
  addExchangeCommands(program, { io, help, lang: () => langOption(help), guarded });

  return program;
}
