/**
 * The limit on the size of one record that `tipx validate` reads (`--max-line-bytes`): an NDJSON line,
 * or a JSON document as a whole. Kept apart from the command so that defining the command line loads
 * nothing else.
 *
 * @module
 */

/**
 * The default of `--max-line-bytes`: 64 MiB, far above any real bundle and small enough that one line,
 * its decoded text and its parsed value fit in memory together.
 */
export const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * The highest `--max-line-bytes` accepted: 256 MiB. A V8 string holds at most 2^29 - 24 UTF-16 units,
 * so a line of 512 MiB could not be decoded at all; half of that leaves room for the parse.
 */
export const MAX_LINE_BYTES_CEILING = 256 * 1024 * 1024;

/**
 * Reads the value of `--max-line-bytes`: a whole number of bytes from 1 to {@link MAX_LINE_BYTES_CEILING}.
 *
 * @param text - the value as given on the command line.
 * @returns the number of bytes, or `undefined` when `text` is not such a number.
 */
export function parseMaxLineBytes(text: string): number | undefined {
  if (!/^[0-9]+$/.test(text)) return undefined;
  const bytes = Number(text);
  return bytes >= 1 && bytes <= MAX_LINE_BYTES_CEILING ? bytes : undefined;
}
