// Reading an input that may be hostile: a JSON string, its UTF-8 bytes, or a value already parsed. The
// size is checked before anything is parsed, and nothing here throws.
import type { UnsafeJoseReason } from "@tipx/schema";
import { MAX_INPUT_BYTES } from "./constants";

/** What reading an input gave: the parsed value, or why it was refused. */
export type _Read =
  | {
      readonly ok: true;
      /** The value. */
      readonly value: unknown;
      /** `true` when this function parsed it (plain JSON data), `false` when it was given as a value. */
      readonly parsed: boolean;
    }
  | { readonly ok: false; readonly reason: UnsafeJoseReason };

const utf8 = /* @__PURE__ */ new TextDecoder("utf-8", { fatal: true });

/** Whether the UTF-8 encoding of a string is longer than `limit` bytes, counted without encoding it. */
export function _longerThan(text: string, limit: number): boolean {
  // Each UTF-16 unit takes one to three bytes (a surrogate pair four for two units): most strings are
  // decided by their length alone.
  if (text.length > limit) return true;
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
    // A high surrogate followed by a low one is one code point of four bytes: 3 counted, 1 more.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 1;
        i++;
      }
    }
    if (bytes > limit) return true;
  }
  return false;
}

/**
 * Reads a JSON text (a string or UTF-8 bytes) of at most {@link MAX_INPUT_BYTES}, or takes any other
 * value as already parsed. Refuses a text that is too large or is not JSON.
 *
 * @param snapshot - Make a plain copy of a value given as already parsed (through its JSON text, size
 *   checked too), so that what is checked is what is used even when the value has getters or is a proxy.
 */
export function _readInput(input: unknown, snapshot = false): _Read {
  if (snapshot && typeof input !== "string" && !(input instanceof Uint8Array)) {
    let text: unknown;
    try {
      text = JSON.stringify(input);
    } catch {
      return { ok: false, reason: "not-json" };
    }
    // JSON.stringify gives no text for undefined, a function or a symbol.
    return typeof text === "string" ? _readInput(text) : { ok: false, reason: "not-an-object" };
  }
  let text: string;
  if (typeof input === "string") {
    if (_longerThan(input, MAX_INPUT_BYTES)) return { ok: false, reason: "too-large" };
    text = input;
  } else if (input instanceof Uint8Array) {
    if (input.byteLength > MAX_INPUT_BYTES) return { ok: false, reason: "too-large" };
    try {
      text = utf8.decode(input);
    } catch {
      return { ok: false, reason: "not-json" };
    }
  } else {
    return { ok: true, value: input, parsed: false };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, parsed: true };
  } catch {
    return { ok: false, reason: "not-json" };
  }
}

/** Whether a value is a JSON object: not null, not an array, and not a function. */
export function _isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** An own property of an object, never one inherited through the prototype chain. */
export function _own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

/**
 * Decodes UTF-8 bytes and parses them as a JSON object, or returns `undefined` (invalid UTF-8, not JSON,
 * or not an object).
 */
export function _parseJsonObject(bytes: Uint8Array): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(utf8.decode(bytes));
    return _isObject(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Decodes UTF-8 bytes and parses them as JSON, or returns `{ ok: false }`. */
export function _parseJson(bytes: Uint8Array): { readonly ok: true; readonly value: unknown } | { readonly ok: false } {
  try {
    return { ok: true, value: JSON.parse(utf8.decode(bytes)) as unknown };
  } catch {
    return { ok: false };
  }
}
