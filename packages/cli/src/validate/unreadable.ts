import { NotTextError } from "./lines";

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
  | { readonly kind: "other"; readonly code: string };

/**
 * Classifies an error met while opening or reading an input into an {@link UnreadableReason}.
 */
export function unreadableReason(error: unknown): UnreadableReason {
  if (error instanceof NotTextError) return { kind: "not-text", line: error.line, limit: error.limit };
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
