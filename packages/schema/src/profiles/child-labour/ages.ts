import { _perProfile } from "../_per-profile";
import type { ProfileCode } from "../profile-code";
import { PROFILE_DATA } from "../profile-data";
import type { ChildLabourAges } from "./age-limit";

/**
 * The child-labour ages of each profile country (each stated in `profiles/<cc>/ages.ts`), with their
 * sources. Ages the sources report only or that are inferred are `verified: false`; ages the sources do
 * not give are `null`.
 *
 * @see ILO Minimum Age Convention, 1973 (No. 138); ILO Worst Forms of Child Labour Convention, 1999 (No. 182)
 * @example
 * ```ts
 * import { CHILD_LABOUR_AGES } from "@tipx/schema";
 * CHILD_LABOUR_AGES.AR.generalMinimum.age; // 16
 * CHILD_LABOUR_AGES.LR.generalMinimum.verified; // false
 * ```
 */
export const CHILD_LABOUR_AGES: { readonly [K in ProfileCode]: ChildLabourAges } = /* @__PURE__ */ _perProfile(
  (code) => PROFILE_DATA[code].childLabour,
);
