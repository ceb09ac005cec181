import { calculateJwkThumbprint, exportJWK, generateKeyPair } from "jose";
import { _KID } from "../_jwk";
import { KEY_MANAGEMENT_ALGORITHM, type KeyUse, type SignatureAlgorithm } from "../constants";
import type { JWK } from "../jwk";

export type { KeyUse } from "../constants";

/** Options of {@link generateKeys}. */
export interface GenerateKeysOptions {
  /** The organisation the key belongs to, written in both JWKs as the member `org`. */
  readonly org: string;
  /** The key id; by default the RFC 7638 thumbprint (SHA-256) of the public key. */
  readonly kid?: string;
}

/** A JWK made by {@link generateKeys}: it always carries `kid`, `use`, `alg` and `org`. */
export type GeneratedJwk = JWK & {
  /** The key id. */
  readonly kid: string;
  /** What the key is for. */
  readonly use: KeyUse;
  /** The algorithm: `"EdDSA"` for a signature key, `"ECDH-ES+A256KW"` for an encryption key. */
  readonly alg: SignatureAlgorithm | typeof KEY_MANAGEMENT_ALGORITHM;
  /** The organisation the key belongs to. */
  readonly org: string;
};

/** A key pair made by {@link generateKeys}. */
export interface GeneratedKeys {
  /** The private key, with its `d` member: keep it in a file only its owner can read, never print it. */
  readonly privateJwk: GeneratedJwk;
  /** The public key, for the trust lists of receivers (`"sig"`) or for senders to encrypt to (`"enc"`). */
  readonly publicJwk: GeneratedJwk;
}

/**
 * Generates a key pair for an organisation, as JWKs: an Ed25519 key pair for signing bundles (`"sig"`,
 * algorithm EdDSA) or a P-256 key pair for receiving encrypted bundles (`"enc"`, ECDH-ES+A256KW). Both
 * JWKs carry `kid`, `use`, `alg` and `org`. The keys come from the platform's WebCrypto random source.
 *
 * @param use - `"sig"` or `"enc"`.
 * @param options - The organisation, and a key id when the thumbprint will not do.
 * @returns The private and the public JWK.
 * @throws TypeError when `use` is neither, `org` is empty, or `kid` is not 1 to 256 visible ASCII
 *   characters.
 * @example
 * ```ts
 * import { generateKeys } from "@tipx/exchange";
 * const { privateJwk, publicJwk } = await generateKeys("sig", { org: "Department of Provincial Administration", kid: "dopa-2025" });
 * publicJwk.kid; // "dopa-2025"
 * "d" in publicJwk; // false
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc7638 (JWK thumbprint)
 */
export async function generateKeys(use: KeyUse, options: GenerateKeysOptions): Promise<GeneratedKeys> {
  if (use !== "sig" && use !== "enc") throw new TypeError('generateKeys(): use must be "sig" or "enc".');
  const org: unknown = options?.org;
  if (typeof org !== "string" || org.trim() === "")
    throw new TypeError("generateKeys(): options.org must name the organisation.");
  if (options.kid !== undefined && (typeof options.kid !== "string" || !_KID.test(options.kid)))
    throw new TypeError("generateKeys(): options.kid must be 1 to 256 visible ASCII characters.");
  const alg = use === "sig" ? "EdDSA" : KEY_MANAGEMENT_ALGORITHM;
  const pair =
    use === "sig"
      ? await generateKeyPair("EdDSA", { crv: "Ed25519", extractable: true })
      : await generateKeyPair(KEY_MANAGEMENT_ALGORITHM, { crv: "P-256", extractable: true });
  const publicKey = await exportJWK(pair.publicKey);
  const privateKey = await exportJWK(pair.privateKey);
  const kid = options.kid ?? (await calculateJwkThumbprint(publicKey, "sha256"));
  const members = { kid, use, alg, org } as const;
  // The key members first, then tipx's: the order a reader of the file expects.
  const ordered = (jwk: JWK): GeneratedJwk => ({
    kty: jwk.kty as string,
    crv: jwk.crv as string,
    x: jwk.x as string,
    ...(jwk.y === undefined ? {} : { y: jwk.y }),
    ...(jwk.d === undefined ? {} : { d: jwk.d }),
    ...members,
  });
  return { privateJwk: ordered(privateKey), publicJwk: ordered(publicKey) };
}
