import type { PathSegment, ProfileRule } from "../../rules/rule";
import { checkPhone } from "../phone/check-phone";
import { PHONE_PLANS } from "../phone/plans";
import type { ProfileCode } from "../profile-code";

/**
 * Creates the rule that checks telephone numbers with the profile country's calling code: no trunk
 * prefix after the calling code (TIPX323) and a national number of a length the numbering plan has
 * (TIPX322). Numbers of other countries are left alone: victims and witnesses often hold foreign
 * numbers. Messages never repeat the number.
 *
 * @example
 * ```ts
 * const rule = phoneRule("LR");
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function phoneRule(country: ProfileCode): ProfileRule {
  const plan = PHONE_PLANS[country];
  const params = {
    country,
    callingCode: plan.callingCode,
    trunkPrefix: plan.trunkPrefix,
    lengths: plan.nationalNumberLengths.join(", "),
  };
  return (bundle, context) => {
    let looked = false;
    const check = (number: string, path: readonly PathSegment[]): void => {
      if (!number.startsWith(`+${plan.callingCode}`)) return;
      looked = true;
      const result = checkPhone(country, number);
      if (!result.ok) context.report(result.code, path, params);
    };
    bundle.entities.forEach((entity, n) => {
      if (entity.type === "Person")
        entity.phones?.forEach((phone, i) => check(phone.number, ["entities", n, "phones", i, "number"]));
      else if (entity.type === "Organization" && entity.phone !== undefined)
        check(entity.phone, ["entities", n, "phone"]);
    });
    return looked;
  };
}
