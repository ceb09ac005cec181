/**
 * Key files of `tipx sign`, `encrypt` and `decrypt`: a JSON Web Key (RFC 7517) in a file, read whole
 * (a JWK is a few hundred bytes) and checked before any key is used. A key is taken only from a file:
 * on the command line it would end up in the shell's history and in the process list.
 *
 * @module
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { readBounded } from "../read-bounded";
import { type UnreadableReason, unreadableReason } from "../validate/unreadable";

/** A JWK as read from a file: a JSON object with a `kty` member; its other members are checked by use. */
export interface KeyFileJwk {
  /** The key type: `OKP` (Ed25519), `EC` (P-256)… */
  readonly kty: string;
  readonly [member: string]: unknown;
}

/** What a command needs from a key file. */
export type KeyNeed =
  /** A private signing key: Ed25519 (`OKP`) for EdDSA or P-256 (`EC`) for ES256. */
  | "sign"
  /** A private P-256 (`EC`) key to decrypt with (ECDH-ES). */
  | "decrypt"
  /** A public P-256 (`EC`) key of a recipient to encrypt for. */
  | "encrypt";

/** Why a key file cannot be used. Every problem names the file, never its content. */
export type KeyFileProblem =
  /** The file cannot be read (missing, a directory, no permission): exit 3. */
  | { readonly kind: "unreadable"; readonly reason: UnreadableReason }
  /** Larger than {@link MAX_KEY_FILE_BYTES}: not a key file. */
  | { readonly kind: "too-large"; readonly limit: number }
  /** Not a JSON object. */
  | { readonly kind: "not-json" }
  /** JSON, but not a JWK (no `kty`). */
  | { readonly kind: "not-a-jwk" }
  /** A public key where the private key is needed. */
  | { readonly kind: "public-key" }
  /** A private key where a recipient's public key is needed. */
  | { readonly kind: "private-key" }
  /** A JWK of the wrong type or use for `need` (an encryption key to sign with, an RSA key…). */
  | { readonly kind: "wrong-key"; readonly need: KeyNeed };

/** A key file that was read and fits its use. */
export interface KeyFile {
  /** The key. */
  readonly jwk: KeyFileJwk;
  /**
   * The file's permission bits when a private key file is open to other users (group or others may
   * read or write it), for a warning; `undefined` when it is the owner's alone or on Windows.
   */
  readonly openMode: number | undefined;
}

/** A key id as @tipx/exchange accepts it: 1 to 256 visible ASCII characters. */
export const KEY_ID = /^[\x21-\x7E]{1,256}$/;

/** The largest key file read: a P-256 or Ed25519 JWK is under 500 bytes. */
export const MAX_KEY_FILE_BYTES = 64 * 1024;

/**
 * Tells whether a command-line argument is a key (or other JSON) rather than a file name, so that it
 * is refused without being repeated in a message.
 *
 * @param argument - the value of `--key`, `--to` or an input name.
 * @returns `true` when it starts with `{` or holds a JWK member name.
 */
export function looksLikeInlineJson(argument: string): boolean {
  return argument.trimStart().startsWith("{") || /"(?:kty|d|crv)"\s*:/.test(argument);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Whether `jwk` is the type `need` asks for (the private part is checked apart). */
function fits(jwk: KeyFileJwk, need: KeyNeed): boolean {
  const use = jwk["use"];
  if (need === "sign") {
    if (use !== undefined && use !== "sig") return false;
    return (jwk.kty === "OKP" && jwk["crv"] === "Ed25519") || (jwk.kty === "EC" && jwk["crv"] === "P-256");
  }
  if (use !== undefined && use !== "enc") return false;
  return jwk.kty === "EC" && jwk["crv"] === "P-256";
}

/**
 * Reads a JSON file of bounded size: the parsed value, or why it could not be read or parsed. The
 * parser's own message is dropped, since it can quote the text.
 *
 * @param name - the file as the user named it.
 * @param cwd - the directory it is relative to.
 * @param limit - the largest size read, in bytes.
 */
export async function readJsonFile(
  name: string,
  cwd: string,
  limit: number,
): Promise<
  | { readonly ok: true; readonly value: unknown; readonly mode: number }
  | { readonly ok: false; readonly problem: Extract<KeyFileProblem, { kind: "unreadable" | "too-large" | "not-json" }> }
> {
  const file = path.resolve(cwd, name);
  let bytes: Buffer;
  let mode: number;
  try {
    const stats = await stat(file);
    if (stats.isDirectory()) return { ok: false, problem: { kind: "unreadable", reason: { kind: "directory" } } };
    mode = stats.mode;
    bytes = await readBounded(file, limit);
  } catch (error) {
    return { ok: false, problem: { kind: "unreadable", reason: unreadableReason(error) } };
  }
  if (bytes.length > limit) return { ok: false, problem: { kind: "too-large", limit } };
  try {
    return { ok: true, value: JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, "")) as unknown, mode };
  } catch {
    return { ok: false, problem: { kind: "not-json" } };
  }
}

/**
 * Reads a key file and checks that it holds the key `need` asks for: a private key (with `d`) to sign
 * or decrypt, a public one (without `d`) to encrypt for.
 *
 * @param name - the file as the user named it (relative to `cwd`).
 * @param need - what the key is for.
 * @param cwd - the working directory.
 * @returns the key, or the problem.
 *
 * @example
 * ```ts
 * const read = await readKeyFile("keys/dopa-sig.private.jwk", "sign", process.cwd());
 * if (!read.ok) console.error(read.problem.kind);
 * ```
 */
export async function readKeyFile(
  name: string,
  need: KeyNeed,
  cwd: string,
): Promise<{ readonly ok: true; readonly key: KeyFile } | { readonly ok: false; readonly problem: KeyFileProblem }> {
  const read = await readJsonFile(name, cwd, MAX_KEY_FILE_BYTES);
  if (!read.ok) return read;
  const value = read.value;
  if (!isObject(value)) return { ok: false, problem: { kind: "not-json" } };
  if (typeof value["kty"] !== "string") return { ok: false, problem: { kind: "not-a-jwk" } };
  const jwk = value as KeyFileJwk;
  const isPrivate = jwk["d"] !== undefined;
  if (need === "encrypt" && isPrivate) return { ok: false, problem: { kind: "private-key" } };
  if (need !== "encrypt" && !isPrivate) return { ok: false, problem: { kind: "public-key" } };
  if (!fits(jwk, need)) return { ok: false, problem: { kind: "wrong-key", need } };
  // POSIX permission bits mean nothing on Windows, where Node reports 0o666 for any writable file.
  const exposed = process.platform !== "win32" && isPrivate && (read.mode & 0o077) !== 0;
  return { ok: true, key: { jwk, openMode: exposed ? read.mode & 0o777 : undefined } };
}

/**
 * The exit code for a key file problem: 3 when the file cannot be read (as for any input), 2 when it
 * was read but is not the key the option asks for (the command line names the wrong file).
 */
export function keyFileExitCode(problem: KeyFileProblem): 2 | 3 {
  return problem.kind === "unreadable" ? 3 : 2;
}
