import type { Place } from "@tipx/schema";

/** How far {@link generalizePlace} coarsens a place. */
export type PlacePrecision = "subdivision" | "country";

/**
 * Coarsens a place to its ISO 3166-2 subdivision or its country, dropping the locality, street lines,
 * postal code and coordinates. The result is still a valid `Place`.
 *
 * @param place - The place.
 * @param precision - `"subdivision"` keeps `country` and `subdivision`; `"country"` keeps `country` alone.
 * @returns The coarser place, or `undefined` when nothing of it is left (a place known only by its locality).
 * @example
 * ```ts
 * import { generalizePlace } from "@tipx/privacy";
 * generalizePlace({ country: "TH", subdivision: "TH-63", locality: "Mae Sot" }, "subdivision");
 * // { country: "TH", subdivision: "TH-63" }
 * generalizePlace({ country: "TH", subdivision: "TH-63" }, "country"); // { country: "TH" }
 * ```
 */
export function generalizePlace(place: Place, precision: PlacePrecision): Place | undefined {
  const kept: { -readonly [K in keyof Place]: Place[K] } = {};
  if (place.country !== undefined) kept.country = place.country;
  if (precision === "subdivision" && place.subdivision !== undefined) kept.subdivision = place.subdivision;
  return Object.keys(kept).length === 0 ? undefined : kept;
}
