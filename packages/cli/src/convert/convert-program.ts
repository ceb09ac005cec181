import { type Command, InvalidArgumentError, Option } from "commander";
import { isChoice } from "../choices";
import type { ExitCode } from "../exit-codes";
import type { HelpTexts } from "../help/index";
import type { CliIo } from "../io";
import { resolveLang } from "../resolve-lang";
import { UsageError } from "../usage-error";
import {
  CODEBOOK_CHOICES,
  CONVERT_FORMAT_CHOICES,
  CONVERT_FROM_CHOICES,
  CONVERT_TO_CHOICES,
  type ConvertFrom,
} from "./convert-choices";

/**
 * The format of the input: `--from`, or tipx bundles when the output is rows (HTCDS, CTDC), the only
 * input rows can be written from.
 *
 * @throws {@link UsageError} when `--from` is missing and the output is bundles.
 */
function inferFrom(from: unknown, to: unknown): ConvertFrom {
  if (isChoice(CONVERT_FROM_CHOICES, from)) return from;
  if (to === "htcds" || to === "ctdc" || to === "ctdc-vp") return "tipx";
  throw new UsageError(
    `--from is needed to write tipx bundles: name what the input holds (${CONVERT_FROM_CHOICES.join(", ")})`,
  );
}

/** What `tipx convert` takes from the program it is added to. */
export interface ConvertCommandSetup {
  /** The run's streams and environment. */
  readonly io: CliIo;
  /** The help texts of `tipx convert` in the language of the run (see `src/help/`). */
  readonly help: HelpTexts["convert"];
  /** The program's `-l, --lang` option, as every command has it. */
  readonly lang: Option;
  /** Runs a command's body, leaving its exit code for `run` and turning a `UsageError` into exit 2. */
  readonly guarded: (command: Command, body: () => Promise<ExitCode>) => Promise<void>;
  /** The options of the command that runs, with those given before its name. */
  readonly options: (command: Command) => Record<string, unknown>;
}

/** The largest k accepted: beyond it no group of a real dataset is released. */
const MAX_K = 1_000_000;

function parseK(value: string): number {
  const k = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(k) || k < 1 || k > MAX_K)
    throw new InvalidArgumentError(`Give a whole number from 1 (no suppression) to ${MAX_K}.`);
  return k;
}

/**
 * Adds `tipx convert <input>` to the program: it converts HTCDS rows and workbooks, CTDC rows and agency
 * spreadsheets to tipx bundles, and bundles to HTCDS, CTDC and CTDC victim–perpetrator rows, with
 * tipx/convert (imported only when the command runs).
 *
 * @param program - the `tipx` program; the command inherits its output and error settings.
 * @param setup - what the command shares with the program's other commands.
 */
export function addConvertCommand(program: Command, setup: ConvertCommandSetup): void {
  const { help } = setup;
  program
    .command("convert")
    .summary(help.summary)
    .description(help.description)
    .argument("<input>", help.input)
    .addOption(new Option("--from <format>", help.from).choices(CONVERT_FROM_CHOICES))
    .addOption(new Option("--to <format>", help.to).choices(CONVERT_TO_CHOICES).default("tipx"))
    .option("-m, --mapping <file>", help.mapping)
    .addOption(new Option("--codebook <year>", help.codebook).choices(CODEBOOK_CHOICES))
    .addOption(new Option("--k <k>", help.k).argParser(parseK))
    .option("--hxl", help.hxl)
    .option("-o, --out <file>", help.out)
    .option("--report <file>", help.report)
    .addOption(new Option("--format <format>", help.format).choices(CONVERT_FORMAT_CHOICES))
    .addOption(setup.lang)
    .addHelpText("after", help.after)
    .action(async (input: string, _options: unknown, command: Command) => {
      await setup.guarded(command, async () => {
        const raw = setup.options(command);
        const { convertCommand } = await import("./convert-command");
        const string = (name: string): string | undefined => {
          const value = raw[name];
          return typeof value === "string" ? value : undefined;
        };
        const mapping = string("mapping");
        const out = string("out");
        const report = string("report");
        const codebook = raw["codebook"];
        const format = raw["format"];
        const k = raw["k"];
        return convertCommand(
          input,
          {
            from: inferFrom(raw["from"], raw["to"]),
            to: isChoice(CONVERT_TO_CHOICES, raw["to"]) ? raw["to"] : "tipx",
            lang: resolveLang(raw["lang"], setup.io),
            hxl: raw["hxl"] === true,
            ...(mapping === undefined ? {} : { mapping }),
            ...(out === undefined ? {} : { out }),
            ...(report === undefined ? {} : { report }),
            ...(isChoice(CODEBOOK_CHOICES, codebook) ? { codebook } : {}),
            ...(isChoice(CONVERT_FORMAT_CHOICES, format) ? { format } : {}),
            ...(typeof k === "number" ? { k } : {}),
          },
          setup.io,
        );
      });
    });
}
