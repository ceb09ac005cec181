/**
 * Why a file of `tipx schema` could not be written (or, with `--check`, read), from the system error.
 * `other` carries the error code, such as `"EIO"`.
 */
export type WriteError =
  | { readonly kind: "permission" }
  | { readonly kind: "no-space" }
  | { readonly kind: "read-only" }
  /** The file's path is a folder. */
  | { readonly kind: "folder" }
  /** A folder on the file's path is a file. */
  | { readonly kind: "not-a-folder" }
  | { readonly kind: "other"; readonly code: string };

/**
 * Classifies an error of `mkdir`, `writeFile` or `readFile` into a {@link WriteError}.
 */
export function writeError(error: unknown): WriteError {
  const code =
    typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
      ? error.code
      : "unknown";
  switch (code) {
    case "EACCES":
    case "EPERM":
      return { kind: "permission" };
    case "ENOSPC":
    case "EDQUOT":
      return { kind: "no-space" };
    case "EROFS":
      return { kind: "read-only" };
    case "EISDIR":
      return { kind: "folder" };
    case "ENOTDIR":
    case "EEXIST":
      return { kind: "not-a-folder" };
    default:
      return { kind: "other", code };
  }
}
