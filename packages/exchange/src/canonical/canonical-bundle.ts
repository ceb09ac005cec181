import canonicalize from "canonicalize";
import { _isObject } from "../_input";

/**
 * The payload a bundle's signature covers: the RFC 8785 (JSON Canonicalization Scheme) form of the
 * bundle without its `signature` field. Any JOSE library verifies a tipx signature over it: base64url
 * it and pass it as the detached payload of a flattened JWS.
 *
 * @param bundle - A bundle, signed or not (its `signature` is left out either way).
 * @returns The canonical JSON text: keys sorted by UTF-16 code units, no whitespace, numbers and strings
 *   as ECMAScript serialises them.
 * @throws TypeError when `bundle` is not an object, or holds a value JSON cannot represent (a
 *   non-finite number, a bigint, a function, a cycle).
 * @example
 * ```ts
 * import { canonicalBundle } from "@tipx/exchange";
 * canonicalBundle({ tipx: "1.0", sender: { name: "Shelter" }, id: "x" }); // '{"id":"x","sender":{"name":"Shelter"},"tipx":"1.0"}'
 * ```
 * @see https://www.rfc-editor.org/rfc/rfc8785
 */
export function canonicalBundle(bundle: object): string {
  const canonical = _canonicalContent(bundle, false);
  if (canonical === undefined)
    throw new TypeError("canonicalBundle(): the bundle must be a JSON object whose values JSON can represent.");
  return canonical.text;
}

/** The canonical form of a bundle without its `signature`, and the content it stands for. */
export interface _Canonical {
  /** The RFC 8785 text. */
  readonly text: string;
  /** The bundle without its `signature`, as plain JSON data that {@link _Canonical.text} is the form of. */
  readonly content: Record<string, unknown>;
}

/**
 * The canonical form of an object without its `signature`, or `undefined` when it has none: not an
 * object, or a value JSON cannot represent. Reads each own property once and never throws.
 *
 * @param parsed - `true` when `value` came from `JSON.parse` (plain data, nothing to snapshot); otherwise
 *   the content returned is parsed back from the canonical text, so that a getter or a proxy cannot show
 *   one thing to the signature and another to the caller.
 */
export function _canonicalContent(value: unknown, parsed: boolean): _Canonical | undefined {
  if (!_isObject(value)) return undefined;
  try {
    const content: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // A data property defined on a fresh object (never assignment), so a key "__proto__" stays a key.
      if (key !== "signature")
        Object.defineProperty(content, key, {
          value: value[key],
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
    const text = canonicalize(content);
    if (text === undefined) return undefined;
    if (parsed) return { text, content };
    // canonicalize writes a function as the text "undefined", which is not JSON: parsing finds it.
    const copy: unknown = JSON.parse(text);
    return _isObject(copy) ? { text, content: copy } : undefined;
  } catch {
    // Non-finite numbers, bigints, cycles (stack overflow), getters or proxies that throw.
    return undefined;
  }
}
