/**
 * The key of `pseudonymize`: an HMAC SHA-256 `CryptoKey`, or its raw bytes (at least
 * {@link PSEUDONYM_KEY_MIN_BYTES} of them). Partners who want to link their records share the same raw
 * bytes out of band; whoever holds them can recompute every pseudonym, so they are as secret as the data.
 *
 * @example
 * ```ts
 * import { generatePseudonymKey, type PseudonymKey } from "@tipx/privacy";
 * const key: PseudonymKey = generatePseudonymKey();
 * ```
 */
export type PseudonymKey = CryptoKey | Uint8Array;

/**
 * The fewest raw key bytes `pseudonymize` accepts: 32, the output size of SHA-256, below which HMAC's
 * strength is the key's and not the hash's (RFC 2104 §3).
 *
 * @example
 * ```ts
 * import { PSEUDONYM_KEY_MIN_BYTES } from "@tipx/privacy";
 * PSEUDONYM_KEY_MIN_BYTES; // 32
 * ```
 */
export const PSEUDONYM_KEY_MIN_BYTES = 32;

const HMAC_SHA_256 = { name: "HMAC", hash: "SHA-256" } as const;

/** WebCrypto, as browsers and Node 20 both expose it on `globalThis`. */
export function _subtle(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  if (subtle === undefined) {
    // Browsers expose `crypto.subtle` only in secure contexts (https or localhost).
    throw new TypeError("pseudonymize needs WebCrypto (globalThis.crypto.subtle), which this environment lacks");
  }
  return subtle;
}

/**
 * Makes 32 random bytes (from `crypto.getRandomValues`) to use as a pseudonym key. Store them as a
 * secret and share them only with the partners who must link records with you.
 *
 * @returns 32 fresh random bytes.
 * @example
 * ```ts
 * import { generatePseudonymKey } from "@tipx/privacy";
 * const key = generatePseudonymKey();
 * key.length; // 32
 * ```
 */
export function generatePseudonymKey(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(PSEUDONYM_KEY_MIN_BYTES));
}

/**
 * Imports raw key bytes as a non-extractable HMAC SHA-256 `CryptoKey` that can only sign, so the bytes
 * can be dropped once imported.
 *
 * @param bytes - At least 32 bytes of secret key material, such as from `generatePseudonymKey()`.
 * @returns The key, for `pseudonymize(bundle, { key })`.
 * @throws TypeError when `bytes` is not a `Uint8Array` of at least 32 bytes (the message gives the
 * length, never the bytes).
 * @example
 * ```ts
 * import { generatePseudonymKey, importPseudonymKey } from "@tipx/privacy";
 * const key = await importPseudonymKey(generatePseudonymKey());
 * key.extractable; // false
 * ```
 */
export async function importPseudonymKey(bytes: Uint8Array): Promise<CryptoKey> {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError("importPseudonymKey expected a Uint8Array of at least 32 bytes");
  }
  if (bytes.length < PSEUDONYM_KEY_MIN_BYTES) {
    throw new TypeError(
      `importPseudonymKey expected at least ${PSEUDONYM_KEY_MIN_BYTES} key bytes, received ${bytes.length}`,
    );
  }
  // A copy: WebCrypto wants bytes backed by an ArrayBuffer, and later changes to the caller's array
  // must not change the key.
  return _subtle().importKey("raw", new Uint8Array(bytes), HMAC_SHA_256, false, ["sign"]);
}

function isCryptoKey(value: unknown): value is CryptoKey {
  return typeof CryptoKey !== "undefined" && value instanceof CryptoKey;
}

/** The `CryptoKey` to sign with: the given one once checked, or the raw bytes imported. */
export async function _hmacKey(key: PseudonymKey): Promise<CryptoKey> {
  if (key instanceof Uint8Array) return importPseudonymKey(key);
  if (!isCryptoKey(key)) {
    throw new TypeError("pseudonymize expected `key` to be a CryptoKey (HMAC SHA-256) or a Uint8Array");
  }
  const algorithm = key.algorithm as Partial<HmacKeyAlgorithm>;
  if (algorithm.name !== "HMAC" || algorithm.hash?.name !== "SHA-256" || !key.usages.includes("sign")) {
    throw new TypeError("pseudonymize expected an HMAC SHA-256 CryptoKey that may sign");
  }
  return key;
}
