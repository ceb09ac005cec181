/**
 * The output of a command that writes personal data: standard output, or `--out FILE` created with mode
 * 0600 (the owner's alone), behind the buffered writer `Output`. `tipx sign`, `encrypt`, `decrypt`,
 * `redact`, `convert` and `template` write through it.
 *
 * @module
 */
import { createWriteStream, type WriteStream } from "node:fs";
import path from "node:path";
import type { Writable } from "node:stream";
import type { CliIo } from "./io";
import { Output } from "./output";
import { type WriteError, writeError } from "./schema/write-error";

/** An opened output. */
export interface PrivateOutput {
  /** The buffered writer, flushed by the command as it goes. */
  readonly out: Output;
  /** The stream under it (the file, or standard output), for bytes written whole. */
  readonly stream: Writable;
  /** Records a write error met outside the buffered writer. */
  readonly fail: (error: unknown) => void;
  /** `true` once a write failed. */
  readonly failed: () => boolean;
  /**
   * Writes what is left and closes `--out`. `broken` is `true` when not everything could be written (a
   * reader of standard output that went away), and `error` says why writing to `--out` failed.
   */
  readonly finish: () => Promise<{ readonly broken: boolean; readonly error: WriteError | undefined }>;
}

function openFile(file: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(file, { flags: "w", mode: 0o600 });
    stream.once("open", () => {
      stream.off("error", reject);
      resolve(stream);
    });
    stream.once("error", reject);
  });
}

/**
 * Opens `--out` (mode 0600), or standard output when it is absent.
 *
 * @param out - `--out`.
 * @param io - the run's streams and working directory.
 * @returns the output, or why the file cannot be written.
 */
export async function openPrivateOutput(
  out: string | undefined,
  io: CliIo,
): Promise<{ readonly ok: true; readonly output: PrivateOutput } | { readonly ok: false; readonly error: WriteError }> {
  let file: WriteStream | undefined;
  let failure: unknown;
  if (out !== undefined) {
    try {
      file = await openFile(path.resolve(io.cwd, out));
    } catch (error) {
      return { ok: false, error: writeError(error) };
    }
    file.on("error", (error) => {
      failure ??= error;
    });
  }
  const stream = file ?? io.stdout;
  const buffered = new Output(stream);
  return {
    ok: true,
    output: {
      out: buffered,
      stream,
      fail: (error) => {
        failure ??= error;
      },
      failed: () => failure !== undefined,
      finish: async () => {
        await buffered.finish();
        const broken = buffered.broken;
        buffered.close();
        if (file === undefined) return { broken, error: undefined };
        const opened = file;
        await new Promise<void>((resolve) => {
          opened.once("error", () => resolve());
          opened.end(() => resolve());
        });
        return failure === undefined && !broken
          ? { broken: false, error: undefined }
          : { broken: true, error: writeError(failure) };
      },
    },
  };
}
