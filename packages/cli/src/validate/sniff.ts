import type { InputEncoding } from "./encodings";

/**
 * What an input that is not JSON text was taken for: a CSV file, an XLSX (or other ZIP) or XLS
 * workbook, binary data, or UTF-16 text without a byte-order mark (`utf-16le`, `utf-16be`), which
 * `--encoding` reads.
 */
export type NotJsonKind = "csv" | "xlsx" | "xls" | "binary" | "utf-16le" | "utf-16be";

/** Thrown when the first bytes of an input show that it is not JSON text. */
export class NotJsonError extends Error {
  /** What the input looks like. */
  readonly detected: NotJsonKind;

  /** Creates the error for an input that looks like `detected`. */
  constructor(detected: NotJsonKind) {
    super(`the input is not JSON text: it looks like ${detected}`);
    this.name = "NotJsonError";
    this.detected = detected;
  }
}

/** How many bytes at the start of an input {@link sniffContent} looks at. */
export const SNIFF_BYTES = 4096;

/** What {@link sniffContent} found out about an input. */
export interface SniffedContent {
  /** The encoding to decode it with: its byte-order mark's, else the one asked for, else UTF-8. */
  readonly encoding: InputEncoding;
  /** The length of the byte-order mark to skip, 0 when there is none. */
  readonly bomLength: number;
  /** The first character that is not JSON whitespace, `undefined` when the start holds none. */
  readonly first: string | undefined;
}

const BYTE_ORDER_MARKS: readonly (readonly [encoding: InputEncoding, bytes: readonly number[]])[] = [
  ["utf-8", [0xef, 0xbb, 0xbf]],
  ["utf-16le", [0xff, 0xfe]],
  ["utf-16be", [0xfe, 0xff]],
];

// ZIP local file header, empty archive and spanned archive (APPNOTE 4.3.7): XLSX, ODS and DOCX are ZIP.
const ZIP_SIGNATURES: readonly (readonly number[])[] = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];
// The OLE2 compound file header of Excel 97–2003 (.xls) workbooks.
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, at) => bytes[at] === byte);
}

function isUtf16(encoding: InputEncoding): boolean {
  return encoding === "utf-16le" || encoding === "utf-16be";
}

/**
 * Tells UTF-16 without a byte-order mark from other binary data: ASCII-range text in UTF-16 has a NUL
 * in every other byte, on the odd offsets for little-endian and the even ones for big-endian.
 */
function utf16Order(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let at = 0; at + 1 < bytes.length; at += 2) {
    if (bytes[at] === 0) evenNuls += 1;
    if (bytes[at + 1] === 0) oddNuls += 1;
  }
  if (oddNuls >= 0.5 * pairs && evenNuls <= 0.05 * pairs) return "utf-16le";
  if (evenNuls >= 0.5 * pairs && oddNuls <= 0.05 * pairs) return "utf-16be";
  return undefined;
}

/** Control bytes that never occur in text (tab, line feed, form feed and carriage return do). */
function isControlByte(byte: number): boolean {
  return (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f;
}

// More than this share of control bytes is "mostly non-text": JSON text holds none outside strings,
// and inside strings they must be escaped (RFC 8259 section 7).
const MAX_CONTROL_SHARE = 0.1;

function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return true;
  let controls = 0;
  for (const byte of bytes) if (isControlByte(byte)) controls += 1;
  return controls > MAX_CONTROL_SHARE * bytes.length;
}

const JSON_WHITESPACE = /^[ \t\n\r]*/;

/**
 * A first line that reads as CSV headers: no `{` or `[`, at least one comma, semicolon or tab between
 * names, and not a JSON value on its own.
 */
function looksLikeCsvHeader(text: string): boolean {
  const line = text.replace(/^[\s\uFEFF]+/, "").split(/\r\n|\r|\n/, 1)[0] ?? "";
  if (line === "" || line.includes("{") || line.includes("[") || !/[,;\t]/.test(line)) return false;
  try {
    JSON.parse(line);
    return false;
  } catch {
    return true;
  }
}

/**
 * Looks at the start of an input (after gzip decompression) and decides how to read it.
 *
 * A byte-order mark decides the encoding, over `--encoding`, as the WHATWG Encoding Standard's `decode`
 * does. Then, in this order, the input is refused as not JSON when it starts with a ZIP signature
 * (XLSX), with the OLE2 one (XLS), holds a NUL byte (binary, or UTF-16 without a byte-order mark when
 * the NULs fall on every other byte) or more than 10% of other control bytes (binary), or when its
 * first line reads as CSV headers.
 *
 * @param head - the first {@link SNIFF_BYTES} bytes (fewer when the input is shorter).
 * @param requested - the encoding given with `--encoding`, if any.
 * @returns the encoding, the byte-order mark's length and the first significant character.
 * @throws {@link NotJsonError} when the input is not JSON text.
 */
export function sniffContent(head: Buffer, requested: InputEncoding | undefined): SniffedContent {
  const mark = BYTE_ORDER_MARKS.find(([, bytes]) => startsWith(head, bytes));
  const encoding = mark?.[0] ?? requested ?? "utf-8";
  const bomLength = mark?.[1].length ?? 0;
  const body = head.subarray(bomLength);
  if (!isUtf16(encoding)) {
    if (ZIP_SIGNATURES.some((signature) => startsWith(body, signature))) throw new NotJsonError("xlsx");
    if (startsWith(body, OLE2_SIGNATURE)) throw new NotJsonError("xls");
    if (looksBinary(body)) throw new NotJsonError(utf16Order(body) ?? "binary");
  }
  // Only to look at: a character cut at the end of the head, or an invalid byte, becomes U+FFFD here.
  const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  if (isUtf16(encoding) && text.includes("\u0000")) throw new NotJsonError("binary");
  if (looksLikeCsvHeader(text)) throw new NotJsonError("csv");
  const first = text.slice(text.match(JSON_WHITESPACE)?.[0].length ?? 0)[0];
  return { encoding, bomLength, first };
}
