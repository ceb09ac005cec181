import type { Bundle } from "../model/bundle";
import type { EntityType } from "../model/entity-base";
import { at } from "./at";
import type { PathSegment, ReportedParams, Rule, RuleContext } from "./rule";

/**
 * Visits one reference: the id (if present), the type it must point at, and the pieces of its path
 * (the entity's position, then keys and indexes), from which the path is built only when needed.
 */
type ReferenceVisitor = (
  id: string | undefined,
  target: EntityType,
  n: number,
  a?: PathSegment,
  b?: PathSegment,
  c?: PathSegment,
  d?: PathSegment,
  e?: PathSegment,
  f?: PathSegment,
) => void;

/** Visits a list of references; the item's index goes after the given path pieces. */
function many(
  visit: ReferenceVisitor,
  ids: readonly string[] | undefined,
  target: EntityType,
  n: number,
  a: PathSegment,
  b?: PathSegment,
  c?: PathSegment,
): void {
  if (!ids) return;
  for (let i = 0; i < ids.length; i++) {
    if (b === undefined) visit(ids[i], target, n, a, i);
    else if (c === undefined) visit(ids[i], target, n, a, b, i);
    else visit(ids[i], target, n, a, b, c, i);
  }
}

/**
 * Every reference field of the model, with the entity type it must point at. A test checks this list
 * against the `references` metadata of the field registry, so a new reference field cannot be missed.
 */
function visitReferences(bundle: Bundle, visit: ReferenceVisitor): void {
  const entities = bundle.entities;
  for (let n = 0; n < entities.length; n++) {
    const e = entities[n];
    if (!e) continue;
    switch (e.type) {
      case "Case":
        visit(e.owner, "Organization", n, "owner");
        visit(e.caseWorker?.person, "Person", n, "caseWorker", "person");
        visit(e.caseWorker?.organization, "Organization", n, "caseWorker", "organization");
        for (let i = 0; i < e.parties.length; i++) {
          const party = e.parties[i];
          visit(party?.person, "Person", n, "parties", i, "person");
          const victim = party?.victim;
          if (victim === undefined) continue;
          visit(
            victim.identification?.organization,
            "Organization",
            n,
            "parties",
            i,
            "victim",
            "identification",
            "organization",
          );
          victim.perpetrators?.forEach((link, j) =>
            visit(link.person, "Person", n, "parties", i, "victim", "perpetrators", j, "person"),
          );
        }
        e.events?.forEach((ev, i) => {
          many(visit, ev.persons, "Person", n, "events", i, "persons");
          ev.participants?.forEach((p, j) => visit(p.person, "Person", n, "events", i, "participants", j, "person"));
        });
        many(visit, e.relatedCases, "Case", n, "relatedCases");
        e.comments?.forEach((c, i) => visit(c.author, "Organization", n, "comments", i, "author"));
        e.supportPlans?.forEach((s, i) => visit(s.person, "Person", n, "supportPlans", i, "person"));
        break;
      case "Person":
        visit(e.position?.organization, "Organization", n, "position", "organization");
        break;
      case "Operation":
        visit(e.leadAgency, "Organization", n, "leadAgency");
        many(visit, e.otherAgencies, "Organization", n, "otherAgencies");
        many(visit, e.rescued?.persons, "Person", n, "rescued", "persons");
        many(visit, e.arrested?.persons, "Person", n, "arrested", "persons");
        many(visit, e.cases, "Case", n, "cases");
        break;
      case "Referral":
        visit(e.from, "Organization", n, "from");
        visit(e.to, "Organization", n, "to");
        visit(e.person, "Person", n, "person");
        visit(e.case, "Case", n, "case");
        visit(e.consent, "Consent", n, "consent");
        break;
      case "Consent":
        visit(e.person, "Person", n, "person");
        visit(e.guardian, "Person", n, "guardian");
        visit(e.recordedBy, "Organization", n, "recordedBy");
        many(visit, e.recipients, "Organization", n, "recipients");
        break;
      case "Assessment":
        visit(e.subject, "Person", n, "subject");
        visit(e.case, "Case", n, "case");
        visit(e.assessor, "Organization", n, "assessor");
        break;
      case "LegalProceeding":
        visit(e.case, "Case", n, "case");
        e.charges.forEach((c, i) => many(visit, c.against, "Person", n, "charges", i, "against"));
        break;
      default:
        break;
    }
  }
}

function envelopePath(bundle: Bundle, visit: (id: string | undefined, path: readonly PathSegment[]) => void): void {
  visit(bundle.sender.organization, ["sender", "organization"]);
  bundle.recipients?.forEach((r, i) => visit(r.organization, ["recipients", i, "organization"]));
}

/**
 * Lists every reference of a bundle as a path and its target type (used by tests and converters).
 *
 * @example
 * ```ts
 * import { listReferences, type Bundle } from "@tipx/schema";
 * const bundle: Bundle = { tipx: "1.0", id: "c0ffee00-1234-4abc-8def-0123456789ab", createdAt: "2022-04-01T09:00:00Z", sender: { name: "X" }, purpose: "statistics", entities: [] };
 * listReferences(bundle); // []
 * ```
 */
export function listReferences(bundle: Bundle): { path: readonly PathSegment[]; target: EntityType }[] {
  const out: { path: readonly PathSegment[]; target: EntityType }[] = [];
  envelopePath(bundle, (id, path) => {
    if (id !== undefined) out.push({ path, target: "Organization" });
  });
  visitReferences(bundle, (id, target, n, a, b, c, d, e, f) => {
    if (id !== undefined) out.push({ path: at(n, a, b, c, d, e, f), target });
  });
  return out;
}

/** Every id a bundle refers to must be an entity of the bundle (TIPX402) of the right type (TIPX403). */
export const checkReferences: Rule = (bundle: Bundle, context: RuleContext) => {
  const { index } = context;
  // One lookup per reference, and no path (nor closure) built unless there is something to report.
  const problem = (id: string | undefined, target: EntityType): RawProblem | undefined => {
    if (id === undefined) return undefined;
    const hit = index.byId.get(id);
    if (!hit) return { code: "TIPX402", params: { expected: [target] } };
    return hit.entity.type === target
      ? undefined
      : { code: "TIPX403", params: { expected: [target], received: hit.entity.type } };
  };
  envelopePath(bundle, (id, path) => {
    const found = problem(id, "Organization");
    if (found) report(context, found, path);
  });
  visitReferences(bundle, (id, target, n, a, b, c, d, e, f) => {
    const found = problem(id, target);
    if (found) report(context, found, at(n, a, b, c, d, e, f));
  });
};

function report(context: RuleContext, problem: RawProblem, path: readonly PathSegment[]): void {
  if (problem.code === "TIPX402") context.report(problem.code, path, problem.params);
  else context.report(problem.code, path, problem.params);
}

type RawProblem =
  | { readonly code: "TIPX402"; readonly params: ReportedParams<"TIPX402"> }
  | { readonly code: "TIPX403"; readonly params: ReportedParams<"TIPX403"> };
