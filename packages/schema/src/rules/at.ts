import type { PathSegment } from "./rule";

/**
 * Builds the path of the `n`th entity and the segments after it. Rules call it only when they report,
 * so a valid bundle allocates no path (the rules run on every record of a large file).
 */
export function at(
  n: number,
  a?: PathSegment,
  b?: PathSegment,
  c?: PathSegment,
  d?: PathSegment,
  e?: PathSegment,
  f?: PathSegment,
): PathSegment[] {
  const path: PathSegment[] = ["entities", n];
  if (a !== undefined) path.push(a);
  if (b !== undefined) path.push(b);
  if (c !== undefined) path.push(c);
  if (d !== undefined) path.push(d);
  if (e !== undefined) path.push(e);
  if (f !== undefined) path.push(f);
  return path;
}
