/**
 * Loading `tipx redact --key-file`: the checks of `pseudonym-key-file.ts`, with their messages and exit
 * code.
 *
 * @module
 */
import { escapeControlCharacters } from "../escape";
import { looksLikeInlineJson } from "../exchange/key-file";
import type { CliIo } from "../io";
import type { CliMessages } from "../messages/messages";
import { UsageError } from "../usage-error";
import { readPseudonymKeyFile } from "./pseudonym-key-file";

/**
 * Loads `--key-file` for `tipx redact`: refuses a key given in place of a file name (without repeating
 * it), prints the problem of a file that cannot be used, and warns on stderr, as `tipx sign` does, when
 * the file is open to other users.
 *
 * Unlike `tipx sign`, whose unreadable key file ends with exit code 3, every key file problem here is a
 * usage error (exit code 2): the command line names a file that is not a pseudonym key, and no bundle
 * has been read yet.
 *
 * @param name - the file as the user named it.
 * @param io - the run's streams and working directory.
 * @param messages - the words of the run's language.
 * @returns the key's bytes, or `undefined` when the problem was printed (exit 2).
 * @throws {@link UsageError} when `name` looks like a key or JSON text rather than a file name.
 */
export async function loadPseudonymKeyFile(
  name: string,
  io: CliIo,
  messages: CliMessages,
): Promise<Uint8Array | undefined> {
  if (looksLikeInlineJson(name)) throw new UsageError(messages.exchange.inlineKey("--key-file"));
  const shown = escapeControlCharacters(name);
  const read = await readPseudonymKeyFile(name, io.cwd);
  if (!read.ok) {
    io.stderr.write(`tipx: ${messages.redact.keyFile(shown, read.problem)}\n`);
    return undefined;
  }
  if (read.openMode !== undefined)
    io.stderr.write(`tipx: ${messages.exchange.keyFileOpen(shown, read.openMode.toString(8).padStart(4, "0"))}\n`);
  return read.bytes;
}
