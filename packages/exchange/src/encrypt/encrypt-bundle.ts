import type { Bundle } from "@tipx/schema";
import { GeneralEncrypt } from "jose";
import { _isObject, _longerThan } from "../_input";
import { _importKey, _isPublicEncryptionJwk, _KID } from "../_jwk";
import { _headerVersion } from "../_version";
import {
  CONTENT_ENCRYPTION_ALGORITHM,
  JWE_CONTENT_TYPE,
  KEY_MANAGEMENT_ALGORITHM,
  MAX_INPUT_BYTES,
  MAX_RECIPIENTS,
} from "../constants";
import type { JWK } from "../jwk";

/** A recipient of an encrypted bundle: the key id it is known by and its public encryption key. */
export interface EncryptionRecipient {
  /** The key id written in the recipient's header, by which the recipient finds its entry. */
  readonly kid: string;
  /**
   * The recipient's public P-256 encryption key as a JWK (`generateKeys("enc", ...)` makes one), without
   * its private member `d`. When it has a `kid` member, that must be {@link EncryptionRecipient.kid}.
   */
  readonly publicKey: JWK;
}

/**
 * The JOSE header of one recipient of an encrypted bundle (unprotected: it names only the algorithm, the
 * key id and the sender's ephemeral public key).
 */
export type JweRecipientHeader = {
  /** The key management algorithm, `"ECDH-ES+A256KW"`. */
  alg: typeof KEY_MANAGEMENT_ALGORITHM;
  /** The recipient's key id. */
  kid: string;
  /** The ephemeral public key of the ECDH key agreement. */
  epk: JWK;
};

/** One recipient of an encrypted bundle: its header and the content key wrapped for it. */
export type JweRecipient = {
  /** The recipient's header. */
  header: JweRecipientHeader;
  /** The content encryption key, wrapped with the key agreed with this recipient (base64url). */
  encrypted_key: string;
};

/**
 * An encrypted bundle: a JWE in general JSON serialisation (RFC 7516 §7.2.1). The protected header is
 * `{ "enc": "A256GCM", "cty": "tipx+json", "tipx": "1.0" }` and nothing else; each recipient's header holds
 * only the algorithm, the key id and the ephemeral key. Nothing outside the ciphertext depends on the
 * bundle's content, except its length.
 */
export type GeneralJwe = {
  /** The protected header, base64url-encoded JSON. */
  protected: string;
  /** The recipients, each with the content key wrapped for it. */
  recipients: JweRecipient[];
  /** The initialisation vector (base64url). */
  iv: string;
  /** The encrypted bundle (base64url). */
  ciphertext: string;
  /** The authentication tag (base64url). */
  tag: string;
};

/**
 * Encrypts a bundle for one or more recipients: a JWE in general JSON serialisation, the content
 * encrypted once with A256GCM under a random key, that key wrapped for each recipient with
 * ECDH-ES+A256KW on P-256. Only a holder of a recipient's private key can read it, and any change to the
 * ciphertext, the protected header or a wrapped key makes decryption fail.
 *
 * For a referral, sign first (`signBundle`) and encrypt the signed bundle: the signature then travels
 * hidden inside the encryption, and the receiver who decrypts can verify it and keep or forward the
 * signed bundle.
 *
 * @param bundle - The bundle, signed or not. Its JSON is the plaintext.
 * @param recipients - 1 to 256 recipients, each with a distinct key id and a public P-256 JWK.
 * @returns The JWE as an object; `JSON.stringify` it to send it (one line of NDJSON per bundle).
 * @throws TypeError when the bundle is not a JSON object, or a recipient is not a key id with a public
 *   P-256 encryption JWK, or two recipients share a key id.
 * @throws RangeError when the encrypted bundle would be larger than {@link MAX_INPUT_BYTES} (receivers
 *   would refuse it).
 * @example
 * ```ts
 * import { encryptBundle, generateKeys } from "@tipx/exchange";
 * import type { Bundle } from "@tipx/schema";
 * declare const signedBundle: Bundle;
 * const ministry = await generateKeys("enc", { org: "Ministry of Social Development and Human Security" });
 * const jwe = await encryptBundle(signedBundle, [{ kid: ministry.publicJwk.kid, publicKey: ministry.publicJwk }]);
 * const line = JSON.stringify(jwe);
 * ```
 */
export async function encryptBundle(bundle: Bundle, recipients: readonly EncryptionRecipient[]): Promise<GeneralJwe> {
  checkRecipients(recipients);
  let text: unknown;
  try {
    text = _isObject(bundle) ? JSON.stringify(bundle) : undefined;
  } catch {
    text = undefined;
  }
  if (typeof text !== "string")
    throw new TypeError("encryptBundle(): the bundle must be a JSON object whose values JSON can represent.");
  // The ciphertext is base64url (4 characters for 3 bytes); headers and wrapped keys add about 300 bytes
  // per recipient.
  if (_longerThan(text, Math.floor(((MAX_INPUT_BYTES - 1024 - 400 * recipients.length) * 3) / 4)))
    throw new RangeError(
      `encryptBundle(): the encrypted bundle would be larger than ${MAX_INPUT_BYTES} bytes, the most a receiver reads.`,
    );
  const keys = await Promise.all(
    recipients.map((recipient) => _importKey(recipient.publicKey, KEY_MANAGEMENT_ALGORITHM)),
  );
  const encryption = new GeneralEncrypt(new TextEncoder().encode(text)).setProtectedHeader({
    enc: CONTENT_ENCRYPTION_ALGORITHM,
    cty: JWE_CONTENT_TYPE,
    tipx: _headerVersion(bundle),
  });
  const targets = recipients.map((recipient, index) => ({ kid: recipient.kid, key: keys[index] as CryptoKey }));
  // jose writes the ephemeral key (`epk`) into the protected header when a JWE has a single recipient,
  // and into each recipient's header when it has several. To keep the protected header to `enc`, `cty`
  // and `tipx` in both cases, a lone recipient is added twice and the second entry dropped: the content
  // and the first entry do not depend on it (each entry only wraps the same random content key).
  const lone = targets[0];
  if (targets.length === 1 && lone !== undefined) targets.push(lone);
  for (const { kid, key } of targets)
    encryption.addRecipient(key).setUnprotectedHeader({ alg: KEY_MANAGEMENT_ALGORITHM, kid });
  const jwe = await encryption.encrypt();
  if (jwe.protected === undefined || jwe.iv === undefined || jwe.tag === undefined)
    throw new Error("encryptBundle(): jose returned an incomplete JWE.");
  return {
    protected: jwe.protected,
    recipients: jwe.recipients.slice(0, recipients.length) as JweRecipient[],
    iv: jwe.iv,
    ciphertext: jwe.ciphertext,
    tag: jwe.tag,
  };
}

/** Checks the recipients at the door (a programming error throws; nothing is encrypted). */
function checkRecipients(recipients: readonly EncryptionRecipient[]): void {
  if (!Array.isArray(recipients) || recipients.length === 0 || recipients.length > MAX_RECIPIENTS)
    throw new TypeError(`encryptBundle(): recipients must be a list of 1 to ${MAX_RECIPIENTS} recipients.`);
  const kids = new Set<string>();
  recipients.forEach((recipient: unknown, index) => {
    const where = `encryptBundle(): recipients[${index}]`;
    if (!_isObject(recipient)) throw new TypeError(`${where} must be an object { kid, publicKey }.`);
    const { kid, publicKey } = recipient;
    if (typeof kid !== "string" || !_KID.test(kid))
      throw new TypeError(`${where}.kid must be a key id of 1 to 256 visible ASCII characters.`);
    if (kids.has(kid)) throw new TypeError(`${where}.kid repeats the key id of another recipient.`);
    kids.add(kid);
    if (!_isObject(publicKey) || !_isPublicEncryptionJwk(publicKey))
      throw new TypeError(`${where}.publicKey must be a public P-256 encryption JWK (kty EC, crv P-256, no d).`);
    if (publicKey["kid"] !== undefined && publicKey["kid"] !== kid)
      throw new TypeError(`${where}.publicKey has another kid than the recipient's.`);
  });
}
