import type { Bundle } from "../model/bundle";
import type { Place } from "../model/primitives";
import { at } from "./at";
import type { PathSegment, Rule, RuleContext } from "./rule";

function checkPlace(
  context: RuleContext,
  place: Pick<Place, "country" | "subdivision"> | undefined,
  n: number,
  a: PathSegment,
  b?: PathSegment,
  c?: PathSegment,
  d?: PathSegment,
): void {
  const subdivision = place?.subdivision;
  if (subdivision === undefined || place?.country === undefined) return;
  if (subdivision.charCodeAt(2) === 45 /* - */ && subdivision.startsWith(place.country)) return;
  context.report("TIPX407", [...at(n, a, b, c, d), "subdivision"], {});
}

/** A subdivision code belongs to its place's country (TIPX407). */
export const checkPlaces: Rule = (bundle: Bundle, context: RuleContext) => {
  const entities = bundle.entities;
  for (let n = 0; n < entities.length; n++) {
    const e = entities[n];
    switch (e?.type) {
      case "Person":
      case "Organization":
        checkPlace(context, e.address, n, "address");
        break;
      case "Operation":
        checkPlace(context, e.place, n, "place");
        break;
      case "Case":
        checkPlace(context, e.jurisdiction, n, "jurisdiction");
        e.events?.forEach((ev, i) => checkPlace(context, ev.place, n, "events", i, "place"));
        for (let i = 0; i < e.parties.length; i++) {
          const victim = e.parties[i]?.victim;
          if (!victim) continue;
          checkPlace(context, victim.recruitmentPlace, n, "parties", i, "victim", "recruitmentPlace");
          checkPlace(context, victim.exploitationPlace, n, "parties", i, "victim", "exploitationPlace");
        }
        break;
      case "LegalProceeding":
        checkPlace(context, e.jurisdiction, n, "jurisdiction");
        break;
      default:
        break;
    }
  }
};
