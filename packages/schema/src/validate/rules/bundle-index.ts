import type { Bundle, Entity } from "../../model/bundle";
import type { Person } from "../../model/person";
import type { RuleContext } from "../rule";

/** The entities of a bundle by id, built once per bundle and shared by the base rules. */
export interface BundleIndex {
  /** The first entity with each id, and its position in `entities`. */
  readonly byId: ReadonlyMap<string, { readonly index: number; readonly entity: Entity }>;
  /** The bundle's creation day, `YYYY-MM-DD`. */
  readonly bundleDay: string;
}

/** A base rule: reads the bundle (and the shared index) and reports through the context. */
export type BaseRule = (bundle: Bundle, context: RuleContext, index: BundleIndex) => void;

/** Builds the index, reporting every repeated id (TIPX401). */
export function indexBundle(bundle: Bundle, context: RuleContext): BundleIndex {
  const byId = new Map<string, { index: number; entity: Entity }>();
  bundle.entities.forEach((entity, index) => {
    const first = byId.get(entity.id);
    if (first) context.report("TIPX401", ["entities", index, "id"], { first: `/entities/${first.index}` });
    else byId.set(entity.id, { index, entity });
  });
  return { byId, bundleDay: bundle.createdAt.slice(0, 10) };
}

/** Returns the Person with `id`, if the bundle has one. */
export function personById(index: BundleIndex, id: string): { index: number; person: Person } | undefined {
  const hit = index.byId.get(id);
  return hit && hit.entity.type === "Person" ? { index: hit.index, person: hit.entity } : undefined;
}
