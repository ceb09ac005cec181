#!/usr/bin/env node
/**
 * The `tipx` executable: runs {@link run} on the process's own streams and exits with its code.
 *
 * @module
 */
import { EXIT_CODES, type ExitCode } from "./exit-codes";
import { run } from "./main";
import { closedStandardInput, wasClosedAtLaunch } from "./standard-streams";

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write("", () => resolve());
  });
}

// A failing stdout (a reader that went away, as in `tipx validate big.ndjson | head`, or a descriptor
// that cannot be written) ends the run without a stack trace, and the run did not finish: exit 3.
let stdoutFailure: string | undefined;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  stdoutFailure ??= error.code ?? error.name;
});
// A failing stderr leaves nowhere to report anything; the exit code still tells.
process.stderr.on("error", () => {});

async function main(): Promise<ExitCode> {
  if (wasClosedAtLaunch(1)) {
    process.stderr.write("tipx: cannot write the output: standard output is closed\n");
    return EXIT_CODES.unreadable;
  }
  const exitCode = await run(process.argv.slice(2), {
    stdin: wasClosedAtLaunch(0) ? closedStandardInput() : process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    isStdoutTTY: process.stdout.isTTY === true,
    isStderrTTY: process.stderr.isTTY === true,
    cwd: process.cwd(),
  });
  // process.exit() drops output still queued for a pipe; wait until it is handed over.
  await flushed(process.stdout);
  if (stdoutFailure === undefined) return exitCode;
  // A reader that stops reading early is routine (`| head`): no message for EPIPE.
  if (stdoutFailure !== "EPIPE") process.stderr.write(`tipx: cannot write the output (${stdoutFailure})\n`);
  return exitCode === EXIT_CODES.ok || exitCode === EXIT_CODES.invalid ? EXIT_CODES.unreadable : exitCode;
}

void main().then(async (exitCode) => {
  await flushed(process.stderr);
  process.exit(exitCode);
});
