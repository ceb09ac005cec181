import type { ChildLabourAges } from "../child-labour/age-limit";

/**
 * Paraguay's child-labour ages, with their sources; what the sources only report or that is inferred is
 * `verified: false`, and an age they do not give is `null`.
 *
 * @see DOMAIN.md §3.2
 */
export const paraguayanChildLabourAges: ChildLabourAges = {
  generalMinimum: {
    age: 14,
    note: "Limited adolescent work from 14 (14–17 only in safe conditions); formal full-time employment, including domestic work, from 18.",
    source: "DOMAIN.md §3.2 [S22][S22b][S23]",
    verified: true,
  },
  lightWork: { age: null, note: "Light-work rules unverified.", source: "DOMAIN.md §3.2; §11 item 7", verified: false },
  hazardousWork: {
    age: 18,
    note: "Labour Code s.125; hazardous list in Decree 4951.",
    source: "DOMAIN.md §3.2 [S22][S22c]",
    verified: true,
  },
  compulsoryEducationEnds: {
    age: null,
    note: "Unverified (a 2008 US DOL figure of 14 is outdated).",
    source: "DOMAIN.md §3.2 [S17]; §11 item 7",
    verified: false,
  },
  c138SpecifiedAge: {
    age: 14,
    note: "Ratified 3 March 2004; specified age 14 unverified.",
    source: "DOMAIN.md §3.2 [S17]; §11 item 4",
    verified: false,
  },
};
