import type { Bundle } from "../../model/bundle";
import type { EntityType } from "../../model/entity-base";
import type { PathSegment, RuleContext } from "../rule";
import type { BaseRule, BundleIndex } from "./bundle-index";

/**
 * Every reference field of the model, with the entity type it must point at. A test checks this list
 * against the `references` metadata of the field registry, so a new reference field cannot be missed.
 */
type ReferenceVisitor = (id: string | undefined, path: readonly PathSegment[], target: EntityType) => void;

function visitReferences(bundle: Bundle, visit: ReferenceVisitor): void {
  visit(bundle.sender.organization, ["sender", "organization"], "Organization");
  bundle.recipients?.forEach((r, i) => visit(r.organization, ["recipients", i, "organization"], "Organization"));
  const many = (ids: readonly string[] | undefined, path: readonly PathSegment[], target: EntityType): void =>
    ids?.forEach((id, i) => visit(id, [...path, i], target));
  bundle.entities.forEach((e, n) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ["entities", n, ...rest];
    switch (e.type) {
      case "Case":
        visit(e.owner, at("owner"), "Organization");
        e.parties.forEach((p, i) => visit(p.person, at("parties", i, "person"), "Person"));
        e.events?.forEach((ev, i) => many(ev.persons, at("events", i, "persons"), "Person"));
        e.comments?.forEach((c, i) => visit(c.author, at("comments", i, "author"), "Organization"));
        e.supportPlans?.forEach((s, i) => visit(s.person, at("supportPlans", i, "person"), "Person"));
        return;
      case "Operation":
        visit(e.leadAgency, at("leadAgency"), "Organization");
        many(e.otherAgencies, at("otherAgencies"), "Organization");
        many(e.rescued?.persons, at("rescued", "persons"), "Person");
        many(e.arrested?.persons, at("arrested", "persons"), "Person");
        many(e.cases, at("cases"), "Case");
        return;
      case "Referral":
        visit(e.from, at("from"), "Organization");
        visit(e.to, at("to"), "Organization");
        visit(e.person, at("person"), "Person");
        visit(e.case, at("case"), "Case");
        visit(e.consent, at("consent"), "Consent");
        return;
      case "Consent":
        visit(e.person, at("person"), "Person");
        visit(e.guardian, at("guardian"), "Person");
        visit(e.recordedBy, at("recordedBy"), "Organization");
        return;
      case "Assessment":
        visit(e.subject, at("subject"), "Person");
        visit(e.case, at("case"), "Case");
        visit(e.assessor, at("assessor"), "Organization");
        return;
      case "LegalProceeding":
        visit(e.case, at("case"), "Case");
        e.charges.forEach((c, i) => many(c.against, at("charges", i, "against"), "Person"));
        return;
      case "Person":
      case "Organization":
        return;
    }
  });
}

/**
 * Lists every reference of a bundle as a path and its target type (used by tests and converters).
 */
export function listReferences(bundle: Bundle): { path: readonly PathSegment[]; target: EntityType }[] {
  const out: { path: readonly PathSegment[]; target: EntityType }[] = [];
  visitReferences(bundle, (id, path, target) => {
    if (id !== undefined) out.push({ path, target });
  });
  return out;
}

/** Every id a bundle refers to must be an entity of the bundle (TIPX402) of the right type (TIPX403). */
export const checkReferences: BaseRule = (bundle: Bundle, context: RuleContext, index: BundleIndex) => {
  visitReferences(bundle, (id, path, target) => {
    if (id === undefined) return;
    const hit = index.byId.get(id);
    if (!hit) context.report("TIPX402", path, { expected: target });
    else if (hit.entity.type !== target) context.report("TIPX403", path, { expected: target, received: hit.entity.type });
  });
};
