// How the English messages name what an issue is about, so that a label is never glued into a sentence:
// a field's label is quoted as a name (“Closed on”), an entity or the bundle is a noun with its article
// (the person), and a code the data must hold is written as the JSON string it is ("Feminine").

import type { Names } from "./issue";
import { TERMS } from "./terms";

/**
 * Whether a field reference of an issue's params names an entity type or the bundle (which messages
 * call by a noun, "the person") rather than a field (which they call by its quoted label).
 */
export function _isEntityRef(ref: string): boolean {
  return Object.hasOwn(TERMS, `entity.${ref}`);
}

/** A field reference as English names it inside a sentence: “Given name”, or the person. */
export function _the(n: Names, ref: string): string {
  return _isEntityRef(ref) ? `the ${n.field(ref)}` : `“${n.field(ref)}”`;
}

/** The text with its first letter in capitals, to begin a sentence. */
export function _cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Codes as a reader must write them, as JSON strings, joined as alternatives ("A", "B" or "C"). */
export function _codes(n: Names, codes: readonly string[]): string {
  return n.either(codes.map((code) => `"${code}"`));
}
