/** Why an input could not be read. `code` is the system error code, such as `"EIO"`. */
export type UnreadableReason =
  | { readonly kind: "missing" }
  | { readonly kind: "directory" }
  | { readonly kind: "permission" }
  | { readonly kind: "other"; readonly code: string };

/**
 * Classifies a file-system error into an {@link UnreadableReason}.
 */
export function unreadableReason(error: unknown): UnreadableReason {
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
    default:
      return { kind: "other", code: code || (error instanceof Error ? error.name : "unknown") };
  }
}
