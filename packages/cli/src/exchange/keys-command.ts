import { mkdir, open, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "@tipx/schema";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { writeError } from "../schema/write-error";
import { UsageError } from "../usage-error";
import type { KeyUse } from "./choices";
import { KEY_ID } from "./key-file";

/** The options of `tipx keys generate`, parsed. */
export interface KeysGenerateOptions {
  /** The organisation the keys are for: the JWKs' `org` member, and the files' names (see `keyFileStem`). */
  readonly org: string;
  /** What the key pair is for. */
  readonly use: KeyUse;
  /** The folder to write the two files into (created when missing). */
  readonly out: string;
  /** The key id; the RFC 7638 thumbprint of the public key when absent. */
  readonly kid?: string;
  /** Replace existing key files. */
  readonly force: boolean;
  /** The language of the messages. */
  readonly lang: Lang;
}

/**
 * The start of the key files' names for an organisation: its letters and digits (of any script), `.`,
 * `_` and `-`, every other run of characters (spaces, slashes, control characters) turned into one `-`,
 * without a leading `.` or `-`, so that it never names a folder (`../`) or hides in a listing. At most
 * 100 characters.
 *
 * @returns the name, or `""` when the organisation has no letter or digit.
 */
export function keyFileStem(org: string): string {
  return org
    .normalize("NFC")
    .replace(/[^\p{L}\p{M}\p{N}._-]+/gu, "-")
    .replace(/^[-.]+/, "")
    .slice(0, 100)
    .replace(/-+$/, "");
}

/** `file` in the folder `out`, written as the user gave `out` (`./keys/` stays `./keys/`). */
function inFolder(out: string, file: string): string {
  return out.endsWith("/") || out.endsWith(path.sep) ? `${out}${file}` : `${out}${path.sep}${file}`;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Writes a file that did not exist (replaced files are deleted first), so that `mode` applies. */
async function writeNew(file: string, text: string, mode: number): Promise<void> {
  await rm(file, { force: true });
  const handle = await open(file, "wx", mode);
  try {
    // The umask can only take permissions away; chmod makes the mode exact either way.
    await handle.chmod(mode);
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

/**
 * Runs `tipx keys generate`: makes a key pair with @tipx/exchange's `generateKeys` and writes
 * `<org>-<use>.private.jwk` (mode 0600) and `<org>-<use>.public.jwk` (mode 0644) into `out`. The private
 * key is written to its file and nowhere else: the command prints the file names and the key id only.
 *
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when both files were written, 2 when one exists (without `--force`), 3 when they cannot be
 *   written.
 * @throws {@link UsageError} when `--org` has no letter or digit or `--kid` is not a key id.
 */
export async function keysGenerateCommand(options: KeysGenerateOptions, io: CliIo): Promise<ExitCode> {
  const messages = cliMessages(options.lang);
  const m = messages.exchange;
  const org = keyFileStem(options.org);
  if (!/[\p{L}\p{N}]/u.test(org)) throw new UsageError(m.orgName);
  if (options.kid !== undefined && !KEY_ID.test(options.kid)) throw new UsageError(m.badKid);
  const stem = `${org}-${options.use}`;
  const files = {
    private: { shown: inFolder(options.out, `${stem}.private.jwk`), mode: 0o600 },
    public: { shown: inFolder(options.out, `${stem}.public.jwk`), mode: 0o644 },
  };
  const absolute = (shown: string): string => path.resolve(io.cwd, shown);
  const complain = (line: string): void => {
    io.stderr.write(`tipx: ${escapeControlCharacters(line)}\n`);
  };
  if (!options.force) {
    for (const file of [files.private, files.public]) {
      if (!(await exists(absolute(file.shown)))) continue;
      complain(m.keyExists(file.shown));
      return EXIT_CODES.usage;
    }
  }
  const { generateKeys } = await import("@tipx/exchange");
  const { privateJwk, publicJwk } = await generateKeys(options.use, {
    org: options.org,
    ...(options.kid === undefined ? {} : { kid: options.kid }),
  });
  let current = options.out;
  try {
    // A new folder for keys is its owner's alone too; an existing one is left as it is.
    await mkdir(absolute(options.out), { recursive: true, mode: 0o700 });
    current = files.private.shown;
    await writeNew(absolute(files.private.shown), `${JSON.stringify(privateJwk, null, 2)}\n`, files.private.mode);
    current = files.public.shown;
    await writeNew(absolute(files.public.shown), `${JSON.stringify(publicJwk, null, 2)}\n`, files.public.mode);
  } catch (error) {
    complain(messages.schema.fileError(current, "write", writeError(error)));
    return EXIT_CODES.unreadable;
  }
  const kid = typeof publicJwk.kid === "string" ? publicJwk.kid : "";
  io.stdout.write(`${escapeControlCharacters(m.wrotePrivate(files.private.shown))}\n`);
  io.stdout.write(`${escapeControlCharacters(m.wrotePublic(files.public.shown, kid, options.use))}\n`);
  return EXIT_CODES.ok;
}
