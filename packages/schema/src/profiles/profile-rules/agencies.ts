import type { ProfileRule } from "../../rules/rule";
import { AGENCIES, findAgency } from "../agencies/agencies";
import type { ProfileCode } from "../profile-code";

/**
 * Creates the rule that checks `Organization.agency`: a code with the profile country's prefix, or any
 * code on an organisation of the profile country, must be in one of the profiles' agency lists
 * (TIPX340); an agency whose country differs from the organisation's is a warning when either is the
 * profile country (TIPX341). It looks at an agency of the profile country, or of an organisation there.
 *
 * @example
 * ```ts
 * const rule = agencyRule("TH");
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function agencyRule(country: ProfileCode): ProfileRule {
  const own = AGENCIES[country].meta;
  return (bundle, context) => {
    let looked = false;
    bundle.entities.forEach((entity, n) => {
      if (entity.type !== "Organization" || entity.agency === undefined) return;
      const code = entity.agency;
      const path = ["entities", n, "agency"] as const;
      const agency = findAgency(code);
      const ownPrefix = code.startsWith(`${country}-`);
      if (ownPrefix || entity.country === country || agency?.country === country) looked = true;
      if ((ownPrefix && !Object.hasOwn(own, code)) || (agency === undefined && entity.country === country)) {
        context.report("TIPX340", path, { country });
        return;
      }
      if (
        agency !== undefined &&
        entity.country !== undefined &&
        entity.country !== agency.country &&
        (agency.country === country || entity.country === country)
      ) {
        context.report("TIPX341", path, { agencyCountry: agency.country });
      }
    });
    return looked;
  };
}
