import type { Bundle } from "../../model/bundle";
import type { Place } from "../../model/primitives";
import type { PathSegment, RuleContext } from "../rule";
import type { BaseRule } from "./bundle-index";

function checkPlace(context: RuleContext, place: Pick<Place, "country" | "subdivision"> | undefined, path: readonly PathSegment[]): void {
  if (place?.country && place.subdivision && !place.subdivision.startsWith(`${place.country}-`)) {
    context.report("TIPX407", [...path, "subdivision"], {});
  }
}

/** A subdivision code belongs to its place's country (TIPX407). */
export const checkPlaces: BaseRule = (bundle: Bundle, context: RuleContext) => {
  bundle.entities.forEach((e, n) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ["entities", n, ...rest];
    switch (e.type) {
      case "Person":
        checkPlace(context, e.address, at("address"));
        return;
      case "Organization":
        checkPlace(context, e.address, at("address"));
        return;
      case "Operation":
        checkPlace(context, e.place, at("place"));
        return;
      case "Case":
        checkPlace(context, e.jurisdiction, at("jurisdiction"));
        e.events?.forEach((ev, i) => checkPlace(context, ev.place, at("events", i, "place")));
        e.parties.forEach((p, i) => {
          checkPlace(context, p.victim?.recruitmentPlace, at("parties", i, "victim", "recruitmentPlace"));
          checkPlace(context, p.victim?.exploitationPlace, at("parties", i, "victim", "exploitationPlace"));
        });
        return;
      case "LegalProceeding":
        checkPlace(context, e.jurisdiction, at("jurisdiction"));
        return;
      default:
        return;
    }
  });
};
