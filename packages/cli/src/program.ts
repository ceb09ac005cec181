import { Command, InvalidArgumentError, Option } from "commander";
import { FORMAT_CHOICES, isChoice, LANG_CHOICES, LEVEL_CHOICES, PROFILE_CHOICES } from "./choices";
import { escapeControlCharactersKeepingLines } from "./escape";
import { EXIT_CODES, type ExitCode } from "./exit-codes";
import type { CliIo } from "./io";
import { resolveLang } from "./resolve-lang";
import { UsageError } from "./usage-error";
import { DEFAULT_MAX_LINE_BYTES, MAX_LINE_BYTES_CEILING, parseMaxLineBytes } from "./validate/line-limit";
import { CLI_VERSION } from "./version";

// Each command's implementation (and @tipx/schema with it) is imported only when the command runs,
// so `tipx --version` and `tipx --help` load commander alone.

const ROOT_HELP_AFTER = `
Exit codes:
  0  every record is valid (or the command succeeded)
  1  at least one record is invalid
  2  usage error: unknown command or option, bad option value, missing argument
  3  an input could not be read (missing file, directory, no permission, no
     record within --max-line-bytes) or the output could not be written

Environment:
  NO_COLOR     set (non-empty) to never colour the output
  FORCE_COLOR  set to colour the output even when it is not a terminal
  TIPX_LANG    default message language (en, th or es)

Run "tipx <command> --help" for a command's options and examples.`;

const VALIDATE_HELP_AFTER = `
Each file holds one JSON bundle, or NDJSON with one bundle per line (always
so for .ndjson and .jsonl files). NDJSON is read a line at a time, so memory
stays flat whatever the size; a line that is not JSON, or longer than
--max-line-bytes, is reported as TIPX101 and reading goes on with the next
line. Control characters in keys, paths, messages and file names are printed
as \\u escapes.

Examples:
  $ tipx validate bundle.json
  $ tipx validate --profile TH --lang th cases.ndjson
  $ cat cases.ndjson | tipx validate --format json - > report.jsonl
  $ tipx validate --quiet exports/*.ndjson || echo "some records are invalid"

Run "tipx explain CODE" to learn what an issue code means.`;

const EXPLAIN_HELP_AFTER = `
Examples:
  $ tipx explain TIPX402
  $ tipx explain 501 --lang es
  $ tipx explain --list`;

const SCHEMA_HELP_AFTER = `
Examples:
  $ tipx schema
  $ tipx schema --out schemas/tipx
  $ tipx schema --out schemas/tipx --check`;

/** Where a command's exit code is left for `run` to return. */
export interface RunState {
  /** The exit code of the command that ran. */
  exitCode: ExitCode;
}

function langOption(): Option {
  return new Option("-l, --lang <lang>", "language of the messages (default: $TIPX_LANG, else en)").choices(
    LANG_CHOICES,
  );
}

function formatOption(what: string): Option {
  return new Option("-f, --format <format>", what).choices(FORMAT_CHOICES).default("text");
}

function maxLineBytesOption(): Option {
  return new Option(
    "--max-line-bytes <bytes>",
    "the longest NDJSON line, and the largest JSON document, read; a longer one is reported as TIPX101 and skipped",
  )
    .argParser((value: string) => {
      const bytes = parseMaxLineBytes(value);
      if (bytes === undefined)
        throw new InvalidArgumentError(`Give a whole number of bytes from 1 to ${MAX_LINE_BYTES_CEILING} (256 MiB).`);
      return bytes;
    })
    .default(DEFAULT_MAX_LINE_BYTES, `${DEFAULT_MAX_LINE_BYTES} = 64 MiB`);
}

function helpWidth(io: CliIo): number {
  const columns: unknown = io.isStdoutTTY && "columns" in io.stdout ? io.stdout.columns : undefined;
  return typeof columns === "number" && columns > 40 ? columns : 80;
}

/**
 * Builds the `tipx` command line with commander. Output goes to `io`; errors throw (commander's
 * `exitOverride`) instead of exiting, and the command's exit code is left in `state`.
 *
 * @param io - the run's streams and environment.
 * @param state - receives the exit code of the command that ran.
 * @returns the program, ready for `parseAsync(argv, { from: "user" })`.
 */
export function createProgram(io: CliIo, state: RunState): Command {
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
    .exitOverride()
    .showHelpAfterError('(run with "--help" for usage)')
    .description(
      "Work with tipx, the data exchange format for anti-trafficking case data: validate bundles (JSON or NDJSON), explain issue codes and write the JSON Schema files.",
    )
    .version(CLI_VERSION, "-V, --version", "print the version of tipx")
    .helpOption("-h, --help", "show help")
    .addHelpText("after", ROOT_HELP_AFTER);

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
    .summary("check tipx bundles in JSON or NDJSON files")
    .description("Check tipx bundles against the tipx 1.0 model and its consistency, privacy and data-quality rules.")
    .argument("<files...>", "JSON or NDJSON files, or - for standard input")
    .addOption(formatOption("text: a report for people; json: one JSON object per record, then a summary"))
    .addOption(langOption())
    .addOption(
      new Option(
        "-p, --profile <country>",
        "add a country profile's rules (TIPX3xx); overrides the bundle's own profile",
      ).choices(PROFILE_CHOICES),
    )
    .addOption(
      new Option(
        "--level <level>",
        "strict: warnings count as errors; lenient: unknown codes in extensible lists are warnings",
      )
        .choices(LEVEL_CHOICES)
        .default("standard"),
    )
    .option("-q, --quiet", "print only invalid records (and, in text, no summary)")
    .addOption(maxLineBytesOption())
    .option("--color", "colour the text report even when stdout is not a terminal")
    .option("--no-color", "never colour the text report")
    .addHelpText("after", VALIDATE_HELP_AFTER)
    .action(async (files: string[], _options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw: Record<string, unknown> = command.opts();
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
          },
          io,
        );
      });
    });

  program
    .command("explain")
    .summary("explain an issue code")
    .description("Explain an issue code: what the check is, why it exists and how to fix the data.")
    .argument("[code]", "an issue code such as TIPX402 (or just 402)")
    .option("--list", "list every issue code with its severity and title")
    .addOption(langOption())
    .addOption(formatOption("text, or json for the explanation as a JSON object"))
    .addHelpText("after", EXPLAIN_HELP_AFTER)
    .action(async (code: string | undefined, _options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw: Record<string, unknown> = command.opts();
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
    .summary("write the JSON Schema files of the tipx model")
    .description(
      "Write the JSON Schema (draft 2020-12) file of every top-level tipx type, as @tipx/schema publishes them.",
    )
    .option("-o, --out <dir>", "directory to write into", "json-schema")
    .option("--check", "write nothing; exit 1 when a file in the directory is missing or differs")
    .addHelpText("after", SCHEMA_HELP_AFTER)
    .action(async (_options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw: Record<string, unknown> = command.opts();
        const { schemaCommand } = await import("./schema/schema-command");
        return schemaCommand(
          { out: typeof raw["out"] === "string" ? raw["out"] : "json-schema", check: raw["check"] === true },
          io,
        );
      });
    });

  return program;
}
