import { _sniffEncoding } from "./_sniff";
import { _BOM_LENGTHS, _DECODER_LABELS, type TextDecoding } from "./encodings";

/**
 * Decodes a whole file's bytes to text, recognising UTF-8 (with or without a byte-order mark), UTF-16
 * with a byte-order mark, and Windows-874 (Thai) when the bytes are not UTF-8; it never guesses any
 * other code page, and it never throws.
 *
 * @param bytes - The file's bytes.
 * @returns The text without its byte-order mark and the encoding it was in, or why it is not text.
 *
 * @example
 * ```ts
 * import { decodeText } from "@tipx/convert";
 * const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]));
 * if (decoded.ok) decoded.encoding; // "utf-8-bom", and decoded.text is "a"
 * ```
 */
export function decodeText(bytes: Uint8Array | ArrayBuffer): TextDecoding {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const encoding = _sniffEncoding(view, true);
  if (encoding === "empty" || encoding === "binary" || encoding === "encoding") return { ok: false, reason: encoding };
  try {
    const text = new TextDecoder(_DECODER_LABELS[encoding], { fatal: true, ignoreBOM: true }).decode(
      view.subarray(_BOM_LENGTHS[encoding]),
    );
    return { ok: true, text, encoding };
  } catch {
    return { ok: false, reason: "encoding" };
  }
}
