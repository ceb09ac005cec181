import { isUtf8 } from "node:buffer";
import type { InputEncoding, LegacyEncoding } from "./encodings";

/**
 * Thrown by {@link decodeToUtf8} at the first byte sequence that is not valid in the input's encoding:
 * decoding on would put U+FFFD in place of letters and report a corrupted name as valid.
 */
export class InvalidEncodingError extends Error {
  /** The encoding the input was read as. */
  readonly encoding: InputEncoding;
  /** The 0-based byte offset of the first invalid sequence (in the decompressed data for gzip input). */
  readonly offset: number;
  /** The encoding the bytes look like, for UTF-8 input. */
  readonly likely: LegacyEncoding | undefined;
  /** `true` when the input was gzip: `offset` counts in the decompressed data. */
  readonly compressed: boolean;

  /** Creates the error for `encoding` at `offset`. */
  constructor(encoding: InputEncoding, offset: number, likely: LegacyEncoding | undefined, compressed: boolean) {
    super(`the input is not valid ${encoding}: invalid byte sequence at offset ${offset}`);
    this.name = "InvalidEncodingError";
    this.encoding = encoding;
    this.offset = offset;
    this.likely = likely;
    this.compressed = compressed;
  }
}

/**
 * Finds the first ill-formed UTF-8 sequence in `bytes` (Unicode 15, table 3-7: no overlong forms, no
 * surrogates, nothing past U+10FFFF). A sequence cut off by the end of `bytes` counts as ill-formed.
 *
 * @param bytes - the bytes to check, starting at a character boundary.
 * @returns the index of the first byte of the first ill-formed sequence, or -1 when there is none.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const length = bytes.length;
  let at = 0;
  while (at < length) {
    const lead = bytes[at] ?? 0;
    if (lead < 0x80) {
      at += 1;
      continue;
    }
    // The number of continuation bytes, and the range of the first one (the others are 0x80–0xBF).
    let count: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) count = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      count = 2;
      if (lead === 0xe0) low = 0xa0;
      else if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      count = 3;
      if (lead === 0xf0) low = 0x90;
      else if (lead === 0xf4) high = 0x8f;
    } else return at;
    for (let next = 1; next <= count; next += 1) {
      const byte = bytes[at + next];
      if (byte === undefined) return at;
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return at;
    }
    at += count + 1;
  }
  return -1;
}

/**
 * The length of the UTF-8 sequence that `bytes` ends in the middle of (0 when it ends on a character
 * boundary): those bytes wait for the next chunk.
 */
function incompleteTail(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= Math.min(3, length); back += 1) {
    const byte = bytes[length - back] ?? 0;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return size > back ? back : 0;
    }
  }
  return 0;
}

/** How many bytes of invalid UTF-8 are looked at to guess the encoding. */
const GUESS_WINDOW_BYTES = 64 * 1024;

/**
 * Guesses the legacy encoding of text that is not UTF-8, from its bytes above 0x7F.
 *
 * Thai in TIS-620 / windows-874 uses 0xA1–0xFB for every letter, vowel and tone mark, and a Thai word
 * is written wholly in them, so such bytes come in runs. Accented Latin letters in windows-1252 (á, é,
 * ñ, ü: 0xC0–0xFF) fall in the same range, but stand alone between ASCII letters (`Mar\xEDa Pe\xF1a`),
 * or two together at most (`Concei\xE7\xE3o`). So: windows-874 when at least 90% of the high bytes are
 * in 0xA1–0xFB and at least half of them are in runs of three or more; windows-1252 otherwise.
 *
 * @param bytes - text in an unknown single-byte encoding.
 * @returns the likely encoding.
 */
export function guessLegacyEncoding(bytes: Uint8Array): LegacyEncoding {
  let high = 0;
  let thai = 0;
  let inRuns = 0;
  let run = 0; // the length of the current run of bytes in 0xA1–0xFB
  const endRun = (): void => {
    if (run >= 3) inRuns += run;
    run = 0;
  };
  for (const byte of bytes) {
    if (byte >= 0x80) high += 1;
    if (byte >= 0xa1 && byte <= 0xfb) {
      thai += 1;
      run += 1;
    } else endRun();
  }
  endRun();
  return high > 0 && thai >= 0.9 * high && inRuns >= 0.5 * high ? "windows-874" : "windows-1252";
}

/** Where the bytes given to {@link decodeToUtf8} start. */
export interface DecodeStart {
  /** The byte offset of the first byte (the length of a byte-order mark that was skipped). */
  readonly offset: number;
  /** `true` when the bytes were decompressed from gzip (offsets then count in the decompressed data). */
  readonly compressed: boolean;
}

/**
 * Validates UTF-8 or converts another encoding to UTF-8, a chunk at a time, so that the line and array
 * readers always get UTF-8.
 *
 * UTF-8 is checked with `buffer.isUtf8` (simdutf, about 60 times faster than `TextDecoder` here) and the
 * bytes go on unchanged; a sequence split between two chunks waits for the next one. Other encodings
 * go through a `TextDecoder` with `stream: true` and `fatal: true`, and each piece of text is
 * re-encoded as UTF-8. Either way the bytes before an invalid sequence are passed on, then an
 * {@link InvalidEncodingError} names its offset (and, for UTF-8, the likely legacy encoding).
 *
 * @param chunks - the input's bytes, after any byte-order mark.
 * @param encoding - the input's encoding.
 * @param start - the offset of the first byte, for error messages.
 * @returns the input as UTF-8 chunks.
 * @throws {@link InvalidEncodingError} at the first invalid sequence; any error of `chunks`.
 */
export async function* decodeToUtf8(
  chunks: AsyncIterable<Buffer>,
  encoding: InputEncoding,
  start: DecodeStart,
): AsyncGenerator<Buffer, void, undefined> {
  if (encoding === "utf-8") yield* validateUtf8(chunks, start);
  else yield* transcode(chunks, encoding, start);
}

async function* validateUtf8(
  chunks: AsyncIterable<Buffer>,
  start: DecodeStart,
): AsyncGenerator<Buffer, void, undefined> {
  let carried: Buffer | undefined;
  let position = start.offset; // the offset of the first byte of `carried`, or of the next chunk
  for await (const chunk of chunks) {
    const data = carried === undefined ? chunk : Buffer.concat([carried, chunk]);
    const end = data.length - incompleteTail(data);
    const complete = data.subarray(0, end);
    if (!isUtf8(complete)) {
      const at = Math.max(0, firstInvalidUtf8(complete));
      if (at > 0) yield complete.subarray(0, at);
      const likely = guessLegacyEncoding(data.subarray(at, at + GUESS_WINDOW_BYTES));
      throw new InvalidEncodingError("utf-8", position + at, likely, start.compressed);
    }
    if (end > 0) yield complete;
    carried = end < data.length ? Buffer.from(data.subarray(end)) : undefined;
    position += end;
  }
  if (carried !== undefined)
    throw new InvalidEncodingError("utf-8", position, guessLegacyEncoding(carried), start.compressed);
}

/** The bytes one UTF-16 code unit of decoded text took in `encoding`. */
function bytesPerUnit(encoding: Exclude<InputEncoding, "utf-8">): number {
  return encoding === "utf-16le" || encoding === "utf-16be" ? 2 : 1;
}

/**
 * Finds the offset of the invalid sequence in `bytes` by decoding a byte at a time: the error lies at
 * the start of the sequence still pending when the decoder gave up. Runs only once, on error.
 */
function invalidSequenceAt(bytes: Uint8Array, encoding: InputEncoding): number {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  let pendingFrom: number | undefined;
  for (let at = 0; at < bytes.length; at += 1) {
    let text: string;
    try {
      text = decoder.decode(bytes.subarray(at, at + 1), { stream: true });
    } catch {
      return pendingFrom ?? at;
    }
    if (text === "") pendingFrom ??= at;
    else pendingFrom = undefined;
  }
  return pendingFrom ?? bytes.length;
}

async function* transcode(
  chunks: AsyncIterable<Buffer>,
  encoding: Exclude<InputEncoding, "utf-8">,
  start: DecodeStart,
): AsyncGenerator<Buffer, void, undefined> {
  // `ignoreBOM`: a byte-order mark was already taken off; a U+FEFF after it is text.
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const unit = bytesPerUnit(encoding);
  let decoded = start.offset; // the offset of the first byte the decoder holds back, or of the next chunk
  let pending: Buffer = Buffer.alloc(0); // the bytes the decoder holds back (at most 3)
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      const data = Buffer.concat([pending, chunk]);
      throw new InvalidEncodingError(
        encoding,
        decoded + invalidSequenceAt(data, encoding),
        undefined,
        start.compressed,
      );
    }
    const used = text.length * unit;
    const held = pending.length + chunk.length - used;
    pending =
      held <= chunk.length
        ? Buffer.from(chunk.subarray(chunk.length - held))
        : Buffer.concat([pending.subarray(pending.length - (held - chunk.length)), chunk]);
    decoded += used;
    if (text !== "") yield Buffer.from(text, "utf8");
  }
  try {
    const text = decoder.decode();
    if (text !== "") yield Buffer.from(text, "utf8");
  } catch {
    throw new InvalidEncodingError(encoding, decoded, undefined, start.compressed);
  }
}
