// Base64url (RFC 4648 §5, no padding) through jose's codec, read strictly: only the 64 letters of the
// alphabet, and only the one spelling that encodes the bytes (a lenient decoder ignores the unused bits
// of the last character, so two strings would decode to one signature, and skips whitespace).
import { base64url } from "jose";

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** Encodes bytes or the UTF-8 of a string as base64url without padding. */
export function _encode(input: Uint8Array | string): string {
  return base64url.encode(input);
}

/**
 * Decodes canonical base64url, or returns `undefined` when `text` is not a string of the alphabet, has
 * an impossible length, or is not the canonical spelling of its bytes.
 */
export function _decodeCanonical(text: unknown): Uint8Array | undefined {
  if (typeof text !== "string" || !ALPHABET.test(text) || text.length % 4 === 1) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = base64url.decode(text);
  } catch {
    return undefined;
  }
  return base64url.encode(bytes) === text ? bytes : undefined;
}
