/**
 * The key file of `tipx redact --key-file`: the raw bytes of an HMAC-SHA-256 key, read whole and checked
 * before any bundle is read. As with `tipx sign --key`, a key is taken only from a file (on the command
 * line it would stay in the shell's history and show in the process list), and no message repeats it.
 * The messages and exit codes are `load-pseudonym-key-file.ts`'s.
 *
 * @module
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { readBounded } from "../read-bounded";
import { type UnreadableReason, unreadableReason } from "../validate/unreadable";

/** The fewest bytes a pseudonym key has: @tipx/privacy's `PSEUDONYM_KEY_MIN_BYTES` (a test keeps them equal). */
export const PSEUDONYM_KEY_MIN_BYTES = 32;

/** The largest key file read: a key is 32 to 64 random bytes; anything much larger is the wrong file. */
export const MAX_PSEUDONYM_KEY_FILE_BYTES = 4096;

/** Why a pseudonym key file cannot be used. Every problem names the file and its size, never its bytes. */
export type PseudonymKeyFileProblem =
  /** The file cannot be read (missing, a directory, no permission). */
  | { readonly kind: "unreadable"; readonly reason: UnreadableReason }
  /** Fewer than `min` bytes. */
  | { readonly kind: "too-short"; readonly bytes: number; readonly min: number }
  /** Larger than {@link MAX_PSEUDONYM_KEY_FILE_BYTES}. */
  | { readonly kind: "too-large"; readonly limit: number };

/**
 * Reads a pseudonym key file: its bytes, and its permission bits when other users may read or write it.
 *
 * @param name - the file as the user named it (relative to `cwd`).
 * @param cwd - the working directory.
 */
export async function readPseudonymKeyFile(
  name: string,
  cwd: string,
): Promise<
  | { readonly ok: true; readonly bytes: Uint8Array; readonly openMode: number | undefined }
  | { readonly ok: false; readonly problem: PseudonymKeyFileProblem }
> {
  const file = path.resolve(cwd, name);
  let bytes: Buffer;
  let mode: number;
  try {
    const stats = await stat(file);
    if (stats.isDirectory()) return { ok: false, problem: { kind: "unreadable", reason: { kind: "directory" } } };
    mode = stats.mode;
    bytes = await readBounded(file, MAX_PSEUDONYM_KEY_FILE_BYTES);
  } catch (error) {
    return { ok: false, problem: { kind: "unreadable", reason: unreadableReason(error) } };
  }
  if (bytes.length > MAX_PSEUDONYM_KEY_FILE_BYTES)
    return { ok: false, problem: { kind: "too-large", limit: MAX_PSEUDONYM_KEY_FILE_BYTES } };
  if (bytes.length < PSEUDONYM_KEY_MIN_BYTES)
    return { ok: false, problem: { kind: "too-short", bytes: bytes.length, min: PSEUDONYM_KEY_MIN_BYTES } };
  // POSIX permission bits mean nothing on Windows, where Node reports 0o666 for any writable file.
  const exposed = process.platform !== "win32" && (mode & 0o077) !== 0;
  return { ok: true, bytes: new Uint8Array(bytes), openMode: exposed ? mode & 0o777 : undefined };
}
