import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/**
 * Thrown by {@link gunzip} when data taken for gzip (by its name or its first bytes) cannot be
 * decompressed: it is truncated, corrupt, or not gzip at all.
 */
export class CorruptGzipError extends Error {
  /** zlib's error code, such as `"Z_DATA_ERROR"` or `"Z_BUF_ERROR"` (unexpected end of file). */
  readonly code: string;

  /** Creates the error for zlib's `code`. */
  constructor(code: string) {
    super(`the gzip data could not be decompressed (${code})`);
    this.name = "CorruptGzipError";
    this.code = code;
  }
}

/**
 * Tells whether a file name says gzip (`.gz`, in any case).
 */
export function isGzipName(name: string): boolean {
  return name.toLowerCase().endsWith(".gz");
}

/**
 * Tells whether bytes start with the gzip signature, 1F 8B (RFC 1952 section 2.3.1).
 */
export function startsLikeGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

// Larger than zlib's 16 KiB default, for fewer, larger chunks on big files; memory stays bounded by a
// few of them.
const INFLATE_CHUNK_BYTES = 256 * 1024;

function zlibCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  return typeof code === "string" && code.startsWith("Z_") ? code : undefined;
}

/**
 * Decompresses gzip data as it arrives (several concatenated members, as `cat a.gz b.gz` makes, are
 * read as one), with back-pressure: memory stays bounded whatever the size.
 *
 * @param chunks - the compressed bytes.
 * @returns the decompressed bytes.
 * @throws {@link CorruptGzipError} when zlib fails; any error of `chunks`.
 */
export async function* gunzip(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer, void, undefined> {
  const source = Readable.from(chunks);
  const inflated = pipeline(source, createGunzip({ chunkSize: INFLATE_CHUNK_BYTES }), () => {
    // Errors reach the loop below through the destroyed stream.
  });
  try {
    for await (const chunk of inflated) yield chunk as Buffer;
  } catch (error) {
    const code = zlibCode(error);
    throw code === undefined ? error : new CorruptGzipError(code);
  } finally {
    inflated.destroy();
    source.destroy();
  }
}
