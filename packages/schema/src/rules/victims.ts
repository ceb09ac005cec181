import type { Bundle } from "../model/bundle";
import type { Case } from "../model/case";
import { at } from "./at";
import { toJsonPointer } from "./json-pointer";
import type { PathSegment, Rule, RuleContext } from "./rule";

/** The ids of the people of a case, and of those with the role `suspect`. */
function partiesOf(c: Case): { readonly all: ReadonlySet<string>; readonly suspects: ReadonlySet<string> } {
  const all = new Set<string>();
  const suspects = new Set<string>();
  for (const party of c.parties) {
    all.add(party.person);
    if (party.roles.includes("suspect")) suspects.add(party.person);
  }
  return { all, suspects };
}

/** Perpetrator links name suspects (TIPX412); route legs name parties (TIPX413); statuses fit roles. */
function checkCase(context: RuleContext, c: Case, n: number): void {
  const { all, suspects } = partiesOf(c);
  c.parties.forEach((party, i) => {
    const victim = party.victim;
    if (!victim) return;
    // The path is made only for a report: most victims have nothing to report.
    const base = (): PathSegment[] => at(n, "parties", i, "victim");
    victim.perpetrators?.forEach((link, j) => {
      if (!suspects.has(link.person) || link.person === party.person)
        context.report("TIPX412", [...base(), "perpetrators", j, "person"], {});
    });
    if (victim.forcedCriminalityTypes?.length && !victim.exploitationTypes?.includes("ForcedCriminality"))
      context.report("TIPX414", [...base(), "forcedCriminalityTypes"], {});
    const status = victim.traffickingStatus;
    if (status === "NotAVictimOfTrafficking" && party.roles.includes("victim"))
      context.report("TIPX416", [...base(), "traffickingStatus"], {});
    if (status === "ActualVictimOfTrafficking" && party.roles.includes("presumed-victim"))
      context.report("TIPX417", [...base(), "traffickingStatus"], {});
  });
  c.events?.forEach((event, i) => {
    event.participants?.forEach((participant, j) => {
      if (!all.has(participant.person)) context.report("TIPX413", at(n, "events", i, "participants", j, "person"), {});
    });
  });
}

/** Where a person is a victim or presumed victim: the case's position and the party's path. */
interface VictimPlace {
  readonly caseId: string;
  /** Where the party is: `entities[n].parties[i]`. */
  readonly n: number;
  readonly i: number;
}

/**
 * The non-punishment principle (TIPX415, info): a person who is a suspect in a case and a victim or
 * presumed victim in the same case or in a linked one (`relatedCases`, either way).
 */
function checkNonPunishment(bundle: Bundle, context: RuleContext): void {
  const victimIn = new Map<string, VictimPlace[]>();
  const linked = new Map<string, Set<string>>();
  const link = (a: string, b: string): void => {
    const set = linked.get(a);
    if (set) set.add(b);
    else linked.set(a, new Set([b]));
  };
  let hasSuspect = false;
  bundle.entities.forEach((e, n) => {
    if (e.type !== "Case") return;
    for (const other of e.relatedCases ?? []) {
      link(e.id, other);
      link(other, e.id);
    }
    e.parties.forEach((party, i) => {
      if (party.roles.includes("suspect")) hasSuspect = true;
      if (!party.roles.includes("victim") && !party.roles.includes("presumed-victim")) return;
      const places = victimIn.get(party.person) ?? [];
      places.push({ caseId: e.id, n, i });
      victimIn.set(party.person, places);
    });
  });
  if (!hasSuspect || victimIn.size === 0) return;
  bundle.entities.forEach((e, n) => {
    if (e.type !== "Case") return;
    e.parties.forEach((party, i) => {
      if (!party.roles.includes("suspect")) return;
      const place = victimIn
        .get(party.person)
        ?.find((p) => p.caseId === e.id || linked.get(e.id)?.has(p.caseId) === true);
      if (place)
        context.report("TIPX415", at(n, "parties", i), { otherPath: toJsonPointer(at(place.n, "parties", place.i)) });
    });
  });
}

/**
 * Victims and their perpetrators: perpetrator links name suspects of the case (TIPX412), people on a
 * route leg are parties of the case (TIPX413), forced-criminality subtypes come with forced criminality
 * (TIPX414), a suspect who is also a victim draws attention to the non-punishment principle (TIPX415),
 * and roles agree with trafficking statuses (TIPX416, TIPX417).
 */
export const checkVictims: Rule = (bundle: Bundle, context: RuleContext) => {
  bundle.entities.forEach((e, n) => {
    if (e.type === "Case") checkCase(context, e, n);
  });
  checkNonPunishment(bundle, context);
};
