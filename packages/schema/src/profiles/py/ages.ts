import type { ChildLabourAges } from "../child-labour/age-limit";

/**
 * Paraguay's child-labour ages, with their sources; what the sources only report or that is inferred is
 * `verified: false`, and an age they do not give is `null`.
 *
 * @see Código del Trabajo (Paraguay); ILO Minimum Age Convention, 1973 (No. 138)
 */
export const paraguayanChildLabourAges: ChildLabourAges = {
  generalMinimum: {
    age: 14,
    note: "Limited adolescent work from 14 (14–17 only in safe conditions); formal full-time employment, including domestic work, from 18.",
    source:
      "ILO CEACR comment on C59 (Paraguay, 2019); US DOL, 2015 Findings on the Worst Forms of Child Labor: Paraguay; US Department of State, Investment Climate Statement: Paraguay",
    verified: true,
  },
  lightWork: {
    age: null,
    note: "Light-work rules unverified.",
    source: "Paraguayan light-work rules not checked (unverified)",
    verified: false,
  },
  hazardousWork: {
    age: 18,
    note: "Labour Code s.125; hazardous list in Decree 4951.",
    source:
      "Labour Code (Código del Trabajo) s.125; Decree 4951 (hazardous work list); ILO CEACR comment on C138 (Paraguay, 2023)",
    verified: true,
  },
  compulsoryEducationEnds: {
    age: null,
    note: "Unverified (a 2008 US DOL figure of 14 is outdated).",
    source:
      "Not checked; US DOL, 2008 Findings on the Worst Forms of Child Labor: Paraguay gave 14, now outdated (unverified)",
    verified: false,
  },
  c138SpecifiedAge: {
    age: 14,
    note: "Ratified 3 March 2004; specified age 14 unverified.",
    source:
      "ILO C138 ratified by Paraguay 3 March 2004 (US DOL, 2005 and 2008 Findings: Paraguay); specified age not checked in NORMLEX (unverified)",
    verified: false,
  },
};
