import type { ChildLabourAges } from "../child-labour/age-limit";

/**
 * Argentina's child-labour ages, with their sources; what the sources only report or that is inferred is
 * `verified: false`, and an age they do not give is `null`.
 *
 * @see Ley 26.390 (2008); ILO Minimum Age Convention, 1973 (No. 138)
 */
export const argentineChildLabourAges: ChildLabourAges = {
  generalMinimum: {
    age: 16,
    note: "Law 26.390 (2008) art. 2: all work under 16 is prohibited, paid or not; 16–17-year-olds may work with parental authorisation.",
    source: "Ley 26.390 (2008) art. 2",
    verified: true,
  },
  lightWork: {
    age: 14,
    note: "From 14 to 16 in a family enterprise of a parent, at most 3 hours a day, non-hazardous, with school attendance (reported).",
    source: "Ley 26.390 (2008), family-enterprise exception, as reported by a secondary source (unverified)",
    verified: false,
  },
  hazardousWork: {
    age: 18,
    note: "Hazardous list in Decree 1117/2016.",
    source:
      "Decree 1117/2016 (hazardous work list); US DOL, 2016 Findings on the Worst Forms of Child Labor: Argentina",
    verified: true,
  },
  compulsoryEducationEnds: {
    age: null,
    note: "Compulsory from age 4 (Law on Early Education, 2015) to the end of secondary school; the upper age is unverified.",
    source:
      "Law on Early Education (2015), per US DOL, 2015 Findings on the Worst Forms of Child Labor: Argentina; upper age unverified",
    verified: false,
  },
  c138SpecifiedAge: {
    age: 14,
    note: "Ratified 11 November 1996 declaring 14 (reported); whether 16 was notified later is unverified.",
    source:
      "ILO C138 ratified by Argentina 11 November 1996; age 14 at ratification reported by a secondary ratification list (unverified)",
    verified: false,
  },
};
