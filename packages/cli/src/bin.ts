#!/usr/bin/env node
/**
 * The `tipx` executable: runs {@link run} on the process's own streams and exits with its code.
 * `tipx --version` and `tipx --help` are answered before commander and the commands are loaded, and
 * written without opening the process's stream objects (see `fastAnswer`), so that they start about as
 * fast as Node itself.
 *
 * @module
 */
import { writeSync } from "node:fs";
import { isatty } from "node:tty";
import { EXIT_CODES, type ExitCode } from "./exit-codes";
import { fastAnswer } from "./fast-path";
import { closedStandardInput, wasClosedAtLaunch } from "./standard-streams";

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write("", () => resolve());
  });
}

// A failing stdout (a reader that went away, as in `tipx validate big.ndjson | head`, or a descriptor
// that cannot be written) ends the run without a stack trace, and the run did not finish: exit 3.
let stdoutFailure: string | undefined;
// Whether process.stdout and process.stderr were opened (their first use costs a few milliseconds).
let streamsOpened = false;

function _openStreams(): void {
  if (streamsOpened) return;
  streamsOpened = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    stdoutFailure ??= error.code ?? error.name;
  });
  // A failing stderr leaves nowhere to report anything; the exit code still tells.
  process.stderr.on("error", () => {});
}

/**
 * Writes a fast answer straight to its file descriptor; a pipe that cannot take it at once (EAGAIN)
 * gets the rest through the stream, as any other output.
 */
function _writeAnswer(fd: 1 | 2, text: string): void {
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "EIO";
    if (code === "EAGAIN") {
      _openStreams();
      (fd === 1 ? process.stdout : process.stderr).write(bytes.subarray(written));
    } else if (fd === 1) stdoutFailure ??= code;
  }
}

/**
 * Where `run` is: the library beside the built executable (dist/index.js, or dist/index.cjs beside
 * dist/bin.cjs), or main.ts beside this file in the sources. The name is computed, so the bundler leaves
 * the library out of the executable's bundle (see tsup.config.ts).
 */
function _mainModule(): string {
  const here = import.meta.url;
  if (here.endsWith(".ts")) return new URL("./main.ts", here).href;
  return new URL(here.endsWith(".cjs") ? "./index.cjs" : "./index.js", here).href;
}

/** Runs the command line with commander and the command it names. */
async function runCommandLine(argv: readonly string[]): Promise<ExitCode> {
  const { run } = (await import(_mainModule())) as typeof import("./main");
  return run(argv, {
    stdin: wasClosedAtLaunch(0) ? closedStandardInput() : process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isStdoutTTY: process.stdout.isTTY === true,
    isStderrTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  });
}

async function main(): Promise<ExitCode> {
  if (wasClosedAtLaunch(1)) {
    _openStreams();
    process.stderr.write("tipx: cannot write the output: standard output is closed\n");
    return EXIT_CODES.unreadable;
  }
  const argv = process.argv.slice(2);
  const isStdoutTTY = isatty(1);
  const fast = fastAnswer(argv, { env: process.env, isStdoutTTY }, isStdoutTTY ? process.stdout.columns : undefined);
  let exitCode: ExitCode;
  if (fast === undefined) {
    _openStreams();
    exitCode = await runCommandLine(argv);
  } else {
    _writeAnswer(fast.stream === "stdout" ? 1 : 2, fast.text);
    exitCode = fast.exitCode;
  }
  // process.exit() drops output still queued for a pipe; wait until it is handed over.
  if (streamsOpened) await flushed(process.stdout);
  if (stdoutFailure === undefined) return exitCode;
  // A reader that stops reading early is routine (`| head`): no message for EPIPE.
  if (stdoutFailure !== "EPIPE") _writeAnswer(2, `tipx: cannot write the output (${stdoutFailure})\n`);
  return exitCode === EXIT_CODES.ok || exitCode === EXIT_CODES.invalid ? EXIT_CODES.unreadable : exitCode;
}

void main().then(async (exitCode) => {
  if (streamsOpened) await flushed(process.stderr);
  process.exit(exitCode);
});
