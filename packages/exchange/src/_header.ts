// Checks shared by signatures and encrypted bundles on a JOSE header, before any key is used.
import type { UnsafeJoseReason } from "@tipx/schema";
import { _decodeCanonical } from "./_base64url";
import { _own, _parseJsonObject } from "./_input";

/** Header members that carry a key or point at one: tipx takes keys only from its caller. */
const KEY_CARRYING_MEMBERS = ["jwk", "jku", "x5u", "x5c", "x5t", "x5t#S256"] as const;

/** The longest protected header read, in base64url characters (tipx's own are about 150). */
export const _MAX_PROTECTED_HEADER = 4096;

/** Decodes a protected header: canonical base64url of a UTF-8 JSON object, of bounded length. */
export function _decodeProtectedHeader(encoded: unknown): Record<string, unknown> | undefined {
  if (typeof encoded !== "string" || encoded.length > _MAX_PROTECTED_HEADER) return undefined;
  const bytes = _decodeCanonical(encoded);
  return bytes === undefined ? undefined : _parseJsonObject(bytes);
}

/**
 * Why a header is unsafe whatever the algorithm: `alg: "none"` (in any case), a key or a key link in the
 * header, or critical extensions; `undefined` when none of these.
 */
export function _unsafeHeader(header: Record<string, unknown>): UnsafeJoseReason | undefined {
  const alg = _own(header, "alg");
  if (typeof alg === "string" && alg.toLowerCase() === "none") return "algorithm-none";
  if (KEY_CARRYING_MEMBERS.some((member) => Object.hasOwn(header, member))) return "embedded-key";
  if (Object.hasOwn(header, "crit")) return "critical";
  return undefined;
}

/** Whether an object's own keys are all among `allowed`. */
export function _onlyMembers(record: object, allowed: readonly string[]): boolean {
  return Object.keys(record).every((key) => allowed.includes(key));
}
