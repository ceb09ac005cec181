/**
 * The bytes of `tipx convert`'s input: a file opened before anything is converted (so that a missing
 * file is exit code 3 at once), read as chunks whose sizes drive the progress bar, or read whole for a
 * workbook.
 *
 * @module
 */
import { createReadStream } from "node:fs";
import { open, readFile } from "node:fs/promises";
import path from "node:path";
import type { CliIo } from "../io";
import { type UnreadableReason, unreadableReason } from "../validate/unreadable";

/** An input ready to be read. */
export interface InputBytes {
  /** The size of the file in bytes; `undefined` for standard input. */
  readonly size: number | undefined;
  /** The chunks of the input; `onChunk` is told each chunk's size as it is read. */
  readonly chunks: (onChunk: (bytes: number) => void) => AsyncIterable<Uint8Array>;
  /** The whole input, for a workbook. */
  readonly whole: () => Promise<Uint8Array>;
}

/** Where the bytes come from: a file's absolute path, or standard input. */
type Origin = { readonly kind: "file"; readonly file: string } | { readonly kind: "stdin" };

async function* counted(source: AsyncIterable<unknown>, onChunk: (bytes: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    const bytes =
      typeof chunk === "string"
        ? new TextEncoder().encode(chunk)
        : chunk instanceof Uint8Array
          ? chunk
          : new Uint8Array(0);
    onChunk(bytes.length);
    yield bytes;
  }
}

async function wholeOf(source: AsyncIterable<unknown>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of counted(source, () => undefined)) parts.push(chunk);
  const all = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return all;
}

/**
 * Opens `tipx convert`'s input: checks that a file exists, is a file and can be read.
 *
 * @param name - the input as named on the command line (`-` is standard input).
 * @param io - the run's streams and working directory.
 * @returns the input, or why it cannot be read.
 */
export async function openInputBytes(
  name: string,
  io: CliIo,
): Promise<
  { readonly ok: true; readonly input: InputBytes } | { readonly ok: false; readonly reason: UnreadableReason }
> {
  const origin: Origin = name === "-" ? { kind: "stdin" } : { kind: "file", file: path.resolve(io.cwd, name) };
  if (origin.kind === "stdin")
    return {
      ok: true,
      input: { size: undefined, chunks: (onChunk) => counted(io.stdin, onChunk), whole: () => wholeOf(io.stdin) },
    };
  let size: number;
  try {
    const handle = await open(origin.file, "r");
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) return { ok: false, reason: { kind: "directory" } };
      size = stat.size;
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: unreadableReason(error) };
  }
  return {
    ok: true,
    input: {
      size,
      chunks: (onChunk) => counted(createReadStream(origin.file), onChunk),
      whole: async () => new Uint8Array(await readFile(origin.file)),
    },
  };
}
