/**
 * @tipx/exchange: signed and encrypted tipx bundles. `signBundle` and `verifyBundle` make and check a
 * detached JWS over the RFC 8785 canonical form of a bundle, against a trust list of organisations and
 * their public keys; `encryptBundle` and `decryptBundle` make and open a JWE for one or more recipients;
 * `generateKeys` makes the key pairs. Everything runs on WebCrypto through jose, in Node 20+, browsers and
 * Deno, and reports failures with the coded issues of @tipx/schema (TIPX520–TIPX526).
 *
 * @packageDocumentation
 */

// The public surface, by name, each export once, in the order of the files that define it. `api-report.md`
// records it for review.

export { canonicalBundle } from "./canonical/canonical-bundle";
export type { SignatureAlgorithm } from "./constants";
export {
  CONTENT_ENCRYPTION_ALGORITHM,
  JWE_CONTENT_TYPE,
  JWS_TYPE,
  KEY_MANAGEMENT_ALGORITHM,
  KEY_USES,
  MAX_INPUT_BYTES,
  MAX_RECIPIENTS,
  SIGNATURE_ALGORITHMS,
} from "./constants";
export type { DecryptOptions, DecryptResult } from "./decrypt/decrypt-bundle";
export { decryptBundle } from "./decrypt/decrypt-bundle";
export type { EncryptionRecipient, GeneralJwe, JweRecipient, JweRecipientHeader } from "./encrypt/encrypt-bundle";
export { encryptBundle } from "./encrypt/encrypt-bundle";
export type { JWK } from "./jwk";
export type { GeneratedJwk, GeneratedKeys, GenerateKeysOptions, KeyUse } from "./keys/generate-keys";
export { generateKeys } from "./keys/generate-keys";
export type { SignedBundle, SignOptions } from "./sign/sign-bundle";
export { signBundle } from "./sign/sign-bundle";
export { TrustedKey, TrustedOrganization, TrustList } from "./trust-list/trust-list";
export type { VerifyOptions, VerifyResult } from "./verify/verify-bundle";
export { verifyBundle } from "./verify/verify-bundle";
