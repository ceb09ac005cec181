import type { Bundle } from "../model/bundle";
import type { Case } from "../model/case";
import { at } from "./at";
import { personById } from "./bundle-index";
import type { BundleIndex, PathSegment, Rule, RuleContext } from "./rule";

const VICTIM_ROLES = ["victim", "presumed-victim"] as const;
const MULTI_SELECT_VICTIM_FIELDS = [
  "methodsOfControl",
  "exploitationTypes",
  "recruitmentMethods",
  "forcedLabourIndustries",
  "sexExploitationTypes",
  "forcedCriminalityTypes",
] as const;
const DEPRECATED_VICTIM_FIELDS = ["vulnerabilities", "vulnerabilityDetails", "agreementToManagePersonalData"] as const;

/** Multi-select fields whose codes should each appear once (TIPX202). */
function checkRepeats(
  context: RuleContext,
  codes: readonly string[] | undefined,
  n: number,
  a: PathSegment,
  b?: PathSegment,
  c?: PathSegment,
  d?: PathSegment,
): void {
  if (codes && codes.length > 1 && hasRepeat(codes)) context.report("TIPX202", at(n, a, b, c, d), {});
}

/** Code lists in a record are short: a double loop beats building a Set on this hot path. */
function hasRepeat(codes: readonly string[]): boolean {
  for (let i = 1; i < codes.length; i++) for (let j = 0; j < i; j++) if (codes[i] === codes[j]) return true;
  return false;
}

function checkCase(context: RuleContext, index: BundleIndex, c: Case, n: number): void {
  let hasVictim = false;
  c.parties.forEach((party, i) => {
    const isVictim = party.roles.some((role) => role === "victim" || role === "presumed-victim");
    hasVictim ||= isVictim;
    checkRepeats(context, party.roles, n, "parties", i, "roles");
    if (party.victim && !isVictim) context.report("TIPX411", at(n, "parties", i, "victim"), { expected: VICTIM_ROLES });
    if (party.perpetrator && !party.roles.includes("suspect"))
      context.report("TIPX411", at(n, "parties", i, "perpetrator"), { expected: ["suspect"] });
    const v = party.victim;
    if (isVictim) {
      const person = personById(index, party.person);
      if (person && !person.person.birthDate && !person.person.ageEstimate) {
        context.report("TIPX602", ["entities", person.index], {});
      }
    }
    if (v) {
      for (const name of MULTI_SELECT_VICTIM_FIELDS) checkRepeats(context, v[name], n, "parties", i, "victim", name);
      for (const name of DEPRECATED_VICTIM_FIELDS)
        if (v[name] !== undefined) context.report("TIPX604", at(n, "parties", i, "victim", name), {});
    }
  });
  if (!hasVictim) context.report("TIPX601", at(n, "parties"), {});
}

/**
 * Case parties: roles fit contexts (TIPX411), a case has a victim (TIPX601), victims have an age
 * (TIPX602), no deprecated fields (TIPX604), no repeated codes (TIPX202); operation counts cover the
 * named persons (TIPX409); a consent to the use of data names a purpose (TIPX418). The HTCDS core
 * fields (TIPX603) are checked by core-fields.ts.
 */
export const checkParties: Rule = (bundle: Bundle, context: RuleContext) => {
  const { index } = context;
  bundle.entities.forEach((e, n) => {
    if (e.type === "Case") checkCase(context, index, e, n);
    else if (e.type === "Person") {
      checkRepeats(context, e.citizenships, n, "citizenships");
      checkRepeats(context, e.languages, n, "languages");
    } else if (e.type === "Consent") {
      checkRepeats(context, e.purposes, n, "purposes");
      checkRepeats(context, e.informedOf, n, "informedOf");
      if (e.kind !== "interview" && e.decision !== "refused" && e.purposes.length === 0)
        context.report("TIPX418", at(n, "purposes"), {});
    } else if (e.type === "Operation") {
      for (const key of ["rescued", "arrested"] as const) {
        const head = e[key];
        if (head?.count !== undefined && head.persons && head.count < head.persons.length) {
          context.report("TIPX409", at(n, key, "count"), {});
        }
      }
    }
  });
};
