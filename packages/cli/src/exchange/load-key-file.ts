/**
 * Loading a key file for a command: the checks of `key-file.ts`, with their messages and exit codes.
 *
 * @module
 */
import { escapeControlCharacters } from "../escape";
import type { CliIo } from "../io";
import type { ExchangeMessages } from "../messages/messages";
import { UsageError } from "../usage-error";
import { type KeyFileJwk, type KeyNeed, keyFileExitCode, looksLikeInlineJson, readKeyFile } from "./key-file";

/**
 * Reads the key file an option names, for a command: refuses a key given in place of a file name
 * (without repeating it), prints the problem of a file that cannot be used, and warns on stderr when a
 * private key file is open to other users.
 *
 * @param option - the option that named the file (`--key`, `--to`), for the messages.
 * @param name - the file as the user named it.
 * @param need - what the key is for.
 * @param io - the run's streams and working directory.
 * @param messages - the words of the run's language.
 * @returns the key, or the exit code to end the command with (2 or 3, the problem printed).
 * @throws {@link UsageError} when `name` is JSON text rather than a file name.
 */
export async function loadKeyFile(
  option: string,
  name: string,
  need: KeyNeed,
  io: CliIo,
  messages: ExchangeMessages,
): Promise<{ readonly ok: true; readonly jwk: KeyFileJwk } | { readonly ok: false; readonly exitCode: 2 | 3 }> {
  if (looksLikeInlineJson(name)) throw new UsageError(messages.inlineKey(option));
  const shown = escapeControlCharacters(name);
  const read = await readKeyFile(name, need, io.cwd);
  if (!read.ok) {
    io.stderr.write(`tipx: ${messages.keyFile(shown, read.problem)}\n`);
    return { ok: false, exitCode: keyFileExitCode(read.problem) };
  }
  if (read.key.openMode !== undefined)
    io.stderr.write(`tipx: ${messages.keyFileOpen(shown, read.key.openMode.toString(8).padStart(4, "0"))}\n`);
  return { ok: true, jwk: read.key.jwk };
}
