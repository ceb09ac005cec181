import { readArrayRecords } from "./array-records";
import { decodeToUtf8 } from "./decode";
import type { InputEncoding } from "./encodings";
import { gunzip, isGzipName, startsLikeGzip } from "./gzip";
import { isLineDelimitedName } from "./inputs";
import { readLines } from "./lines";
import { type InputRecord, readRecords } from "./records";
import { SNIFF_BYTES, sniffContent } from "./sniff";

/** Options of {@link readInputRecords}. */
export interface ReadInputOptions {
  /** The file's name, which can say NDJSON (`.ndjson`, `.jsonl`) and gzip (`.gz`); `undefined` for stdin. */
  readonly name: string | undefined;
  /** The encoding given with `--encoding`; UTF-8 when absent. A byte-order mark overrides it. */
  readonly encoding: InputEncoding | undefined;
  /** The longest NDJSON line, array element or JSON document read, in bytes (`--max-line-bytes`). */
  readonly maxLineBytes: number;
}

/** The start of a byte stream, looked at, and the whole stream still to read. */
interface Peeked {
  /** The first bytes (fewer when the stream is shorter). */
  readonly head: Buffer;
  /** Every byte of the stream, the head included. */
  readonly all: AsyncIterable<Buffer>;
  /** Lets go of the stream when `all` was not read to its end. */
  readonly close: () => Promise<void>;
}

async function peek(source: AsyncIterable<Buffer>, bytes: number): Promise<Peeked> {
  const iterator = source[Symbol.asyncIterator]();
  const close = async (): Promise<void> => {
    await iterator.return?.();
  };
  const buffered: Buffer[] = [];
  let length = 0;
  try {
    while (length < bytes) {
      const next = await iterator.next();
      if (next.done === true) break;
      buffered.push(next.value);
      length += next.value.length;
    }
  } catch (error) {
    await close();
    throw error;
  }
  async function* all(): AsyncGenerator<Buffer, void, undefined> {
    yield* buffered;
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(buffered, Math.min(length, bytes)), all: all(), close };
}

async function* asBuffers(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer, void, undefined> {
  for await (const chunk of chunks) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}

/** The bytes of `chunks` after the first `bytes` of them. */
export async function* dropFirst(
  chunks: AsyncIterable<Buffer>,
  bytes: number,
): AsyncGenerator<Buffer, void, undefined> {
  let left = bytes;
  for await (const chunk of chunks) {
    if (left >= chunk.length) {
      left -= chunk.length;
      continue;
    }
    yield left === 0 ? chunk : chunk.subarray(left);
    left = 0;
  }
}

/**
 * Reads the records of one input, whatever shape it comes in, holding a bounded part of it at a time:
 *
 * 1. gzip (by a `.gz` name or the signature 1F 8B) is decompressed as it is read;
 * 2. the first 4 KiB decide the encoding (a byte-order mark, else `encoding`, else UTF-8) and refuse
 *    what is not JSON text: CSV, XLSX, XLS, binary, UTF-16 without a byte-order mark (see `sniffContent`);
 * 3. the text is checked (UTF-8) or converted to UTF-8 (other encodings); an invalid byte stops the
 *    input with an error naming its offset (see `decodeToUtf8`);
 * 4. a JSON array (first character `[`, and the name does not say NDJSON) is read element by element
 *    (`readArrayRecords`), anything else as NDJSON or one document (`readRecords`).
 *
 * @param chunks - the input's bytes (strings are taken as UTF-8).
 * @param options - the name, the encoding asked for and the size limit.
 * @returns the records, in input order.
 * @throws `NotJsonError`, `CorruptGzipError`, `InvalidEncodingError`, `NotTextError`, or an error of
 *   `chunks`: the input cannot be read (see `unreadableReason`).
 */
export async function* readInputRecords(
  chunks: AsyncIterable<Buffer | string>,
  options: ReadInputOptions,
): AsyncGenerator<InputRecord, void, undefined> {
  const { name, maxLineBytes } = options;
  const raw = await peek(asBuffers(chunks), 2);
  let content: Peeked | undefined;
  try {
    // An empty file is empty, whatever its name: gzip would call it truncated.
    const compressed = raw.head.length > 0 && (startsLikeGzip(raw.head) || (name !== undefined && isGzipName(name)));
    content = await peek(compressed ? gunzip(raw.all) : raw.all, SNIFF_BYTES);
    const sniffed = sniffContent(content.head, options.encoding);
    const text = decodeToUtf8(dropFirst(content.all, sniffed.bomLength), sniffed.encoding, {
      offset: sniffed.bomLength,
      compressed,
    });
    const lineDelimited = name !== undefined && isLineDelimitedName(name);
    if (!lineDelimited && sniffed.first === "[") yield* readArrayRecords(text, maxLineBytes);
    else yield* readRecords(readLines(text, maxLineBytes), { lineDelimited, maxDocumentBytes: maxLineBytes });
  } finally {
    await content?.close();
    await raw.close();
  }
}
