import type { Bundle, Catalogue, Issue, UnsafeJoseReason } from "@tipx/schema";
import { flattenedVerify } from "jose";
import { _decodeCanonical, _encode } from "../_base64url";
import { _decodeProtectedHeader, _onlyMembers, _unsafeHeader } from "../_header";
import { _isObject, _own, _readInput } from "../_input";
import { _issue } from "../_issue";
import { _importKey, _KID, _signatureAlgorithmOf } from "../_jwk";
import { _isModelVersion } from "../_version";
import { _canonicalContent } from "../canonical/canonical-bundle";
import { JWS_TYPE, SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from "../constants";
import { _boundTime, type TrustedKey, type TrustedOrganization, TrustList } from "../trust-list/trust-list";

/** Options of {@link verifyBundle}. */
export interface VerifyOptions {
  /** The moment at which the signing key must be within its validity period; the current time by default. */
  readonly now?: Date;
  /**
   * The catalogue of the messages' language (`th` from `@tipx/schema/locales/th`, `es` from
   * `@tipx/schema/locales/es`); English when absent.
   */
  readonly locale?: Catalogue;
}

/** What {@link verifyBundle} found. */
export interface VerifyResult {
  /** `true` when the signature is valid, made by a key of the trust list within its validity period, by the bundle's sender. */
  readonly ok: boolean;
  /**
   * When `ok`: the signed bundle, with its `signature`, as plain JSON data that is exactly what the
   * signature covers (a fresh copy when the input was an object). The signature proves who sent it and
   * that it was not changed, not that it is valid: pass it to `validate()`.
   */
  readonly bundle?: Bundle;
  /** When `ok`: the trust list's entry for the organisation that signed. */
  readonly signer?: TrustedOrganization;
  /** Why verification failed (TIPX520–TIPX525); empty when `ok`. */
  readonly issues: readonly Issue[];
}

/** The header members of a tipx signature, and nothing else. */
const HEADER_MEMBERS = ["alg", "kid", "typ", "tipx"] as const;

/** A trusted key with its organisation. */
interface Entry {
  readonly organization: TrustedOrganization;
  readonly key: TrustedKey;
}

/**
 * Verifies a signed bundle against a trust list: the signature's header is one tipx makes (EdDSA or
 * ES256, `typ` "tipx+jws", no embedded key, no `crit`), its key id names a key of the trust list, the
 * signature matches the RFC 8785 canonical form of the bundle without `signature`, the key is within
 * its validity period at `now`, and the key's organisation is the bundle's sender (the trust list's `id`
 * equals `sender.organization` when the sender has one, otherwise its `name` equals `sender.name`).
 *
 * It never throws because of `signed`: a JSON text (string or UTF-8 bytes, at most 64 MiB, refused
 * before parsing when larger) or a parsed value of any kind gives a result with coded issues.
 *
 * @param signed - The signed bundle: a JSON text or a parsed value.
 * @param trust - The trust list (parse a file with {@link TrustList} first, to report its errors).
 * @param options - The time of the check and the messages' language.
 * @returns `ok`, and when `ok` the bundle and its signer; otherwise the issues (TIPX520 signature does
 *   not match, TIPX521 unknown key id, TIPX522 key outside its validity period, TIPX523 signer is not the
 *   sender, TIPX524 unsupported or unsafe input, TIPX525 not signed).
 * @throws TypeError when `trust` is not a valid trust list or `options.now` is not a valid date (errors
 *   of the program, not of the input).
 * @example
 * ```ts
 * import { TrustList, verifyBundle } from "@tipx/exchange";
 * declare const text: string;
 * declare const trustFile: unknown;
 * const result = await verifyBundle(text, TrustList.parse(trustFile));
 * if (result.ok) console.log(`signed by ${result.signer?.name}`);
 * else for (const issue of result.issues) console.log(issue.code, issue.path, issue.message);
 * ```
 */
export async function verifyBundle(
  signed: unknown,
  trust: TrustList,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  const parsedTrust = TrustList.safeParse(trust);
  if (!parsedTrust.success)
    throw new TypeError("verifyBundle(): trust must be a trust list (check it with TrustList.safeParse first).");
  const now = options.now ?? new Date();
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new TypeError("verifyBundle(): options.now must be a valid Date.");
  const locale = options.locale;
  try {
    return await verify(signed, parsedTrust.data, now.getTime(), locale);
  } catch {
    // Every failure of the input is handled above; this is the promise that nothing hostile escapes
    // (a proxy whose traps throw, say).
    return refused("", "malformed", locale);
  }
}

async function verify(
  signed: unknown,
  trust: TrustList,
  now: number,
  locale: Catalogue | undefined,
): Promise<VerifyResult> {
  const read = _readInput(signed);
  if (!read.ok) return refused("", read.reason, locale);
  const value = read.value;
  if (!_isObject(value)) return refused("", "not-an-object", locale);
  const signature = _own(value, "signature");
  if (signature === undefined) return failed([_issue("TIPX525", "/signature", {}, locale)]);
  if (!_isObject(signature) || !_onlyMembers(signature, ["protected", "signature"]))
    return refused("/signature", "malformed", locale);
  const encodedHeader = _own(signature, "protected");
  const encodedSignature = _own(signature, "signature");
  if (typeof encodedHeader !== "string" || typeof encodedSignature !== "string")
    return refused("/signature", "malformed", locale);
  const header = _decodeProtectedHeader(encodedHeader);
  if (header === undefined) return refused("/signature/protected", "malformed", locale);
  const unsafe = _unsafeHeader(header) ?? headerProblem(header);
  if (unsafe !== undefined) return refused("/signature/protected", unsafe, locale);
  if (_decodeCanonical(encodedSignature) === undefined) return refused("/signature/signature", "malformed", locale);
  const alg = header["alg"] as SignatureAlgorithm;
  const kid = header["kid"] as string;

  const entry = findKey(trust, kid);
  if (entry === undefined) return failed([_issue("TIPX521", "/signature/protected", { kid }, locale)]);

  const canonical = _canonicalContent(value, read.parsed);
  if (canonical === undefined) return refused("", "payload", locale);
  if (!(await signatureMatches(entry.key, alg, encodedHeader, encodedSignature, canonical.text)))
    return failed([_issue("TIPX520", "/signature/signature", { kid }, locale)]);

  const issues: Issue[] = [];
  const signer = entry.organization.name;
  const { notBefore, notAfter } = entry.key;
  if (notBefore !== undefined && now < _boundTime(notBefore, "start"))
    issues.push(
      _issue("TIPX522", "/signature/protected", { kid, signer, reason: "not-yet-valid", date: notBefore }, locale),
    );
  if (notAfter !== undefined && now > _boundTime(notAfter, "end"))
    issues.push(_issue("TIPX522", "/signature/protected", { kid, signer, reason: "expired", date: notAfter }, locale));
  if (!isSender(entry.organization, _own(canonical.content, "sender")))
    issues.push(_issue("TIPX523", "/sender", { kid, signer }, locale));
  if (issues.length > 0) return failed(issues);
  // A parsed text is already a fresh copy of what was verified; a value given is returned as its snapshot.
  const bundle = read.parsed
    ? value
    : { ...canonical.content, signature: { protected: encodedHeader, signature: encodedSignature } };
  return { ok: true, bundle: bundle as Bundle, signer: entry.organization, issues: [] };
}

/** Why a signature header that is not unsafe is still not a tipx signature header, or `undefined`. */
function headerProblem(header: Record<string, unknown>): "algorithm" | "header" | undefined {
  if (!(SIGNATURE_ALGORITHMS as readonly unknown[]).includes(_own(header, "alg"))) return "algorithm";
  const kid = _own(header, "kid");
  if (
    !_onlyMembers(header, HEADER_MEMBERS) ||
    typeof kid !== "string" ||
    !_KID.test(kid) ||
    _own(header, "typ") !== JWS_TYPE ||
    !_isModelVersion(_own(header, "tipx"))
  )
    return "header";
  return undefined;
}

/** The trust list's key with this id, and its organisation. */
function findKey(trust: TrustList, kid: string): Entry | undefined {
  for (const organization of trust.organizations)
    for (const key of organization.keys) if (key.kid === kid) return { organization, key };
  return undefined;
}

/** Whether the signature verifies with the trusted key, through jose's generic flattened JWS verify. */
async function signatureMatches(
  trusted: TrustedKey,
  alg: SignatureAlgorithm,
  encodedHeader: string,
  encodedSignature: string,
  canonical: string,
): Promise<boolean> {
  // The key decides the algorithm: a header naming another one than the key's curve (or than the JWK's
  // own `alg`) cannot be a signature by this key.
  if (_signatureAlgorithmOf(trusted.publicKey) !== alg) return false;
  try {
    const key = await _importKey(trusted.publicKey, alg);
    await flattenedVerify({ protected: encodedHeader, signature: encodedSignature, payload: _encode(canonical) }, key, {
      algorithms: [alg],
    });
    return true;
  } catch {
    return false;
  }
}

/** Whether the trusted organisation is the bundle's sender. */
function isSender(organization: TrustedOrganization, sender: unknown): boolean {
  if (!_isObject(sender)) return false;
  const id = _own(sender, "organization");
  if (id !== undefined) return organization.id !== undefined && id === organization.id;
  return _own(sender, "name") === organization.name;
}

function failed(issues: Issue[]): VerifyResult {
  return { ok: false, issues };
}

function refused(path: string, reason: UnsafeJoseReason, locale: Catalogue | undefined): VerifyResult {
  return failed([_issue("TIPX524", path, { reason }, locale)]);
}
