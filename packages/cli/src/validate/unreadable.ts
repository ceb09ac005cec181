import { InvalidEncodingError } from "./decode";
import type { InputEncoding, LegacyEncoding } from "./encodings";
import { CorruptGzipError } from "./gzip";
import { NotTextError } from "./lines";
import { NotJsonError, type NotJsonKind } from "./sniff";

/** Why an input could not be read. `code` is the system error code, such as `"EIO"`. */
export type UnreadableReason =
  | { readonly kind: "missing" }
  | { readonly kind: "directory" }
  | { readonly kind: "permission" }
  /** A closed stream: standard input closed before tipx started (`<&-`). */
  | { readonly kind: "closed" }
  /** Every record of the input was longer than `--max-line-bytes` (`limit`, in bytes). */
  | { readonly kind: "over-limit"; readonly limit: number }
  /** Line `line` passed `--max-line-bytes` and holds NUL bytes: binary, so reading stopped. */
  | { readonly kind: "not-text"; readonly line: number; readonly limit: number }
  /**
   * The bytes at `offset` (0-based; in the decompressed data when `compressed`) are not valid in
   * `encoding`; `likely` is the encoding they look like, for UTF-8 input.
   */
  | {
      readonly kind: "encoding";
      readonly encoding: InputEncoding;
      readonly offset: number;
      readonly likely: LegacyEncoding | undefined;
      readonly compressed: boolean;
    }
  /** The input is not JSON text: a spreadsheet, CSV, binary data, or UTF-16 without a byte-order mark. */
  | { readonly kind: "not-json"; readonly detected: NotJsonKind }
  /** The input was taken for gzip (by name or signature) but zlib failed with `code`. */
  | { readonly kind: "gzip"; readonly code: string }
  | { readonly kind: "other"; readonly code: string };

/**
 * Classifies an error met while opening or reading an input into an {@link UnreadableReason}.
 */
export function unreadableReason(error: unknown): UnreadableReason {
  if (error instanceof NotTextError) return { kind: "not-text", line: error.line, limit: error.limit };
  if (error instanceof InvalidEncodingError) {
    const { encoding, offset, likely, compressed } = error;
    return { kind: "encoding", encoding, offset, likely, compressed };
  }
  if (error instanceof NotJsonError) return { kind: "not-json", detected: error.detected };
  if (error instanceof CorruptGzipError) return { kind: "gzip", code: error.code };
  const code =
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : "";
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return { kind: "missing" };
    case "EISDIR":
      return { kind: "directory" };
    case "EACCES":
    case "EPERM":
      return { kind: "permission" };
    case "EBADF":
      return { kind: "closed" };
    default:
      return { kind: "other", code: code || (error instanceof Error ? error.name : "unknown") };
  }
}
