/**
 * The signature algorithms tipx signs and verifies with: EdDSA over Ed25519 (the default) and ECDSA
 * over P-256 with SHA-256 (`ES256`), for agencies whose key stores hold only NIST curves.
 *
 * @example
 * ```ts
 * import { SIGNATURE_ALGORITHMS } from "@tipx/exchange";
 * SIGNATURE_ALGORITHMS[0]; // "EdDSA"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc8037 (EdDSA in JOSE), https://www.rfc-editor.org/rfc/rfc7518#section-3.4 (ES256)
 */
export const SIGNATURE_ALGORITHMS = ["EdDSA", "ES256"] as const;

/** A signature algorithm tipx signs and verifies with: `"EdDSA"` (Ed25519) or `"ES256"` (P-256). */
export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

/**
 * The media type in the `typ` header of a tipx signature, so that a JWS made for another purpose with
 * the same key is never taken for a bundle signature.
 *
 * @example
 * ```ts
 * import { JWS_TYPE } from "@tipx/exchange";
 * JWS_TYPE; // "tipx+jws"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc8725#section-3.11 (explicit typing)
 */
export const JWS_TYPE = "tipx+jws";

/**
 * The content type (`cty`) in the protected header of an encrypted bundle: the plaintext is a tipx
 * bundle as JSON.
 *
 * @example
 * ```ts
 * import { JWE_CONTENT_TYPE } from "@tipx/exchange";
 * JWE_CONTENT_TYPE; // "tipx+json"
 * ```
 */
export const JWE_CONTENT_TYPE = "tipx+json";

/**
 * The key management algorithm of an encrypted bundle, per recipient: ephemeral-static ECDH on P-256
 * with the derived key wrapping the content key (AES-256 key wrap).
 *
 * @example
 * ```ts
 * import { KEY_MANAGEMENT_ALGORITHM } from "@tipx/exchange";
 * KEY_MANAGEMENT_ALGORITHM; // "ECDH-ES+A256KW"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc7518#section-4.6
 */
export const KEY_MANAGEMENT_ALGORITHM = "ECDH-ES+A256KW";

/**
 * The content encryption algorithm of an encrypted bundle: AES-256 in Galois/Counter Mode.
 *
 * @example
 * ```ts
 * import { CONTENT_ENCRYPTION_ALGORITHM } from "@tipx/exchange";
 * CONTENT_ENCRYPTION_ALGORITHM; // "A256GCM"
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc7518#section-5.3
 */
export const CONTENT_ENCRYPTION_ALGORITHM = "A256GCM";

/**
 * The largest signed or encrypted bundle `verifyBundle` and `decryptBundle` read, in bytes of UTF-8
 * (64 MiB): larger inputs are refused with TIPX524 before they are parsed, and `signBundle` and
 * `encryptBundle` refuse to make one.
 *
 * @example
 * ```ts
 * import { MAX_INPUT_BYTES } from "@tipx/exchange";
 * MAX_INPUT_BYTES; // 67108864
 * ```
 */
export const MAX_INPUT_BYTES = 67_108_864;

/**
 * The most recipients an encrypted bundle may name: decrypting tries the key on each candidate, so the
 * number is bounded.
 *
 * @example
 * ```ts
 * import { MAX_RECIPIENTS } from "@tipx/exchange";
 * MAX_RECIPIENTS; // 256
 * ```
 */
export const MAX_RECIPIENTS = 256;

/**
 * What a key pair is for: `sig` signs bundles (Ed25519), `enc` receives encrypted ones (P-256). The CLI
 * reads it through the light entry point `@tipx/exchange/constants`, which loads no cryptography.
 *
 * @example
 * ```ts
 * import { KEY_USES } from "@tipx/exchange";
 * KEY_USES; // ["sig", "enc"]
 * ```
 */
export const KEY_USES = ["sig", "enc"] as const;

/** What a key pair is for: `"sig"` or `"enc"`. */
export type KeyUse = (typeof KEY_USES)[number];
