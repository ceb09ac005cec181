/**
 * Where `tipx sign`, `encrypt` and `decrypt` write their records: standard output or `--out FILE`, as
 * one pretty-printed JSON document when the only input was one, else as NDJSON (one record per line).
 *
 * @module
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { escapeControlCharacters, escapeControlCharactersKeepingLines } from "../escape";
import type { CliIo } from "../io";
import type { Output } from "../output";
import { openPrivateOutput } from "../private-output";
import type { WriteError } from "../schema/write-error";
import type { RecordLayout } from "../validate/records";

/** The records a command writes. */
export interface RecordOutput {
  /**
   * Writes one record. The first record decides the shape: a JSON document (`layout` `"document"`) when
   * the run has one input, NDJSON otherwise.
   */
  readonly write: (value: unknown, layout: RecordLayout) => void;
  /** The buffered writer, flushed by the command as it goes. */
  readonly out: Output;
  /**
   * Writes what is left and closes `--out`. `broken` is `true` when not everything could be written (a
   * reader of standard output that went away, as in `tipx validate`), and `error` says why writing to
   * `--out` failed.
   */
  readonly finish: () => Promise<{ readonly broken: boolean; readonly error: WriteError | undefined }>;
}

/**
 * Tells whether `out` is one of the inputs (the same path, or the same file by another name), which
 * would be emptied before it is read.
 */
export async function isAnInput(out: string, inputs: readonly string[], cwd: string): Promise<boolean> {
  const target = path.resolve(cwd, out);
  const targetStats = await stat(target).catch(() => undefined);
  for (const name of inputs) {
    if (name === "-") continue;
    const input = path.resolve(cwd, name);
    if (input === target) return true;
    const stats = await stat(input).catch(() => undefined);
    if (
      targetStats !== undefined &&
      stats !== undefined &&
      stats.ino === targetStats.ino &&
      stats.dev === targetStats.dev
    )
      return true;
  }
  return false;
}

/**
 * Opens the output of a run.
 *
 * @param out - `--out`, or `undefined` for standard output.
 * @param singleInput - `true` when the run has one input, whose record may then be written as a document.
 * @param io - the run's streams and working directory.
 * @returns the output, or why `--out` cannot be written.
 */
export async function openRecordOutput(
  out: string | undefined,
  singleInput: boolean,
  io: CliIo,
): Promise<{ readonly ok: true; readonly output: RecordOutput } | { readonly ok: false; readonly error: WriteError }> {
  const opened = await openPrivateOutput(out, io);
  if (!opened.ok) return opened;
  const { out: output, finish } = opened.output;
  let document: boolean | undefined;
  return {
    ok: true,
    output: {
      out: output,
      write: (value, layout) => {
        document ??= singleInput && layout === "document";
        // Escaping keeps the output inert on a terminal; the escapes are JSON's, so the data is unchanged.
        // The line feeds of a pretty-printed document are its own (JSON escapes those inside strings).
        const text = document
          ? escapeControlCharactersKeepingLines(JSON.stringify(value, null, 2))
          : escapeControlCharacters(JSON.stringify(value));
        output.write(`${text}\n`);
      },
      finish,
    },
  };
}
