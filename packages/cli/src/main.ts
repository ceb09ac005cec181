import { CommanderError } from "commander";
import { escapeControlCharactersKeepingLines } from "./escape";
import { EXIT_CODES, type ExitCode } from "./exit-codes";
import { loadHelpTexts } from "./help/index";
import type { CliIo } from "./io";
import { createProgram, type RunState } from "./program";
import { helpLang } from "./resolve-lang";

/**
 * Runs the `tipx` command line in-process: parses `argv` (the arguments after the command name),
 * runs the command against `io` and returns its exit code. It never calls `process.exit`, so tests
 * and other programs can call it and read what it wrote.
 *
 * @param argv - the arguments, such as `["validate", "cases.ndjson"]`.
 * @param io - the streams, environment and working directory to use.
 * @returns 0 all valid, 1 invalid data, 2 usage error, 3 unreadable input or unwritable output (70 for a
 *   bug in tipx).
 *
 * @example
 * ```ts
 * import { run } from "@tipx/cli";
 * const code = await run(["validate", "bundle.json"], {
 *   stdin: process.stdin,
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 *   env: process.env,
 *   isStdoutTTY: Boolean(process.stdout.isTTY),
 *   isStderrTTY: Boolean(process.stderr.isTTY),
 *   cwd: process.cwd(),
 * });
 * ```
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const state: RunState = { exitCode: EXIT_CODES.ok };
  try {
    // The help texts are chosen before parsing: `--help` prints them as soon as commander meets it.
    const help = await loadHelpTexts(helpLang(argv, io));
    await createProgram(io, state, help).parseAsync([...argv], { from: "user" });
    return state.exitCode;
  } catch (error) {
    // --help and --version end with exit code 0; every other commander error is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(
      "tipx: unexpected error (a bug in tipx; please report it with the command you ran)\n" +
        `${escapeControlCharactersKeepingLines(detail)}\n`,
    );
    return EXIT_CODES.internal;
  }
}
