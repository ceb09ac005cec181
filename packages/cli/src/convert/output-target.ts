/**
 * Where `tipx convert` and `tipx template` write: standard output or `--out FILE` (mode 0600, as the
 * rows hold personal data), as text written a piece at a time or as one binary workbook.
 *
 * @module
 */
import type { CliIo } from "../io";
import { openPrivateOutput } from "../private-output";
import type { WriteError } from "../schema/write-error";

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
  const opened = await openPrivateOutput(out, io);
  if (!opened.ok) return opened;
  const { output } = opened;
  return {
    ok: true,
    target: {
      text: async (text) => {
        output.out.write(text);
        if (output.out.due) await output.out.flush();
      },
      bytes: async (bytes) => {
        await output.out.flush();
        if (output.out.broken) return;
        await new Promise<void>((resolve) => {
          output.stream.write(bytes, (error?: Error | null) => {
            if (error) output.fail(error);
            resolve();
          });
        });
      },
      broken: () => output.out.broken || output.failed(),
      finish: output.finish,
    },
  };
}
