import type { UnreadableFileReason } from "@tipx/schema";

/**
 * The text encodings the readers recognise, as the result of {@link decodeText} names them: UTF-8 with or
 * without a byte-order mark, UTF-16 with a byte-order mark, and Windows-874 (the Thai code page Excel uses
 * when it saves "CSV" on a Thai Windows).
 *
 * @example
 * ```ts
 * import { TEXT_ENCODINGS } from "@tipx/convert";
 * TEXT_ENCODINGS.includes("windows-874"); // true
 * ```
 */
export const TEXT_ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-874"] as const;

/**
 * A text encoding the readers recognise.
 *
 * @example
 * ```ts
 * import type { TextEncodingName } from "@tipx/convert";
 * const encoding: TextEncodingName = "utf-8-bom";
 * ```
 */
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/**
 * The result of decoding a file's bytes: the text and the encoding it was in, or why it is not text
 * (`"empty"`, `"binary"`, or `"encoding"` for text in an encoding tipx does not guess, such as Windows-1252).
 *
 * @example
 * ```ts
 * import type { TextDecoding } from "@tipx/convert";
 * const decoded: TextDecoding = { ok: true, text: "a,b", encoding: "utf-8" };
 * ```
 */
export type TextDecoding =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false; readonly reason: Extract<UnreadableFileReason, "empty" | "binary" | "encoding"> };

/** The WHATWG label of each encoding, for `TextDecoder`. */
export const _DECODER_LABELS: { readonly [E in TextEncodingName]: string } = {
  "utf-8": "utf-8",
  "utf-8-bom": "utf-8",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
  "windows-874": "windows-874",
};

/** How many bytes of a byte-order mark each encoding starts with. */
export const _BOM_LENGTHS: { readonly [E in TextEncodingName]: number } = {
  "utf-8": 0,
  "utf-8-bom": 3,
  "utf-16le": 2,
  "utf-16be": 2,
  "windows-874": 0,
};
