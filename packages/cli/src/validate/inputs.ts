import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { type UnreadableReason, unreadableReason } from "./unreadable";

/** One input of `tipx validate`, as found before reading it. */
export type Input =
  /** `-`: standard input, of unknown size. */
  | { readonly kind: "stdin"; readonly name: string }
  /** A file (or a named pipe, whose size is unknown: `size` is then `undefined`). */
  | { readonly kind: "file"; readonly name: string; readonly path: string; readonly size: number | undefined }
  /** A name that cannot be read: missing, a directory, no permission. */
  | { readonly kind: "unreadable"; readonly name: string; readonly reason: UnreadableReason };

/** File name endings that mark NDJSON whatever the content looks like. */
export const LINE_DELIMITED_EXTENSIONS = [".ndjson", ".jsonl"] as const;

/**
 * Tells whether a file name says NDJSON (`.ndjson` or `.jsonl`, in any case, also before `.gz`).
 */
export function isLineDelimitedName(name: string): boolean {
  const lower = name.toLowerCase().replace(/\.gz$/, "");
  return LINE_DELIMITED_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Looks at each named input without reading it: `-` is stdin, a directory or a missing file is
 * unreadable, anything else is a file with its size.
 *
 * @param names - the inputs as given on the command line.
 * @param cwd - the directory relative names are resolved against.
 * @returns one input per name, in order.
 */
export async function resolveInputs(names: readonly string[], cwd: string): Promise<Input[]> {
  const inputs: Input[] = [];
  for (const name of names) {
    if (name === "-") {
      inputs.push({ kind: "stdin", name });
      continue;
    }
    const absolute = path.resolve(cwd, name);
    try {
      const stats = await stat(absolute);
      if (stats.isDirectory()) inputs.push({ kind: "unreadable", name, reason: { kind: "directory" } });
      else inputs.push({ kind: "file", name, path: absolute, size: stats.isFile() ? stats.size : undefined });
    } catch (error) {
      inputs.push({ kind: "unreadable", name, reason: unreadableReason(error) });
    }
  }
  return inputs;
}

// Larger reads than the 64 KiB default cut per-chunk overhead on multi-gigabyte files; memory stays
// bounded by this times a few.
/** The bytes read from a file at a time. */
export const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Opens a readable input as a byte stream: the file, or `stdin` for `-`.
 */
export function openInput(input: Exclude<Input, { kind: "unreadable" }>, stdin: Readable): Readable {
  return input.kind === "stdin" ? stdin : createReadStream(input.path, { highWaterMark: READ_CHUNK_BYTES });
}
