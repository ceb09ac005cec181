import type { UnreadableFileReason } from "@tipx/schema";
import { _chunks } from "./_chunks";
import { _SNIFF_BYTES, _sniffEncoding } from "./_sniff";
import { _BOM_LENGTHS, _DECODER_LABELS, type TextEncodingName } from "./encodings";
import type { TextSource } from "./source";

/** What a streaming decode found: the encoding, and why it stopped if it could not go on. */
export interface _DecodeState {
  encoding?: TextEncodingName;
  failure?: UnreadableFileReason;
  bytes: number;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/**
 * Decodes a stream of byte (or text) chunks to text chunks, deciding the encoding on the first 64 KiB.
 * It stops and sets `state.failure` when the input is empty, binary, over `maxBytes`, or not valid in the
 * encoding it chose (a UTF-8 file with a Windows-874 byte far down).
 */
export async function* _decodeChunks(
  source: TextSource,
  state: _DecodeState,
  maxBytes = Number.POSITIVE_INFINITY,
): AsyncGenerator<string, void, undefined> {
  let decoder: TextDecoder | undefined;
  const head: Uint8Array[] = [];
  let headLength = 0;
  let sawText = false;
  const decide = (complete: boolean): string | undefined => {
    const bytes = concat(head, headLength);
    const encoding = _sniffEncoding(bytes, complete);
    if (encoding === "empty" || encoding === "binary" || encoding === "encoding") {
      state.failure = encoding;
      return undefined;
    }
    state.encoding = encoding;
    decoder = new TextDecoder(_DECODER_LABELS[encoding], { fatal: true, ignoreBOM: true });
    return decoder.decode(bytes.subarray(_BOM_LENGTHS[encoding]), { stream: !complete });
  };
  try {
    for await (const chunk of _chunks(source)) {
      if (typeof chunk === "string") {
        // Text chunks are already decoded; only a leading byte-order mark is dropped.
        const text = !sawText && chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
        if (!sawText) state.encoding = "utf-8";
        sawText = true;
        state.bytes += chunk.length;
        if (state.bytes > maxBytes) {
          state.failure = "too-large";
          return;
        }
        if (text) yield text;
        continue;
      }
      state.bytes += chunk.length;
      if (state.bytes > maxBytes) {
        state.failure = "too-large";
        return;
      }
      if (decoder) {
        const text = decoder.decode(chunk, { stream: true });
        if (text) yield text;
        continue;
      }
      head.push(chunk);
      headLength += chunk.length;
      if (headLength < _SNIFF_BYTES) continue;
      const text = decide(false);
      if (text === undefined) return;
      if (text) yield text;
    }
    if (sawText) {
      if (state.bytes === 0) state.failure = "empty";
      return;
    }
    if (!decoder) {
      const text = decide(true);
      if (text === undefined) return;
      if (text) yield text;
      return;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } catch (error) {
    if (error instanceof TypeError && decoder) {
      state.failure = "encoding";
      return;
    }
    throw error;
  }
}
