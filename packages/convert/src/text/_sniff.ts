import type { TextDecoding, TextEncodingName } from "./encodings";

type Failure = Extract<TextDecoding, { ok: false }>["reason"];

/** How many bytes the readers look at before they decide a stream's encoding. */
export const _SNIFF_BYTES = 64 * 1024;

function isValidUtf8(bytes: Uint8Array, complete: boolean): boolean {
  // A sniffed prefix may end inside a character: decode only up to the last lead byte's start.
  let end = bytes.length;
  if (!complete) {
    let back = 0;
    while (back < 4 && end - back - 1 >= 0 && ((bytes[end - back - 1] ?? 0) & 0xc0) === 0x80) back += 1;
    const lead = bytes[end - back - 1];
    if (lead !== undefined && lead >= 0xc0) end = end - back - 1;
  }
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

function hasControlBytes(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) controls += 1;
  }
  return controls > bytes.length / 100;
}

/**
 * Thai text is runs of letters in 0xA1–0xFB; a Latin text in a Windows code page (Spanish in
 * Windows-1252) has high bytes alone between ASCII letters. Decoding that as Windows-874 would turn
 * "José" into Thai silently, so it is refused as an unrecognised encoding instead.
 */
function looksThai(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    if ((bytes[i] ?? 0) < 0x80) continue;
    high += 1;
    if ((bytes[i - 1] ?? 0) >= 0x80 || (bytes[i + 1] ?? 0) >= 0x80) inRuns += 1;
  }
  return high > 0 && inRuns * 2 >= high;
}

/** Bytes Windows-874 leaves undefined: browsers refuse them, Node.js's ICU gives private-use or C1 characters. */
const UNDEFINED_IN_874 = /[\u0080-\u009f\uf700-\uf8ff\ufffd]/;

function decodes(label: string, bytes: Uint8Array): boolean {
  try {
    return !UNDEFINED_IN_874.test(new TextDecoder(label, { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
}

/**
 * Decides the encoding of a text from its first bytes: a byte-order mark, else UTF-8 when the bytes are
 * valid UTF-8, else Windows-874 when they decode as Thai; `complete` says the bytes are the whole input.
 */
export function _sniffEncoding(bytes: Uint8Array, complete: boolean): TextEncodingName | Failure {
  if (bytes.length === 0) return "empty";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8-bom";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (hasControlBytes(bytes)) return "binary";
  if (isValidUtf8(bytes, complete)) return "utf-8";
  if (!decodes("windows-874", bytes)) return "binary";
  return looksThai(bytes) ? "windows-874" : "encoding";
}
