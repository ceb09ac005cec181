// The keys tipx uses, as JWKs (RFC 7517): Ed25519 (OKP, RFC 8037) or P-256 (EC) for signatures, P-256 for
// encryption (ECDH-ES). The schemas accept only these curves, and a public key never with a private
// member, so a trust list cannot smuggle in a private key or an RSA key.
import { importJWK } from "jose";
import * as z from "zod";
import { _decodeCanonical } from "./_base64url";
import { KEY_MANAGEMENT_ALGORITHM, type SignatureAlgorithm } from "./constants";
import type { JWK } from "./jwk";

/** A key id: 1 to 256 visible ASCII characters (no spaces or control characters). */
export const _KID = /^[\x21-\x7E]{1,256}$/;

/** A key id schema. */
export const _Kid = z.string().regex(_KID);

/** A coordinate or private scalar of a 256-bit curve: 32 bytes of canonical base64url (43 characters). */
const Coordinate = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/)
  .refine((text) => _decodeCanonical(text)?.byteLength === 32, "not the canonical base64url of 32 bytes");

/**
 * The optional members a tipx JWK may carry besides the key itself. `key_ops`, which WebCrypto turns into
 * the key's usages, is accepted only as the one operation the key is for.
 */
function members<const U extends string, const A extends string>(use: U, alg: A, operation?: string) {
  return {
    kid: _Kid.exactOptional(),
    use: z.literal(use).exactOptional(),
    alg: z.literal(alg).exactOptional(),
    key_ops: (operation === undefined ? z.never() : z.tuple([z.literal(operation)])).exactOptional(),
    ext: z.boolean().exactOptional(),
    /** The organisation the key belongs to, as `generateKeys` writes it. */
    org: z.string().exactOptional(),
  };
}

/** A public Ed25519 signature key. */
export const _Ed25519PublicJwk = z.strictObject({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: Coordinate,
  ...members("sig", "EdDSA", "verify"),
});

/** A public P-256 signature key. */
export const _P256PublicSigningJwk = z.strictObject({
  kty: z.literal("EC"),
  crv: z.literal("P-256"),
  x: Coordinate,
  y: Coordinate,
  ...members("sig", "ES256", "verify"),
});

/** A public P-256 encryption key (ECDH-ES+A256KW). */
export const _P256PublicEncryptionJwk = z.strictObject({
  kty: z.literal("EC"),
  crv: z.literal("P-256"),
  x: Coordinate,
  y: Coordinate,
  ...members("enc", KEY_MANAGEMENT_ALGORITHM),
});

/** A private Ed25519 signature key. */
const Ed25519PrivateJwk = _Ed25519PublicJwk.extend({ d: Coordinate, ...members("sig", "EdDSA", "sign") });

/** A private P-256 signature key. */
const P256PrivateSigningJwk = _P256PublicSigningJwk.extend({ d: Coordinate, ...members("sig", "ES256", "sign") });

/** A private P-256 encryption key. */
const P256PrivateEncryptionJwk = _P256PublicEncryptionJwk.extend({
  d: Coordinate,
  ...members("enc", KEY_MANAGEMENT_ALGORITHM),
});

/** Whether a value looks like a JWK (an object with a `kty`) rather than a `CryptoKey`. */
export function _isJwk(key: unknown): key is JWK {
  return typeof key === "object" && key !== null && typeof (key as { kty?: unknown }).kty === "string";
}

/** Whether a value looks like a WebCrypto `CryptoKey`. */
export function _isCryptoKey(key: unknown): key is CryptoKey {
  return (
    typeof key === "object" &&
    key !== null &&
    typeof (key as { type?: unknown }).type === "string" &&
    typeof (key as { algorithm?: unknown }).algorithm === "object"
  );
}

/** The signature algorithm a signature key is for, from its curve, or `undefined` for any other key. */
export function _signatureAlgorithmOf(key: JWK | CryptoKey): SignatureAlgorithm | undefined {
  if (_isJwk(key)) {
    if (key.kty === "OKP" && key.crv === "Ed25519") return "EdDSA";
    if (key.kty === "EC" && key.crv === "P-256") return "ES256";
    return undefined;
  }
  const algorithm = key.algorithm as { name?: unknown; namedCurve?: unknown };
  if (algorithm.name === "Ed25519") return "EdDSA";
  if (algorithm.name === "ECDSA" && algorithm.namedCurve === "P-256") return "ES256";
  return undefined;
}

/** Whether a JWK is a private signature key of tipx (Ed25519 or P-256, with `d`). */
export function _isPrivateSigningJwk(key: JWK, alg: SignatureAlgorithm): boolean {
  return (alg === "EdDSA" ? Ed25519PrivateJwk : P256PrivateSigningJwk).safeParse(key).success;
}

/** Whether a JWK is a private P-256 encryption key (with `d`). */
export function _isPrivateEncryptionJwk(key: JWK): boolean {
  return P256PrivateEncryptionJwk.safeParse(key).success;
}

/** Whether a JWK is a public P-256 encryption key (without `d`). */
export function _isPublicEncryptionJwk(key: JWK): boolean {
  return _P256PublicEncryptionJwk.safeParse(key).success;
}

// Imported public keys by their JWK's JSON and algorithm: verifying the lines of a large NDJSON file
// imports each trusted key once. Bounded, oldest first out.
const importedKeys = new Map<string, Promise<CryptoKey>>();
const MAX_IMPORTED_KEYS = 64;

/** Imports a JWK for an algorithm as a WebCrypto key, through jose (public keys are cached). */
export function _importKey(jwk: JWK, alg: string): Promise<CryptoKey> {
  const cacheable = jwk.d === undefined;
  const id = cacheable ? `${alg} ${JSON.stringify(jwk)}` : "";
  const cached = cacheable ? importedKeys.get(id) : undefined;
  if (cached !== undefined) return cached;
  const imported = importJWK(jwk, alg).then((key) => {
    if (key instanceof Uint8Array) throw new TypeError("expected an asymmetric key");
    return key;
  });
  if (cacheable) {
    importedKeys.set(id, imported);
    imported.catch(() => importedKeys.delete(id));
    if (importedKeys.size > MAX_IMPORTED_KEYS) {
      const oldest = importedKeys.keys().next().value;
      if (oldest !== undefined) importedKeys.delete(oldest);
    }
  }
  return imported;
}
