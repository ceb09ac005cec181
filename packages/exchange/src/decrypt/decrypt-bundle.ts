import type { Catalogue, Issue, UnsafeJoseReason } from "@tipx/schema";
import { generalDecrypt } from "jose";
import { _decodeCanonical } from "../_base64url";
import { _decodeProtectedHeader, _onlyMembers, _unsafeHeader } from "../_header";
import { _isObject, _own, _parseJson, _readInput } from "../_input";
import { _issue } from "../_issue";
import { _importKey, _isCryptoKey, _isJwk, _isPrivateEncryptionJwk, _KID } from "../_jwk";
import { _isModelVersion } from "../_version";
import { CONTENT_ENCRYPTION_ALGORITHM, JWE_CONTENT_TYPE, KEY_MANAGEMENT_ALGORITHM, MAX_RECIPIENTS } from "../constants";
import type { JWK } from "../jwk";

/** Options of {@link decryptBundle}. */
export interface DecryptOptions {
  /**
   * The key id of `privateKey` among the recipients; by default the JWK's own `kid`. The key is tried on
   * the recipients with this key id and on those that name none; without a key id, on each recipient.
   */
  readonly kid?: string;
  /**
   * The catalogue of the messages' language (`th` from `@tipx/schema/locales/th`, `es` from
   * `@tipx/schema/locales/es`); English when absent.
   */
  readonly locale?: Catalogue;
}

/** What {@link decryptBundle} found. */
export interface DecryptResult {
  /** `true` when the JWE was decrypted and its content is JSON. */
  readonly ok: boolean;
  /**
   * When `ok`: the decrypted JSON value, usually a signed bundle to pass to `verifyBundle` (which
   * checks who sent it), then to `validate()`.
   */
  readonly value?: unknown;
  /** Why decryption failed (TIPX524 unsupported or unsafe input, TIPX526 cannot decrypt); empty when `ok`. */
  readonly issues: readonly Issue[];
}

/** The members of a JWE in general JSON serialisation. */
const JWE_MEMBERS = ["protected", "unprotected", "recipients", "aad", "iv", "ciphertext", "tag"] as const;
/** The header members accepted in any header: tipx's own, and the parameters of ECDH-ES. */
const HEADER_MEMBERS = ["enc", "cty", "tipx", "alg", "kid", "epk", "apu", "apv"] as const;

/**
 * Decrypts an encrypted bundle (a JWE in general JSON serialisation, as `encryptBundle` or any JOSE
 * library makes with ECDH-ES+A256KW and A256GCM) with a recipient's private key.
 *
 * It never throws because of `jwe`: a JSON text (string or UTF-8 bytes, at most 64 MiB, refused before
 * parsing when larger) or a parsed value of any kind gives a result with coded issues. Compression
 * (`zip`), critical extensions, keys carried in the header and other algorithms are refused (TIPX524)
 * before the key is used.
 *
 * @param jwe - The encrypted bundle: a JSON text or a parsed value.
 * @param privateKey - The recipient's private P-256 encryption key: a JWK with its `d` member (as
 *   `generateKeys("enc", ...)` makes) or a WebCrypto ECDH `CryptoKey`.
 * @param options - The key's id among the recipients, and the messages' language.
 * @returns `ok` and the decrypted JSON value, or the issues (TIPX524, TIPX526).
 * @throws TypeError when `privateKey` is not a private P-256 encryption key, or `options.kid` is not a
 *   key id (errors of the program, not of the input).
 * @example
 * ```ts
 * import { decryptBundle, verifyBundle, type TrustList } from "@tipx/exchange";
 * import type { JWK } from "@tipx/exchange";
 * declare const line: string;
 * declare const ministryKey: JWK;
 * declare const trust: TrustList;
 * const opened = await decryptBundle(line, ministryKey);
 * const verified = opened.ok ? await verifyBundle(opened.value, trust) : undefined;
 * ```
 */
export async function decryptBundle(
  jwe: unknown,
  privateKey: JWK | CryptoKey,
  options: DecryptOptions = {},
): Promise<DecryptResult> {
  const kid = options.kid ?? (_isJwk(privateKey) ? privateKey.kid : undefined);
  if (kid !== undefined && (typeof kid !== "string" || !_KID.test(kid)))
    throw new TypeError("decryptBundle(): the key id must be 1 to 256 visible ASCII characters.");
  const key = await decryptionKey(privateKey);
  const locale = options.locale;
  try {
    return await decrypt(jwe, key, kid, locale);
  } catch {
    // Every failure of the input is handled in decrypt(); this is the promise that nothing hostile
    // escapes (a proxy whose traps throw, say).
    return refused("", "malformed", locale);
  }
}

/** The private key as a CryptoKey for ECDH-ES+A256KW, checked at the door. */
async function decryptionKey(privateKey: unknown): Promise<CryptoKey> {
  if (_isJwk(privateKey)) {
    if (!_isPrivateEncryptionJwk(privateKey))
      throw new TypeError(
        "decryptBundle(): the key must be a private P-256 encryption JWK (kty EC, crv P-256, with d).",
      );
    try {
      return await _importKey(privateKey, KEY_MANAGEMENT_ALGORITHM);
    } catch {
      throw new TypeError("decryptBundle(): the key is not a valid P-256 private key.");
    }
  }
  if (_isCryptoKey(privateKey) && privateKey.type === "private") {
    const algorithm = privateKey.algorithm as { name?: unknown; namedCurve?: unknown };
    if (algorithm.name === "ECDH" && algorithm.namedCurve === "P-256") return privateKey;
  }
  throw new TypeError("decryptBundle(): the key must be a private P-256 ECDH key (a JWK or a CryptoKey).");
}

async function decrypt(
  input: unknown,
  key: CryptoKey,
  kid: string | undefined,
  locale: Catalogue | undefined,
): Promise<DecryptResult> {
  // An object is read through its JSON text: a plain copy, so that what is checked is what jose decrypts.
  const read = _readInput(input, true);
  if (!read.ok) return refused("", read.reason, locale);
  const jwe = read.value;
  if (!_isObject(jwe)) return refused("", "not-an-object", locale);
  if (!_onlyMembers(jwe, JWE_MEMBERS)) return refused("", "malformed", locale);
  const iv = _own(jwe, "iv");
  const ciphertext = _own(jwe, "ciphertext");
  const tag = _own(jwe, "tag");
  for (const [member, text] of [
    ["iv", iv],
    ["ciphertext", ciphertext],
    ["tag", tag],
  ] as const)
    if (_decodeCanonical(text) === undefined) return refused(`/${member}`, "malformed", locale);
  const aad = _own(jwe, "aad");
  if (aad !== undefined && _decodeCanonical(aad) === undefined) return refused("/aad", "malformed", locale);
  const encodedHeader = _own(jwe, "protected");
  const protectedHeader = _decodeProtectedHeader(encodedHeader);
  if (protectedHeader === undefined) return refused("/protected", "malformed", locale);
  const shared = _own(jwe, "unprotected") ?? {};
  if (!_isObject(shared)) return refused("/unprotected", "malformed", locale);
  const recipients = _own(jwe, "recipients");
  if (!Array.isArray(recipients) || recipients.length === 0) return refused("/recipients", "malformed", locale);
  if (recipients.length > MAX_RECIPIENTS) return refused("/recipients", "too-many-recipients", locale);

  // Every recipient's header is checked before the key is tried on any of them.
  const candidates: Record<string, unknown>[] = [];
  for (const [index, recipient] of recipients.entries()) {
    const path = `/recipients/${index}`;
    if (!_isObject(recipient) || !_onlyMembers(recipient, ["header", "encrypted_key"]))
      return refused(path, "malformed", locale);
    const header = _own(recipient, "header") ?? {};
    if (!_isObject(header) || _decodeCanonical(_own(recipient, "encrypted_key")) === undefined)
      return refused(path, "malformed", locale);
    const problem = headerProblem([protectedHeader, shared, header]);
    if (problem !== undefined)
      return refused(problem.at === "protected" ? "/protected" : `${path}/header`, problem.reason, locale);
    // A recipient that names another key id is not for this key; one that names none may be.
    const joseKid = _own(header, "kid") ?? _own(shared, "kid") ?? _own(protectedHeader, "kid");
    if (kid === undefined || joseKid === undefined || joseKid === kid) candidates.push({ ...recipient });
  }
  if (candidates.length === 0) return failed([_issue("TIPX526", "/recipients", { reason: "not-a-recipient" }, locale)]);

  let plaintext: Uint8Array;
  try {
    const decrypted = await generalDecrypt(
      {
        protected: encodedHeader as string,
        ...(Object.hasOwn(jwe, "unprotected") ? { unprotected: shared } : {}),
        ...(aad === undefined ? {} : { aad: aad as string }),
        iv: iv as string,
        ciphertext: ciphertext as string,
        tag: tag as string,
        recipients: candidates,
      },
      key,
      {
        keyManagementAlgorithms: [KEY_MANAGEMENT_ALGORITHM],
        contentEncryptionAlgorithms: [CONTENT_ENCRYPTION_ALGORITHM],
      },
    );
    plaintext = decrypted.plaintext;
  } catch {
    return failed([_issue("TIPX526", "/recipients", { reason: "failed" }, locale)]);
  }
  const parsed = _parseJson(plaintext);
  if (!parsed.ok) return refused("/ciphertext", "not-json", locale);
  return { ok: true, value: parsed.value, issues: [] };
}

/**
 * Why the headers of one recipient (protected, shared unprotected, per-recipient) are not those of a
 * tipx encrypted bundle, and in which header; `undefined` when they are.
 */
function headerProblem(
  headers: readonly [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>],
): { readonly at: "protected" | "recipient"; readonly reason: UnsafeJoseReason } | undefined {
  const [protectedHeader] = headers;
  for (const [index, header] of headers.entries()) {
    const at = index === 0 ? "protected" : "recipient";
    const unsafe = _unsafeHeader(header);
    if (unsafe !== undefined) return { at, reason: unsafe };
    // Compression before encryption leaks the content's length patterns and invites decompression bombs.
    if (Object.hasOwn(header, "zip") || !_onlyMembers(header, HEADER_MEMBERS)) return { at, reason: "header" };
  }
  // A member may appear in one header only (RFC 7516 §7.2.1).
  const names = headers.flatMap((header) => Object.keys(header));
  if (new Set(names).size !== names.length) return { at: "recipient", reason: "malformed" };
  const merged: Record<string, unknown> = Object.assign({}, ...headers);
  if (merged["alg"] !== KEY_MANAGEMENT_ALGORITHM) return { at: "recipient", reason: "algorithm" };
  if (_own(protectedHeader, "enc") !== CONTENT_ENCRYPTION_ALGORITHM) return { at: "protected", reason: "algorithm" };
  const { cty, tipx, kid, epk } = merged;
  if (cty !== undefined && cty !== JWE_CONTENT_TYPE) return { at: "protected", reason: "header" };
  if (tipx !== undefined && !_isModelVersion(tipx)) return { at: "protected", reason: "header" };
  if (kid !== undefined && (typeof kid !== "string" || !_KID.test(kid))) return { at: "recipient", reason: "header" };
  if (!isEphemeralKey(epk)) return { at: "recipient", reason: "header" };
  return undefined;
}

/** Whether `epk` is a public P-256 key and nothing more (never a private member). */
function isEphemeralKey(epk: unknown): boolean {
  return (
    _isObject(epk) &&
    _onlyMembers(epk, ["kty", "crv", "x", "y"]) &&
    epk["kty"] === "EC" &&
    epk["crv"] === "P-256" &&
    _decodeCanonical(epk["x"])?.byteLength === 32 &&
    _decodeCanonical(epk["y"])?.byteLength === 32
  );
}

function failed(issues: Issue[]): DecryptResult {
  return { ok: false, issues };
}

function refused(path: string, reason: UnsafeJoseReason, locale: Catalogue | undefined): DecryptResult {
  return failed([_issue("TIPX524", path, { reason }, locale)]);
}
