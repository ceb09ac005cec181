import type { Lang } from "@tipx/schema";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { UsageError } from "../usage-error";
import type { SigningAlg } from "./choices";
import { KEY_ID, type KeyFileJwk } from "./key-file";
import { loadKeyFile } from "./load-key-file";
import { notObjectIssue, tooLargeIssue } from "./record-issues";
import { transformRecords } from "./transform-records";

/** The options of `tipx sign`, parsed. */
export interface SignCommandOptions {
  /** The private key file. */
  readonly key: string;
  /** The key id to put in the signature's header; the key file's `kid` when absent. */
  readonly kid?: string;
  /** The algorithm; the one the key is for when absent (EdDSA for Ed25519, ES256 for P-256). */
  readonly alg?: SigningAlg;
  /** Where to write; standard output when absent. */
  readonly out?: string;
  /** The language of the messages. */
  readonly lang: Lang;
}

/** The algorithm a signing key is for (the key file was checked to be Ed25519 or P-256). */
function algOfKey(jwk: KeyFileJwk): SigningAlg {
  return jwk.kty === "OKP" ? "EdDSA" : "ES256";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Runs `tipx sign`: signs every bundle of the inputs with @tipx/exchange's `signBundle` (a detached JWS
 * over the RFC 8785 canonical form, in the bundle's `signature` member) and writes the signed bundles.
 *
 * @param names - the inputs (`-` is stdin, at most once).
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when every record was signed, 1 when one was not a bundle (not JSON, not an object), 2 when
 *   the key file does not hold a signing key, 3 when the key file or an input cannot be read or the
 *   output cannot be written.
 * @throws {@link UsageError} when the key has no id and `--kid` is not given, `--alg` does not fit the
 *   key, or the inputs are wrong (see `transformRecords`).
 */
export async function signCommand(names: readonly string[], options: SignCommandOptions, io: CliIo): Promise<ExitCode> {
  const messages = cliMessages(options.lang);
  const m = messages.exchange;
  const loaded = await loadKeyFile("--key", options.key, "sign", io, m);
  if (!loaded.ok) return loaded.exitCode;
  const { jwk } = loaded;
  const shownKey = escapeControlCharacters(options.key);
  const kid = options.kid ?? (typeof jwk["kid"] === "string" ? jwk["kid"] : undefined);
  if (kid === undefined || kid === "") throw new UsageError(m.noKid(shownKey, "--kid"));
  const alg = options.alg ?? algOfKey(jwk);
  if (alg !== algOfKey(jwk)) throw new UsageError(m.algMismatch(shownKey, alg));
  if (!KEY_ID.test(kid)) throw new UsageError(m.badKid);
  const [{ signBundle }, schema] = await Promise.all([import("@tipx/exchange"), import("@tipx/schema")]);
  const privateKey = jwk as Parameters<typeof signBundle>[1];
  // signBundle checks the key in full (curve, coordinates, `d`) and throws when it is not usable: signing
  // an empty object first tells a bad key file apart before any record is read.
  try {
    await signBundle({} as Parameters<typeof signBundle>[0], privateKey, { kid, alg });
  } catch {
    io.stderr.write(`tipx: ${m.keyFile(shownKey, { kind: "wrong-key", need: "sign" })}\n`);
    return EXIT_CODES.usage;
  }
  return transformRecords(
    {
      action: "sign",
      names,
      out: options.out,
      lang: options.lang,
      transform: async (value) => {
        if (!isObject(value)) return { ok: false, issues: [notObjectIssue(schema, value)] };
        // Validating the bundle is `tipx validate`'s job: a signature says who sent it, not that it is valid.
        try {
          return {
            ok: true,
            value: await signBundle(value as Parameters<typeof signBundle>[0], privateKey, { kid, alg }),
          };
        } catch (error) {
          // The key was checked above, and the record is an object: only its size can be refused.
          if (error instanceof RangeError) return { ok: false, issues: [tooLargeIssue(schema)] };
          throw error;
        }
      },
    },
    io,
  );
}
