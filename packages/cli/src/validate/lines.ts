/**
 * A line of an input, as {@link readLines} yields it: its text without the line break, or an
 * {@link OverlongLine} for a line longer than the limit.
 */
export type InputLine = string | OverlongLine;

/** A line longer than the limit of {@link readLines}: its bytes were counted and dropped, never held. */
export interface OverlongLine {
  /** Tells it from a line's text. */
  readonly kind: "overlong";
  /** The limit it passed, in bytes. */
  readonly limit: number;
}

/**
 * Thrown by {@link readLines} after an over-long line that holds a NUL byte: the input is not text, and
 * reading it stops there.
 */
export class NotTextError extends Error {
  /** The 1-based number of the line. */
  readonly line: number;
  /** The line limit, in bytes. */
  readonly limit: number;

  /** Creates the error for line `line` and the limit it passed. */
  constructor(line: number, limit: number) {
    super(`line ${line} is longer than ${limit} bytes and holds NUL bytes: the input is not text`);
    this.name = "NotTextError";
    this.line = line;
    this.limit = limit;
  }
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const NUL = 0x00;

function holdsNul(parts: readonly Buffer[]): boolean {
  return parts.some((part) => part.includes(NUL));
}

/**
 * Splits a byte stream into lines of at most `maxLineBytes` bytes, holding no more than one line (and
 * the chunk being read) at a time. A line ends at LF, CRLF or a lone CR, as with `node:readline`; a
 * last line without a line break is a line too. Lines are decoded as UTF-8 (a malformed sequence
 * becomes U+FFFD).
 *
 * A line longer than the limit comes out as an {@link OverlongLine}, and the next line is read as
 * usual: its bytes are dropped as they arrive, so memory stays flat however long it is. An over-long
 * line that holds a NUL byte, though, ends the input with a {@link NotTextError}: JSON text never holds
 * a raw NUL (RFC 8259 section 7 requires control characters in strings to be escaped), so the input is
 * binary, and a source such as `/dev/zero` would otherwise be read for ever.
 *
 * @param chunks - the input's bytes (a `Readable` is one); strings are taken as UTF-8 text.
 * @param maxLineBytes - the longest line read, in bytes, without its line break.
 * @param firstLine - the number of the first line, for {@link NotTextError} (1 unless the bytes start
 *   part way through an input).
 * @returns the lines, in order.
 * @throws {@link NotTextError} after an over-long line that holds a NUL byte; any error of `chunks`.
 */
export async function* readLines(
  chunks: AsyncIterable<Buffer | string>,
  maxLineBytes: number,
  firstLine = 1,
): AsyncGenerator<InputLine, void, undefined> {
  const overlong: OverlongLine = { kind: "overlong", limit: maxLineBytes };
  let parts: Buffer[] = [];
  let length = 0;
  let skipping = false;
  let afterCarriageReturn = false;
  let line = firstLine;
  for await (const data of chunks) {
    const chunk = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let start = 0;
    if (afterCarriageReturn && chunk.length > 0) {
      if (chunk[0] === LINE_FEED) start = 1;
      afterCarriageReturn = false;
    }
    // The next LF and CR at or after `start`, found once per chunk and line (-1: none left).
    let lineFeed = -2;
    let carriageReturn = -2;
    while (start < chunk.length) {
      if (lineFeed !== -1 && lineFeed < start) lineFeed = chunk.indexOf(LINE_FEED, start);
      if (carriageReturn !== -1 && carriageReturn < start) carriageReturn = chunk.indexOf(CARRIAGE_RETURN, start);
      const end =
        lineFeed === -1 ? carriageReturn : carriageReturn === -1 ? lineFeed : Math.min(lineFeed, carriageReturn);
      const segment = chunk.subarray(start, end === -1 ? chunk.length : end);
      if (!skipping && length + segment.length > maxLineBytes) {
        skipping = true;
        if (holdsNul(parts) || segment.includes(NUL)) {
          yield overlong;
          throw new NotTextError(line, maxLineBytes);
        }
        parts = [];
        length = 0;
      } else if (skipping) {
        if (segment.includes(NUL)) {
          yield overlong;
          throw new NotTextError(line, maxLineBytes);
        }
      } else if (end === -1) {
        parts.push(segment);
        length += segment.length;
      }
      if (end === -1) break;
      if (skipping) yield overlong;
      else yield parts.length === 0 ? segment.toString("utf8") : Buffer.concat([...parts, segment]).toString("utf8");
      parts = [];
      length = 0;
      skipping = false;
      line += 1;
      start = end + 1;
      if (chunk[end] === CARRIAGE_RETURN) {
        if (start === chunk.length) afterCarriageReturn = true;
        else if (chunk[start] === LINE_FEED) start += 1;
      }
    }
  }
  if (skipping) yield overlong;
  else if (length > 0) yield Buffer.concat(parts).toString("utf8");
}
