import type { Bundle } from "@tipx/schema";

/**
 * A bundle with its place in the input: the line of an NDJSON file, or its position in a list.
 *
 * @example
 * ```ts
 * import type { NumberedBundle } from "@tipx/convert";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundle: Bundle;
 * const item: NumberedBundle = { row: 3, bundle };
 * ```
 */
export interface NumberedBundle {
  /** The bundle's line or position (the first is 1); issues about its records name it as their `row`. */
  readonly row: number;
  readonly bundle: Bundle;
}

/**
 * The bundles a streaming converter reads, one at a time: plain bundles (numbered 1, 2, ... in input
 * order) or numbered ones, from an iterable or an async iterable.
 *
 * @example
 * ```ts
 * import type { BundleSource } from "@tipx/convert";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundles: Bundle[];
 * const source: BundleSource = bundles;
 * ```
 */
export type BundleSource =
  | AsyncIterable<Bundle | NumberedBundle>
  | Iterable<Bundle | NumberedBundle>
  | AsyncIterable<Bundle>
  | Iterable<Bundle>;

const isNumbered = (item: Bundle | NumberedBundle): item is NumberedBundle =>
  "bundle" in item && typeof (item as NumberedBundle).row === "number";

/**
 * The bundles of a source with their rows, each with only the entities no earlier bundle had (by id),
 * as joining them into one bundle would keep them; a bundle left with none is not given.
 */
export async function* _numberedBundles(source: BundleSource): AsyncGenerator<NumberedBundle, void, undefined> {
  const seen = new Set<string>();
  let position = 0;
  for await (const item of source as AsyncIterable<Bundle | NumberedBundle>) {
    position += 1;
    const { row, bundle } = isNumbered(item) ? item : { row: position, bundle: item };
    const kept = bundle.entities.filter((entity) => {
      if (seen.has(entity.id)) return false;
      seen.add(entity.id);
      return true;
    });
    if (kept.length === bundle.entities.length) yield { row, bundle };
    else if (kept.length > 0) yield { row, bundle: { ...bundle, entities: kept } };
  }
}
