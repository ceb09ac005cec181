/**
 * A mistake on the command line found by a command itself (rather than by commander), such as an
 * unknown issue code or a bad `TIPX_LANG`. `run` prints it like commander's own usage errors and exits
 * with code 2.
 */
export class UsageError extends Error {
  /** Creates a usage error with the message shown to the user. */
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
