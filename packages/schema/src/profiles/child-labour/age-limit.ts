import type { Sourced } from "../sourced";

/**
 * An age limit with its source: `age` is `null` when the sources do not give one.
 *
 * @example
 * ```ts
 * import type { AgeLimit } from "@tipx/schema";
 * const limit: AgeLimit = { age: 18, source: "Labour Protection Act B.E. 2541 (1998)", verified: true };
 * ```
 */
export interface AgeLimit extends Sourced {
  /** The age in years, or `null` when it is unknown or the law sets none. */
  readonly age: number | null;
  /** What the number means in this country, when that needs saying. */
  readonly note?: string;
}

/**
 * A country's child-labour ages, for the indicators package.
 *
 * @example
 * ```ts
 * import { CHILD_LABOUR_AGES, type ChildLabourAges } from "@tipx/schema";
 * const thai: ChildLabourAges = CHILD_LABOUR_AGES.TH;
 * thai.hazardousWork.age; // 18
 * ```
 */
export interface ChildLabourAges {
  /** The general minimum age for work. */
  readonly generalMinimum: AgeLimit;
  /** The minimum age for light work, where the law allows it. */
  readonly lightWork: AgeLimit;
  /** The minimum age for hazardous work (ILO C182 art. 3(d)). */
  readonly hazardousWork: AgeLimit;
  /** The age at which compulsory education ends. */
  readonly compulsoryEducationEnds: AgeLimit;
  /** The minimum age the country specified when it ratified ILO C138. */
  readonly c138SpecifiedAge: AgeLimit;
}
