import type { PathSegment } from "../rules/rule";

/** The own property `segment` of `value`, or `undefined`; never reads through the prototype. */
export function ownChild(value: unknown, segment: PathSegment): unknown {
  if (value === null || typeof value !== "object") return undefined;
  return Object.hasOwn(value, segment) ? (value as Record<PathSegment, unknown>)[segment] : undefined;
}

/** The value at `path` inside `input`, and whether every step of the path exists as an own property. */
export function valueAt(
  input: unknown,
  path: readonly PathSegment[],
): { readonly present: boolean; readonly value: unknown } {
  let value = input;
  for (const segment of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, segment)) {
      return { present: false, value: undefined };
    }
    value = (value as Record<PathSegment, unknown>)[segment];
  }
  return { present: true, value };
}
