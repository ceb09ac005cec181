import type { ChildLabourAges } from "../child-labour/age-limit";

/**
 * Liberia's child-labour ages, with their sources; what the sources only report or that is inferred is
 * `verified: false`, and an age they do not give is `null`.
 *
 * @see Decent Work Act 2015 (Liberia); ILO Minimum Age Convention, 1973 (No. 138)
 */
export const liberianChildLabourAges: ChildLabourAges = {
  generalMinimum: {
    age: 16,
    note: "Reported from a pre-2015 US DOL table; the Decent Work Act 2015 figure is unverified.",
    source:
      "US DOL, 2007 Findings on the Worst Forms of Child Labor: Liberia (law before 2015); Decent Work Act 2015 not checked (unverified)",
    verified: false,
  },
  lightWork: {
    age: null,
    note: "Light-work provision unverified.",
    source: "Decent Work Act 2015: light-work provision not checked (unverified)",
    verified: false,
  },
  hazardousWork: {
    age: 18,
    note: "Decent Work Act 2015 s.21.4(a).",
    source: "Decent Work Act 2015 s.21.4(a), cited in the ILO CEACR comment on C182 (Liberia)",
    verified: true,
  },
  compulsoryEducationEnds: {
    age: 15,
    note: "Inferred: one year below the minimum working age (US DOL 2016).",
    source: "Inferred from US DOL, 2016 Findings on the Worst Forms of Child Labor: Liberia (unverified)",
    verified: false,
  },
  c138SpecifiedAge: {
    age: null,
    note: "Ratification deposited 13 June 2022; the specified age is unverified.",
    source:
      "ILO news release, Liberia ratifies C100 and C138 (29 June 2022); specified age not checked in NORMLEX (unverified)",
    verified: false,
  },
};
