import type { ProfileRule } from "../rules/rule";
import type { ProfileCode } from "./profile-code";
import { agencyRule } from "./profile-rules/agencies";
import { buddhistEraRule } from "./profile-rules/buddhist-era";
import { chargeRule } from "./profile-rules/charges";
import { identifierRule } from "./profile-rules/identifiers";
import { phoneRule } from "./profile-rules/phones";
import { protectionPeriodRule } from "./profile-rules/protection-period";
import { subdivisionRule } from "./profile-rules/subdivisions";

/**
 * The rules a country profile adds to `validate()` (codes TIPX3xx): identity numbers, subdivisions,
 * telephone numbers, charges, agencies, years of the country's calendar era, and victims' protection
 * periods against the one the country's referral mechanism fixes. Rules only read the
 * bundle and report; a profile never changes the shape of the data, so a bundle valid under a profile
 * is valid under the base schema. Each rule returns whether the bundle held anything it looks at.
 *
 * @param code - The profile country.
 * @returns The profile's rules, in the order they run.
 * @example
 * ```ts
 * profileRules("TH").length; // 7
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function profileRules(code: ProfileCode): readonly ProfileRule[] {
  return [
    identifierRule(code),
    subdivisionRule(code),
    phoneRule(code),
    chargeRule(code),
    agencyRule(code),
    buddhistEraRule(code),
    protectionPeriodRule(code),
  ];
}
