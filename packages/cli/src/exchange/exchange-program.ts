import { type Command, Option } from "commander";
import { FORMAT_CHOICES, isChoice } from "../choices";
import type { ExitCode } from "../exit-codes";
import type { HelpTexts } from "../help/index";
import type { CliIo } from "../io";
import { resolveLang } from "../resolve-lang";
import { KEY_USES, SIGNING_ALGS } from "./choices";

/** What the exchange commands take from the program they are added to. */
export interface ExchangeCommandsSetup {
  /** The run's streams and environment. */
  readonly io: CliIo;
  /** The help texts in the language of the run (see `src/help/`). */
  readonly help: HelpTexts;
  /** Makes the program's `-l, --lang` option, as every command has it. */
  readonly lang: () => Option;
  /** Runs a command's body, leaving its exit code for `run` and turning a `UsageError` into exit 2. */
  readonly guarded: (command: Command, body: () => Promise<ExitCode>) => Promise<void>;
}

/**
 * The options of the command that runs, with those given before its name or before its parent's
 * (`tipx --lang th keys generate …`): the nearest one given on the command line wins, else the
 * command's own default.
 */
function chainOptions(command: Command): Record<string, unknown> {
  const options: Record<string, unknown> = { ...command.opts() };
  const given = new Set<string>(Object.keys(options).filter((key) => command.getOptionValueSource(key) === "cli"));
  for (let parent = command.parent; parent !== null; parent = parent.parent) {
    for (const [key, value] of Object.entries(parent.opts())) {
      if (given.has(key) || parent.getOptionValueSource(key) !== "cli") continue;
      options[key] = value;
      given.add(key);
    }
  }
  return options;
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** `--to FILE`, repeatable: each one adds a recipient. */
function collect(value: string, previous: readonly string[] | undefined): readonly string[] {
  return [...(previous ?? []), value];
}

/**
 * Adds `tipx keys generate`, `tipx sign`, `tipx verify`, `tipx encrypt` and `tipx decrypt` to the
 * program. Each command's implementation (and @tipx/exchange with it) is imported only when it runs.
 * A key is only ever named by its file: no option takes a key.
 *
 * @param program - the `tipx` program; the commands inherit its output and error settings.
 * @param setup - what the commands share with the program's other commands.
 */
export function addExchangeCommands(program: Command, setup: ExchangeCommandsSetup): void {
  const { io, help, guarded } = setup;
  const lang = (raw: Record<string, unknown>) => resolveLang(raw["lang"], io);
  const out = (what: string) => new Option("-o, --out <file>", what);

  const keys = program
    .command("keys")
    .summary(help.keys.summary)
    .description(help.keys.description)
    .addOption(setup.lang());
  keys
    .command("generate")
    .summary(help.keys.generate.summary)
    .description(help.keys.generate.description)
    .requiredOption("--org <name>", help.keys.generate.org)
    .addOption(new Option("--use <use>", help.keys.generate.use).choices(KEY_USES).makeOptionMandatory())
    .requiredOption("-o, --out <dir>", help.keys.generate.out)
    .option("--kid <kid>", help.keys.generate.kid)
    .option("--force", help.keys.generate.force)
    .addOption(setup.lang())
    .addHelpText("after", help.keys.generate.after)
    .action(async (_options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw = chainOptions(command);
        const { keysGenerateCommand } = await import("./keys-command");
        const kid = text(raw["kid"]);
        return keysGenerateCommand(
          {
            org: text(raw["org"]) ?? "",
            use: isChoice(KEY_USES, raw["use"]) ? raw["use"] : "sig",
            out: text(raw["out"]) ?? "",
            ...(kid === undefined ? {} : { kid }),
            force: raw["force"] === true,
            lang: lang(raw),
          },
          io,
        );
      });
    });

  program
    .command("sign")
    .summary(help.sign.summary)
    .description(help.sign.description)
    .argument("<files...>", help.sign.files)
    .requiredOption("-k, --key <file>", help.sign.key)
    .option("--kid <kid>", help.sign.kid)
    .addOption(new Option("--alg <alg>", help.sign.alg).choices(SIGNING_ALGS))
    .addOption(out(help.sign.out))
    .addOption(setup.lang())
    .addHelpText("after", help.sign.after)
    .action(async (files: string[], _options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw = chainOptions(command);
        const { signCommand } = await import("./sign-command");
        const kid = text(raw["kid"]);
        const target = text(raw["out"]);
        return signCommand(
          files,
          {
            key: text(raw["key"]) ?? "",
            ...(kid === undefined ? {} : { kid }),
            ...(isChoice(SIGNING_ALGS, raw["alg"]) ? { alg: raw["alg"] } : {}),
            ...(target === undefined ? {} : { out: target }),
            lang: lang(raw),
          },
          io,
        );
      });
    });

  program
    .command("verify")
    .summary(help.verify.summary)
    .description(help.verify.description)
    .argument("<files...>", help.verify.files)
    .requiredOption("-t, --trust <file>", help.verify.trust)
    .addOption(new Option("-f, --format <format>", help.verify.format).choices(FORMAT_CHOICES).default("text"))
    .option("-q, --quiet", help.verify.quiet)
    .addOption(setup.lang())
    .addHelpText("after", help.verify.after)
    .action(async (files: string[], _options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw = chainOptions(command);
        const { verifyCommand } = await import("./verify-command");
        return verifyCommand(
          files,
          {
            trust: text(raw["trust"]) ?? "",
            format: isChoice(FORMAT_CHOICES, raw["format"]) ? raw["format"] : "text",
            quiet: raw["quiet"] === true,
            lang: lang(raw),
          },
          io,
        );
      });
    });

  program
    .command("encrypt")
    .summary(help.encrypt.summary)
    .description(help.encrypt.description)
    .argument("<files...>", help.encrypt.files)
    .addOption(new Option("--to <file>", help.encrypt.to).argParser(collect).makeOptionMandatory())
    .addOption(out(help.encrypt.out))
    .addOption(setup.lang())
    .addHelpText("after", help.encrypt.after)
    .action(async (files: string[], _options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw = chainOptions(command);
        const { encryptCommand } = await import("./encrypt-command");
        const to = Array.isArray(raw["to"]) ? raw["to"].filter((file): file is string => typeof file === "string") : [];
        const target = text(raw["out"]);
        return encryptCommand(files, { to, ...(target === undefined ? {} : { out: target }), lang: lang(raw) }, io);
      });
    });

  program
    .command("decrypt")
    .summary(help.decrypt.summary)
    .description(help.decrypt.description)
    .argument("<files...>", help.decrypt.files)
    .requiredOption("-k, --key <file>", help.decrypt.key)
    .addOption(out(help.decrypt.out))
    .addOption(setup.lang())
    .addHelpText("after", help.decrypt.after)
    .action(async (files: string[], _options: unknown, command: Command) => {
      await guarded(command, async () => {
        const raw = chainOptions(command);
        const { decryptCommand } = await import("./decrypt-command");
        const target = text(raw["out"]);
        return decryptCommand(
          files,
          { key: text(raw["key"]) ?? "", ...(target === undefined ? {} : { out: target }), lang: lang(raw) },
          io,
        );
      });
    });
}
