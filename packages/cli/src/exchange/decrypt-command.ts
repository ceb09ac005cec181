import type { Lang } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { UsageError } from "../usage-error";
import { KEY_ID } from "./key-file";
import { loadKeyFile } from "./load-key-file";
import { transformRecords } from "./transform-records";

/** The options of `tipx decrypt`, parsed. */
export interface DecryptCommandOptions {
  /** The private key file of the recipient. */
  readonly key: string;
  /** Where to write; standard output when absent. */
  readonly out?: string;
  /** The language of the messages. */
  readonly lang: Lang;
}

/**
 * Runs `tipx decrypt`: decrypts every JWE of the inputs with @tipx/exchange's `decryptBundle` and the
 * recipient's private key, and writes the bundles. A JWE that is not for this key, was tampered with or
 * is not a JWE at all is reported on stderr with its code (TIPX526, TIPX524) and left out. A decrypted
 * signed bundle is written as it was signed: check it with `tipx verify`.
 *
 * @param names - the inputs (`-` is stdin, at most once).
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when every record was decrypted, 1 when one could not be, 2 when the key file does not hold
 *   a private P-256 key, 3 when the key file or an input cannot be read or the output cannot be written.
 * @throws {@link UsageError} when the key's id is not a key id, or the inputs are wrong (see
 *   `transformRecords`).
 */
export async function decryptCommand(
  names: readonly string[],
  options: DecryptCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  const m = cliMessages(options.lang).exchange;
  const loaded = await loadKeyFile("--key", options.key, "decrypt", io, m);
  if (!loaded.ok) return loaded.exitCode;
  const shownKey = escapeControlCharacters(options.key);
  const kid = loaded.jwk["kid"];
  if (kid !== undefined && (typeof kid !== "string" || !KEY_ID.test(kid))) throw new UsageError(m.badKid);
  const { decryptBundle } = await import("@tipx/exchange");
  const privateKey = loaded.jwk as Parameters<typeof decryptBundle>[1];
  const locale = await loadCatalogue(options.lang);
  // decryptBundle checks the key in full (curve, coordinates, `d`) and throws when it is not usable:
  // one call on an empty object tells a bad key file apart before any record is read.
  try {
    await decryptBundle({}, privateKey, { ...(locale === undefined ? {} : { locale }) });
  } catch {
    io.stderr.write(`tipx: ${m.keyFile(shownKey, { kind: "wrong-key", need: "decrypt" })}\n`);
    return EXIT_CODES.usage;
  }
  return transformRecords(
    {
      action: "decrypt",
      names,
      out: options.out,
      lang: options.lang,
      transform: async (value) => {
        // The key's own `kid` picks its entry among the recipients (decryptBundle reads it from the JWK).
        const result = await decryptBundle(value, privateKey, { ...(locale === undefined ? {} : { locale }) });
        return result.ok ? { ok: true, value: result.value } : { ok: false, issues: result.issues };
      },
    },
    io,
  );
}
