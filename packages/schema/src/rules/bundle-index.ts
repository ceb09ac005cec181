import type { Bundle, Entity } from "../model/bundle";
import type { Person } from "../model/person";
import type { BundleIndex, RuleContext } from "./rule";

/** Builds the index, reporting every repeated id (TIPX401). */
export function indexBundle(bundle: Bundle, report: RuleContext["report"]): BundleIndex {
  const byId = new Map<string, { index: number; entity: Entity }>();
  bundle.entities.forEach((entity, index) => {
    const first = byId.get(entity.id);
    if (first) report("TIPX401", ["entities", index, "id"], { first: `/entities/${first.index}` });
    else byId.set(entity.id, { index, entity });
  });
  return { byId, bundleDay: bundle.createdAt.slice(0, 10) };
}

/** Returns the Person with `id`, if the bundle has one. */
export function personById(index: BundleIndex, id: string): { index: number; person: Person } | undefined {
  const hit = index.byId.get(id);
  return hit && hit.entity.type === "Person" ? { index: hit.index, person: hit.entity } : undefined;
}

/** A rule context for `bundle` that hands every report to `report` (what `validate()` and tests use). */
export function ruleContext(bundle: Bundle, report: RuleContext["report"]): RuleContext {
  return { report, index: indexBundle(bundle, report) };
}
