import type { Sourced } from "../_sourced";
import type { ProfileCode } from "../profile-code";

/**
 * An age limit with its source: `age` is `null` when the sources do not give one.
 *
 * @example
 * ```ts
 * import type { AgeLimit } from "@tipx/schema";
 * const limit: AgeLimit = { age: 18, source: "DOMAIN.md §3.2 [S21]", verified: true };
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

/**
 * The child-labour ages of each profile country, with their sources. Ages the sources report only or
 * that are inferred are `verified: false`; ages the sources do not give are `null`.
 *
 * @see DOMAIN.md §3.2; §11 items 4–8
 * @example
 * ```ts
 * import { CHILD_LABOUR_AGES } from "@tipx/schema";
 * CHILD_LABOUR_AGES.AR.generalMinimum.age; // 16
 * CHILD_LABOUR_AGES.LR.generalMinimum.verified; // false
 * ```
 */
export const CHILD_LABOUR_AGES: { readonly [K in ProfileCode]: ChildLabourAges } = {
  TH: {
    generalMinimum: {
      age: 15,
      note: "Labour Protection Act 1998: employment under 15 is prohibited. The Act covers employees only.",
      source: "DOMAIN.md §3.2 [S21][S11]",
      verified: true,
    },
    lightWork: { age: null, note: "No light-work provision was found.", source: "DOMAIN.md §3.2; §11 item 6", verified: false },
    hazardousWork: {
      age: 18,
      note: "Hazardous workplaces barred to under-18s include sea fishing vessels and seafood processing.",
      source: "DOMAIN.md §3.2 [S21][S21b]",
      verified: true,
    },
    compulsoryEducationEnds: {
      age: 15,
      note: "Nine years, grade 1 to the end of lower secondary (about age 15); reported, exact upper age unverified.",
      source: "DOMAIN.md §3.2 [S27]; §11 item 6",
      verified: false,
    },
    c138SpecifiedAge: { age: 15, note: "Ratified 11 May 2004.", source: "DOMAIN.md §3.2 [S11]", verified: true },
  },
  LR: {
    generalMinimum: {
      age: 16,
      note: "Reported from a pre-2015 US DOL table; the Decent Work Act 2015 figure is unverified.",
      source: "DOMAIN.md §3.2 [S18b]; §11 item 5",
      verified: false,
    },
    lightWork: { age: null, note: "Light-work provision unverified.", source: "DOMAIN.md §3.2; §11 item 5", verified: false },
    hazardousWork: { age: 18, note: "Decent Work Act 2015 s.21.4(a).", source: "DOMAIN.md §3.2 [S19]", verified: true },
    compulsoryEducationEnds: {
      age: 15,
      note: "Inferred: one year below the minimum working age (US DOL 2016).",
      source: "DOMAIN.md §3.2 [S18]; §11 item 5",
      verified: false,
    },
    c138SpecifiedAge: { age: null, note: "Ratification deposited 13 June 2022; the specified age is unverified.", source: "DOMAIN.md §3.2 [S9]; §11 item 4", verified: false },
  },
  PY: {
    generalMinimum: {
      age: 14,
      note: "Limited adolescent work from 14 (14–17 only in safe conditions); formal full-time employment, including domestic work, from 18.",
      source: "DOMAIN.md §3.2 [S22][S22b][S23]",
      verified: true,
    },
    lightWork: { age: null, note: "Light-work rules unverified.", source: "DOMAIN.md §3.2; §11 item 7", verified: false },
    hazardousWork: { age: 18, note: "Labour Code s.125; hazardous list in Decree 4951.", source: "DOMAIN.md §3.2 [S22][S22c]", verified: true },
    compulsoryEducationEnds: {
      age: null,
      note: "Unverified (a 2008 US DOL figure of 14 is outdated).",
      source: "DOMAIN.md §3.2 [S17]; §11 item 7",
      verified: false,
    },
    c138SpecifiedAge: { age: 14, note: "Ratified 3 March 2004; specified age 14 unverified.", source: "DOMAIN.md §3.2 [S17]; §11 item 4", verified: false },
  },
  AR: {
    generalMinimum: {
      age: 16,
      note: "Law 26.390 (2008) art. 2: all work under 16 is prohibited, paid or not; 16–17-year-olds may work with parental authorisation.",
      source: "DOMAIN.md §3.2 [S24]",
      verified: true,
    },
    lightWork: {
      age: 14,
      note: "From 14 to 16 in a family enterprise of a parent, at most 3 hours a day, non-hazardous, with school attendance (reported).",
      source: "DOMAIN.md §3.2 [S24c] (secondary)",
      verified: false,
    },
    hazardousWork: { age: 18, note: "Hazardous list in Decree 1117/2016.", source: "DOMAIN.md §3.2 [S25]", verified: true },
    compulsoryEducationEnds: {
      age: null,
      note: "Compulsory from age 4 (Law on Early Education, 2015) to the end of secondary school; the upper age is unverified.",
      source: "DOMAIN.md §3.2 [S26]; §11 item 8",
      verified: false,
    },
    c138SpecifiedAge: {
      age: 14,
      note: "Ratified 11 November 1996 declaring 14 (reported); whether 16 was notified later is unverified.",
      source: "DOMAIN.md §3.2 [S9c]; §11 item 4",
      verified: false,
    },
  },
};
