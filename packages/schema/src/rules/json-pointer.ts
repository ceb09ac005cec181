import type { PathSegment } from "./rule";

/**
 * Turns path segments into a JSON Pointer (RFC 6901): `["entities", 0, "id"]` becomes `/entities/0/id`.
 *
 * @example
 * ```ts
 * import { toJsonPointer } from "@tipx/schema";
 * toJsonPointer(["entities", 0, "names/aliases"]); // "/entities/0/names~1aliases"
 * ```
 */
export function toJsonPointer(path: readonly PathSegment[]): string {
  let pointer = "";
  for (const segment of path) pointer += `/${String(segment).replace(/~/g, "~0").replace(/\//g, "~1")}`;
  return pointer;
}
