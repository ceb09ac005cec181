#!/usr/bin/env node
/**
 * The `tipx` executable: runs {@link run} on the process's own streams and exits with its code.
 *
 * @module
 */
import { run } from "./main";

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write("", () => resolve());
  });
}

// A reader that goes away early (`tipx validate big.ndjson | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
  });
}

void run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  isStdoutTTY: process.stdout.isTTY === true,
  isStderrTTY: process.stderr.isTTY === true,
  cwd: process.cwd(),
}).then(async (exitCode) => {
  // process.exit() drops output still queued for a pipe; wait until it is handed over.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(exitCode);
});
