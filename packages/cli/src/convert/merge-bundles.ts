import type { Bundle } from "@tipx/schema";

/**
 * Joins the bundles of an input into one, so that a row output (CTDC rows are k-anonymised over the
 * whole dataset) sees every record: the first bundle's header, and every entity once by id.
 *
 * @param bundles - the bundles, in input order.
 * @returns the joined bundle, or `undefined` when there is none.
 */
export async function mergeBundles(bundles: AsyncIterable<Bundle>): Promise<Bundle | undefined> {
  let first: Bundle | undefined;
  const seen = new Set<string>();
  const entities: Bundle["entities"][number][] = [];
  for await (const bundle of bundles) {
    first ??= bundle;
    for (const entity of bundle.entities) {
      if (seen.has(entity.id)) continue;
      seen.add(entity.id);
      entities.push(entity);
    }
  }
  return first === undefined ? undefined : { ...first, entities };
}
