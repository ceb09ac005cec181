import type { Lang } from "@tipx/schema";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { UsageError } from "../usage-error";
import { KEY_ID } from "./key-file";
import { loadKeyFile } from "./load-key-file";
import { notObjectIssue, tooLargeIssue } from "./record-issues";
import { transformRecords } from "./transform-records";

/** Whether two public keys are the same key (their coordinates), whatever else their JWKs say. */
function sameKey(a: Readonly<Record<string, unknown>> | undefined, b: Readonly<Record<string, unknown>>): boolean {
  return a !== undefined && a["kty"] === b["kty"] && a["crv"] === b["crv"] && a["x"] === b["x"] && a["y"] === b["y"];
}

/** The options of `tipx encrypt`, parsed. */
export interface EncryptCommandOptions {
  /** The public key files of the recipients (`--to`, one or more). */
  readonly to: readonly string[];
  /** Where to write; standard output when absent. */
  readonly out?: string;
  /** The language of the messages. */
  readonly lang: Lang;
}

/**
 * Runs `tipx encrypt`: encrypts every bundle of the inputs (signed or not: sign, then encrypt) for every
 * recipient with @tipx/exchange's `encryptBundle`, and writes one JWE in general JSON serialisation per
 * bundle. Each recipient's public key file must carry its key id (`kid`), which the JWE names so that
 * each recipient finds their own part.
 *
 * @param names - the inputs (`-` is stdin, at most once).
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when every record was encrypted, 1 when one was not a bundle, 2 when a `--to` file does
 *   not hold a public P-256 encryption key, 3 when a key file or an input cannot be read or the output
 *   cannot be written.
 * @throws {@link UsageError} when a recipient's key has no id, or the inputs are wrong.
 */
export async function encryptCommand(
  names: readonly string[],
  options: EncryptCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  const m = cliMessages(options.lang).exchange;
  const [{ encryptBundle }, schema] = await Promise.all([import("@tipx/exchange"), import("@tipx/schema")]);
  type Recipient = Parameters<typeof encryptBundle>[1][number];
  const recipients: Recipient[] = [];
  const files = new Map<string, string>();
  for (const file of options.to) {
    const loaded = await loadKeyFile("--to", file, "encrypt", io, m);
    if (!loaded.ok) return loaded.exitCode;
    const shown = escapeControlCharacters(file);
    const kid = loaded.jwk["kid"];
    if (typeof kid !== "string" || kid === "") throw new UsageError(m.noKid(shown, "none"));
    if (!KEY_ID.test(kid)) throw new UsageError(m.badKid);
    const recipient: Recipient = { kid, publicKey: loaded.jwk as Recipient["publicKey"] };
    // encryptBundle checks each key in full (curve, coordinates): encrypting an empty object for this
    // recipient alone tells a bad key file apart before any record is read.
    try {
      await encryptBundle({} as Parameters<typeof encryptBundle>[0], [recipient]);
    } catch {
      io.stderr.write(`tipx: ${m.keyFile(shown, { kind: "wrong-key", need: "encrypt" })}\n`);
      return EXIT_CODES.usage;
    }
    const first = files.get(kid);
    if (first === undefined) {
      files.set(kid, file);
      recipients.push(recipient);
    } else if (!sameKey(recipients.find((other) => other.kid === kid)?.publicKey, loaded.jwk)) {
      throw new UsageError(m.duplicateKid(shown, escapeControlCharacters(first)));
    }
    // The same key twice (one file named twice, or a copy) is one recipient.
  }
  return transformRecords(
    {
      action: "encrypt",
      names,
      out: options.out,
      lang: options.lang,
      transform: async (value) => {
        if (typeof value !== "object" || value === null || Array.isArray(value))
          return { ok: false, issues: [notObjectIssue(schema, value)] };
        try {
          return { ok: true, value: await encryptBundle(value as Parameters<typeof encryptBundle>[0], recipients) };
        } catch (error) {
          // The keys were checked above, and the record is an object: only its size can be refused.
          if (error instanceof RangeError) return { ok: false, issues: [tooLargeIssue(schema)] };
          throw error;
        }
      },
    },
    io,
  );
}
