import { defineIssue } from "./issue";

/**
 * Why a signed or encrypted bundle was refused as unsupported or unsafe (TIPX524), before any key was
 * used: too large, not JSON, not an object, malformed, `alg: "none"`, an algorithm tipx does not accept,
 * a key carried in the header, critical extensions, another header member, too many recipients, or
 * signed content that has no canonical form.
 *
 * @example
 * ```ts
 * import { UNSAFE_JOSE_REASONS } from "@tipx/schema";
 * UNSAFE_JOSE_REASONS.includes("algorithm-none"); // true
 * ```
 */
export const UNSAFE_JOSE_REASONS = [
  "too-large",
  "not-json",
  "not-an-object",
  "malformed",
  "algorithm-none",
  "algorithm",
  "embedded-key",
  "critical",
  "header",
  "too-many-recipients",
  "payload",
] as const;

/** Why a signed or encrypted bundle was refused as unsupported or unsafe (TIPX524). */
export type UnsafeJoseReason = (typeof UNSAFE_JOSE_REASONS)[number];

/** Why an encrypted bundle could not be decrypted (TIPX526). */
export type DecryptFailureReason = "not-a-recipient" | "failed";

/** What TIPX524 says about each reason, in English. */
const UNSAFE_WORDS: { readonly [R in UnsafeJoseReason]: string } = {
  "too-large": "The input is larger than 64 MiB; it was refused before it was read.",
  "not-json": "The input is not valid JSON.",
  "not-an-object": "The input is not a JSON object.",
  malformed:
    "The signature or the encrypted bundle is malformed: a member is missing, has the wrong type or is not base64url text.",
  "algorithm-none": 'The header declares the algorithm "none": an unsigned or unencrypted input is never accepted.',
  algorithm:
    "The header names an algorithm tipx does not accept (EdDSA or ES256 for a signature, ECDH-ES+A256KW with A256GCM for encryption).",
  "embedded-key":
    "The header carries a key or a link to one (jwk, jku, x5u, x5c); tipx takes keys only from the trust list or the caller.",
  critical: "The header lists critical extensions (crit), which tipx does not support.",
  header: "The header has a member or a value tipx does not accept.",
  "too-many-recipients": "The encrypted bundle names more than 256 recipients.",
  payload: "The signed content has no canonical JSON form: it holds a value JSON cannot represent.",
};

/**
 * Issue codes TIPX520–TIPX526: signed and encrypted bundles (family TIPX5xx, privacy). `verifyBundle()`
 * and `decryptBundle()` of `@tipx/exchange` report them; their messages never show a key, a signature or
 * a value of the bundle.
 *
 * @example
 * ```ts
 * import { EXCHANGE_ISSUES } from "@tipx/schema";
 * EXCHANGE_ISSUES.TIPX520.title; // "Signature does not match"
 * ```
 */
export const EXCHANGE_ISSUES = {
  TIPX520: defineIssue<{ readonly kid: string }>({
    severity: "error",
    title: "Signature does not match",
    message: () =>
      "The signature does not match the bundle: the bundle was changed after it was signed, or it was signed with another key.",
    explanation:
      "The bundle's `signature` is a JWS over the RFC 8785 canonical form of the bundle without its `signature`. It did not verify with the public key the trust list holds for its key id: a field was added, removed or changed after signing (re-ordering keys or changing whitespace does not matter), the signature or its header was altered, or another key signed it. Do not use the bundle; ask the sender to send it again.",
    source: "RFC 7515 (JSON Web Signature) §5.2 and Appendix F; RFC 8785 (JSON Canonicalization Scheme)",
  }),
  TIPX521: defineIssue<{ readonly kid: string }>({
    severity: "error",
    title: "Unknown signing key",
    message: () => "The bundle is signed with a key that is not in the trust list.",
    explanation:
      "The key id (`kid`) in the signature's header names no key of the trust list, so the signature cannot be checked and the sender cannot be known. If the sender has a new key, add its public key to the trust list after confirming it with the sender by another channel; never take a key from the bundle itself.",
    source: "RFC 7515 (JSON Web Signature) §4.1.4",
  }),
  TIPX522: defineIssue<{
    readonly kid: string;
    readonly signer: string;
    readonly reason: "expired" | "not-yet-valid";
    readonly date: string;
  }>({
    severity: "error",
    title: "Signing key outside its validity period",
    message: (p) =>
      p.reason === "expired"
        ? `The key of “${p.signer}” that signed the bundle expired on ${p.date}.`
        : `The key of “${p.signer}” that signed the bundle is valid only from ${p.date}.`,
    explanation:
      "The trust list gives each key a validity period (`notBefore`, `notAfter`), and the key that made the signature is outside it at the time of checking. An expired key may have been retired or compromised; a key not yet valid may be announced early. Ask the sender to sign again with a current key, or correct the trust list.",
  }),
  TIPX523: defineIssue<{ readonly kid: string; readonly signer: string }>({
    severity: "error",
    title: "Signer is not the sender",
    message: (p) => `The bundle is signed by “${p.signer}”, which is not the bundle's sender.`,
    explanation:
      "The signature is valid, but the key belongs to another organisation of the trust list than the bundle's `sender`: the trust list entry's `id` must equal `sender.organization` when the sender has one, otherwise its `name` must equal `sender.name`. A bundle forwarded by an intermediary must be signed again by it, as its sender.",
  }),
  TIPX524: defineIssue<{ readonly reason: UnsafeJoseReason }>({
    severity: "error",
    title: "Unsupported or unsafe signature or encryption",
    message: (p) => UNSAFE_WORDS[p.reason],
    explanation:
      'The input was refused before any key was used, because reading it further would be unsafe or it is not what tipx produces: inputs over 64 MiB, text that is not JSON, a value that is not an object, missing or mistyped members, base64url that is not canonical, `alg: "none"`, algorithms other than EdDSA and ES256 (signatures) or ECDH-ES+A256KW and A256GCM (encryption), keys or key links in the header (`jwk`, `jku`, `x5u`, `x5c`), critical extensions (`crit`), compression (`zip`), other header members, or more than 256 recipients. Such inputs are never accepted, whatever their signature.',
    source: "RFC 7515 §4.1 and §10; RFC 7516 §4.1; RFC 8725 (JSON Web Token Best Current Practices) §3.1–3.2",
  }),
  TIPX525: defineIssue({
    severity: "error",
    title: "Bundle not signed",
    message: () => "The bundle is not signed: it has no signature.",
    explanation:
      "A signed bundle carries its signature in the envelope field `signature` (a detached JWS). This bundle has none, so who sent it and whether it was changed cannot be checked. Ask the sender to sign it.",
  }),
  TIPX526: defineIssue<{ readonly reason: DecryptFailureReason }>({
    severity: "error",
    title: "Cannot decrypt",
    message: (p) =>
      p.reason === "not-a-recipient"
        ? "The bundle is not encrypted for this key: no recipient has its key id."
        : "The bundle cannot be decrypted with this key: the key is not a recipient's, or the encrypted data was changed.",
    explanation:
      "The encrypted bundle (a JWE) could not be opened with the private key given: the key is not one of the recipients' keys, or the ciphertext, its header or a recipient's wrapped key was altered (the encryption is authenticated, so any change makes decryption fail). Check that the sender encrypted to your current public key.",
    source: "RFC 7516 (JSON Web Encryption) §5.2",
  }),
} as const;
