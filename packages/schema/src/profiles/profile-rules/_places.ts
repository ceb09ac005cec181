import type { Bundle } from "../../model/bundle";
import type { PathSegment } from "../../rules/rule";

/** The fields of a place a profile rule reads; jurisdictions have the same two. */
export interface _PlaceLike {
  readonly country?: string | undefined;
  readonly subdivision?: string | undefined;
}

/**
 * Calls `visit` with every place of a bundle and its path: addresses, operation sites, case
 * jurisdictions, trafficking-event places, recruitment and exploitation places, and the
 * jurisdictions of legal proceedings.
 */
export function _forEachPlace(bundle: Bundle, visit: (place: _PlaceLike, path: readonly PathSegment[]) => void): void {
  const maybe = (place: _PlaceLike | undefined, path: readonly PathSegment[]): void => {
    if (place !== undefined) visit(place, path);
  };
  bundle.entities.forEach((entity, n) => {
    const at = (...rest: PathSegment[]): PathSegment[] => ["entities", n, ...rest];
    switch (entity.type) {
      case "Person":
      case "Organization":
        maybe(entity.address, at("address"));
        return;
      case "Operation":
        maybe(entity.place, at("place"));
        return;
      case "Case":
        maybe(entity.jurisdiction, at("jurisdiction"));
        entity.events?.forEach((event, i) => maybe(event.place, at("events", i, "place")));
        entity.parties.forEach((party, i) => {
          maybe(party.victim?.recruitmentPlace, at("parties", i, "victim", "recruitmentPlace"));
          maybe(party.victim?.exploitationPlace, at("parties", i, "victim", "exploitationPlace"));
        });
        return;
      case "LegalProceeding":
        maybe(entity.jurisdiction, at("jurisdiction"));
        return;
      default:
        return;
    }
  });
}
