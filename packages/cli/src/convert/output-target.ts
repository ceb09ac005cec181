/**
 * Where `tipx convert` and `tipx template` write: standard output or `--out FILE` (mode 0600, as the
 * rows hold personal data), as text written a piece at a time or as one binary workbook.
 *
 * @module
 */
import { createWriteStream, type WriteStream } from "node:fs";
import path from "node:path";
import type { CliIo } from "../io";
import { Output } from "../output";
import { type WriteError, writeError } from "../schema/write-error";

/** An opened output. */
export interface OutputTarget {
  /** Adds text; flushed as it grows. */
  readonly text: (text: string) => Promise<void>;
  /** Writes bytes (a workbook) whole. */
  readonly bytes: (bytes: Uint8Array) => Promise<void>;
  /** `true` once a write failed or the reader went away. */
  readonly broken: () => boolean;
  /** Writes what is left and closes the file; `error` says why the file could not be written. */
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
 * Opens `--out`, or standard output when it is absent.
 *
 * @param out - `--out`.
 * @param io - the run's streams and working directory.
 * @returns the output, or why the file cannot be written.
 */
export async function openOutputTarget(
  out: string | undefined,
  io: CliIo,
): Promise<{ readonly ok: true; readonly target: OutputTarget } | { readonly ok: false; readonly error: WriteError }> {
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
  const output = new Output(stream);
  return {
    ok: true,
    target: {
      text: async (text) => {
        output.write(text);
        if (output.due) await output.flush();
      },
      bytes: async (bytes) => {
        await output.flush();
        if (output.broken) return;
        await new Promise<void>((resolve) => {
          stream.write(bytes, (error?: Error | null) => {
            if (error) failure ??= error;
            resolve();
          });
        });
      },
      broken: () => output.broken || failure !== undefined,
      finish: async () => {
        await output.finish();
        const broken = output.broken;
        output.close();
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
