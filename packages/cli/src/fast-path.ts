import { EXIT_CODES, type ExitCode } from "./exit-codes";
import { ROOT_HELP } from "./help/root-help.generated";
import type { CliIo } from "./io";
import { helpLang, langOfTag } from "./resolve-lang";
import { CLI_VERSION } from "./version";

/** What `tipx` prints for a command line it answers without commander, and its exit code. */
export interface FastAnswer {
  /** The stream the text goes to. */
  readonly stream: "stdout" | "stderr";
  /** The text, as commander would have printed it. */
  readonly text: string;
  /** The exit code. */
  readonly exitCode: ExitCode;
}

/** The width commander lays the help out at when standard output is not a terminal (see `helpWidth`). */
const HELP_WIDTH = 80;

/** Tells whether `args` are only `--lang` options (`--lang x`, `--lang=x`, `-l x`, `-lx`) with a language tipx speaks. */
function _onlyLangOptions(args: readonly string[]): boolean {
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? "";
    let value: string | undefined;
    if (arg === "--lang" || arg === "-l") {
      index += 1;
      value = args[index];
    } else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
    else if (arg.startsWith("-l") && arg.length > 2) value = arg.slice(2);
    if (value === undefined || langOfTag(value) === undefined) return false;
  }
  return true;
}

/**
 * Answers the command lines that need neither commander nor any command, so that they start as fast as
 * Node itself: `tipx --version` (or `-V`) alone, `tipx --help` (or `-h`) with at most `--lang` options
 * naming a language tipx speaks, and `tipx` alone (the help on stderr, exit 2). The help is the one
 * commander printed when the file was generated (`help/root-help.generated.ts`), so only when commander
 * would lay it out 80 columns wide: standard output is not a terminal, or one 80 columns wide.
 *
 * @param argv - the arguments after the command name.
 * @param io - the run's environment and whether standard output is a terminal.
 * @param columns - the width of the terminal standard output is, when it is one.
 * @returns the answer, or `undefined` to run the command line with commander.
 */
export function fastAnswer(
  argv: readonly string[],
  io: Pick<CliIo, "env" | "isStdoutTTY">,
  columns: number | undefined,
): FastAnswer | undefined {
  if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V"))
    return { stream: "stdout", text: `${CLI_VERSION}\n`, exitCode: EXIT_CODES.ok };
  const width = io.isStdoutTTY && columns !== undefined && columns > 40 ? columns : HELP_WIDTH;
  if (width !== HELP_WIDTH) return undefined;
  // Without a command, commander prints the help on stderr, as a usage error.
  if (argv.length === 0) return { stream: "stderr", text: ROOT_HELP[helpLang(argv, io)], exitCode: EXIT_CODES.usage };
  const helpFlags = argv.filter((arg) => arg === "--help" || arg === "-h");
  if (helpFlags.length !== 1 || !_onlyLangOptions(argv.filter((arg) => arg !== "--help" && arg !== "-h")))
    return undefined;
  return { stream: "stdout", text: ROOT_HELP[helpLang(argv, io)], exitCode: EXIT_CODES.ok };
}
