/**
 * The exit codes of `tipx`, by meaning. When several apply, the highest of `invalid` and `unreadable`
 * wins: an unreadable input (3) outranks invalid data (1).
 *
 * @example
 * ```ts
 * import { EXIT_CODES } from "@tipx/cli";
 * EXIT_CODES.invalid; // 1
 * ```
 */
export const EXIT_CODES = {
  /** Everything read was valid (or the command succeeded). */
  ok: 0,
  /** At least one record was invalid (or `tipx schema --check` found stale files). */
  invalid: 1,
  /** The command line was wrong: an unknown option or command, a bad option value, a missing argument. */
  usage: 2,
  /** An input could not be read (missing file, directory, no permission) or an output could not be written. */
  unreadable: 3,
  /** A bug in tipx itself: an unexpected exception. Please report it. */
  internal: 70,
} as const;

/** One of the exit codes of `tipx`. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
