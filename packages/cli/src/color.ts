import picocolors from "picocolors";
import type { CliIo } from "./io";

/**
 * Decides whether text written to a stream gets ANSI colours. In order: `--no-color`/`--color` on the
 * command line, then a non-empty `NO_COLOR` (https://no-color.org) turns colour off, then `FORCE_COLOR`
 * turns it on (unless it is `0` or `false`), and otherwise colour follows whether the stream is a
 * terminal.
 *
 * @param io - the run's streams and environment.
 * @param isTTY - whether the stream being written is a terminal.
 * @param flag - the value of `--color` / `--no-color`, when given.
 * @returns `true` when colours should be used.
 */
export function wantsColor(io: Pick<CliIo, "env">, isTTY: boolean, flag: boolean | undefined): boolean {
  if (flag !== undefined) return flag;
  const noColor = io.env["NO_COLOR"];
  if (noColor !== undefined && noColor !== "") return false;
  const force = io.env["FORCE_COLOR"];
  if (force !== undefined) return force !== "0" && force !== "false";
  return isTTY;
}

/** The colour formatters of picocolors (each one the identity when colour is off). */
export type Palette = ReturnType<typeof picocolors.createColors>;

/**
 * The picocolors formatters, real or no-op.
 */
export function palette(enabled: boolean): Palette {
  return picocolors.createColors(enabled);
}
