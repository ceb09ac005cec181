import type { ProfileRule } from "../../rules/rule";
import type { ProfileCode } from "../profile-code";
import { isSubdivisionOf } from "../subdivisions/subdivisions";
import { _forEachPlace } from "./_places";

/**
 * Creates the rule that every subdivision code with the profile country's prefix is in that country's
 * ISO 3166-2 list (TIPX310). Whether a subdivision matches its place's country is a base rule
 * (TIPX407), so this one looks only at the prefix.
 *
 * @example
 * ```ts
 * const rule = subdivisionRule("PY");
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function subdivisionRule(country: ProfileCode): ProfileRule {
  const prefix = `${country}-`;
  return (bundle, context) => {
    let looked = false;
    _forEachPlace(bundle, (place, path) => {
      const code = place.subdivision;
      if (place.country === country || code?.startsWith(prefix)) looked = true;
      if (code?.startsWith(prefix) && !isSubdivisionOf(country, code)) {
        context.report("TIPX310", [...path, "subdivision"], { country });
      }
    });
    return looked;
  };
}
