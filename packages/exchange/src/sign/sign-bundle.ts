import type { Bundle, BundleSignature } from "@tipx/schema";
import { FlattenedSign } from "jose";
import { _longerThan } from "../_input";
import { _importKey, _isCryptoKey, _isJwk, _isPrivateSigningJwk, _KID, _signatureAlgorithmOf } from "../_jwk";
import { _headerVersion } from "../_version";
import { _canonicalContent } from "../canonical/canonical-bundle";
import { JWS_TYPE, MAX_INPUT_BYTES, SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from "../constants";
import type { JWK } from "../jwk";

/** A bundle with its sender's signature. */
export type SignedBundle = Bundle & { readonly signature: BundleSignature };

/** Options of {@link signBundle}. */
export interface SignOptions {
  /**
   * The key id receivers look the public key up by in their trust list: 1 to 256 visible ASCII
   * characters. `generateKeys` puts one in each JWK (`publicJwk.kid`).
   */
  readonly kid: string;
  /**
   * The signature algorithm: `"EdDSA"` for an Ed25519 key (the default), `"ES256"` for a P-256 key.
   * When omitted it is the one the key is for, and `"EdDSA"` when the key does not say.
   */
  readonly alg?: SignatureAlgorithm;
}

/**
 * Signs a bundle as its sender: returns a copy with `signature` set to a detached JWS (flattened JSON
 * serialisation) over the RFC 8785 canonical form of the bundle without `signature`. An existing
 * signature is replaced. The signed bundle is still a bundle (`validate()` accepts it as it is), and
 * re-serialising it (keys reordered, whitespace) does not break the signature.
 *
 * Sign first, then encrypt (`encryptBundle`) for a referral: the signature then travels inside the
 * encryption, and a receiver who decrypts can forward the signed bundle with its proof of origin.
 *
 * @param bundle - The bundle to sign. It is not validated here: run `validate()` first.
 * @param privateKey - The sender's private signature key: an Ed25519 or P-256 JWK with its `d` member
 *   (as `generateKeys("sig", ...)` makes), or a WebCrypto `CryptoKey` that can sign.
 * @param options - The key id, and the algorithm when it is not the key's own.
 * @returns A new bundle with `signature`; the argument is not changed.
 * @throws TypeError when the bundle is not a JSON object, the key is not a private Ed25519 or P-256
 *   signature key for the algorithm, or the key id is not 1 to 256 visible ASCII characters.
 * @throws RangeError when the signed bundle would be larger than {@link MAX_INPUT_BYTES} (receivers would
 *   refuse it).
 * @example
 * ```ts
 * import { generateKeys, signBundle } from "@tipx/exchange";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundle: Bundle;
 * const { privateJwk, publicJwk } = await generateKeys("sig", { org: "Department of Provincial Administration" });
 * const signed = await signBundle(bundle, privateJwk, { kid: publicJwk.kid });
 * signed.signature.protected; // base64url of {"alg":"EdDSA","kid":…,"typ":"tipx+jws","tipx":"1.0"}
 * ```
 */
export async function signBundle(
  bundle: Bundle,
  privateKey: JWK | CryptoKey,
  options: SignOptions,
): Promise<SignedBundle> {
  const kid: unknown = options?.kid;
  if (typeof kid !== "string" || !_KID.test(kid))
    throw new TypeError("signBundle(): options.kid must be a key id of 1 to 256 visible ASCII characters.");
  const alg = signatureAlgorithm(privateKey, options.alg);
  const canonical = _canonicalContent(bundle, false);
  if (canonical === undefined)
    throw new TypeError("signBundle(): the bundle must be a JSON object whose values JSON can represent.");
  // The header and signature add a few hundred bytes; the receiver counts the whole serialised bundle.
  if (_longerThan(canonical.text, MAX_INPUT_BYTES - 1024))
    throw new RangeError(
      `signBundle(): the bundle is larger than ${MAX_INPUT_BYTES} bytes, the most a receiver reads.`,
    );
  const key = _isJwk(privateKey) ? await _importKey(privateKey, alg) : privateKey;
  const jws = await new FlattenedSign(new TextEncoder().encode(canonical.text))
    .setProtectedHeader({ alg, kid, typ: JWS_TYPE, tipx: _headerVersion(bundle) })
    .sign(key);
  if (jws.protected === undefined) throw new Error("signBundle(): jose returned no protected header.");
  return { ...(canonical.content as Bundle), signature: { protected: jws.protected, signature: jws.signature } };
}

/** The algorithm to sign with, checked against the key. */
function signatureAlgorithm(privateKey: unknown, requested: unknown): SignatureAlgorithm {
  if (requested !== undefined && !(SIGNATURE_ALGORITHMS as readonly unknown[]).includes(requested))
    throw new TypeError(`signBundle(): options.alg must be ${SIGNATURE_ALGORITHMS.join(" or ")}.`);
  if (_isJwk(privateKey)) {
    const alg = (requested as SignatureAlgorithm | undefined) ?? _signatureAlgorithmOf(privateKey) ?? "EdDSA";
    if (!_isPrivateSigningJwk(privateKey, alg))
      throw new TypeError(
        `signBundle(): the key must be a private ${alg === "EdDSA" ? "Ed25519 (OKP)" : "P-256 (EC)"} JWK with its d member, for signing with ${alg}.`,
      );
    return alg;
  }
  if (_isCryptoKey(privateKey) && privateKey.type === "private" && privateKey.usages.includes("sign")) {
    const own = _signatureAlgorithmOf(privateKey);
    const alg = (requested as SignatureAlgorithm | undefined) ?? own;
    if (alg !== undefined && alg === own) return alg;
  }
  throw new TypeError("signBundle(): the key must be a private Ed25519 or P-256 signature key (a JWK or a CryptoKey).");
}
