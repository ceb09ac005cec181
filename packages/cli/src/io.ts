import type { Readable, Writable } from "node:stream";

/**
 * The outside world of one `tipx` run: its streams, environment and working directory. `bin.ts`
 * passes the process's own; tests pass in-memory streams and capture what is written.
 *
 * @example
 * ```ts
 * import { PassThrough } from "node:stream";
 * import type { CliIo } from "@tipx/cli";
 * const io: CliIo = {
 *   stdin: new PassThrough(),
 *   stdout: new PassThrough(),
 *   stderr: new PassThrough(),
 *   env: {},
 *   isStdoutTTY: false,
 *   isStderrTTY: false,
 *   cwd: process.cwd(),
 * };
 * ```
 */
export interface CliIo {
  /** The stream `-` reads from. */
  readonly stdin: Readable;
  /** Where reports and command output go. */
  readonly stdout: Writable;
  /** Where usage errors, unreadable-input messages and the progress bar go. */
  readonly stderr: Writable;
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `TIPX_LANG` are read from it). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Whether stdout is a terminal (colour is used only then, unless forced). */
  readonly isStdoutTTY: boolean;
  /** Whether stderr is a terminal (the progress bar is drawn only then). */
  readonly isStderrTTY: boolean;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
}
