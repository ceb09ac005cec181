import type { ChildLabourAges } from "../child-labour/age-limit";

/**
 * Argentina's child-labour ages, with their sources; what the sources only report or that is inferred is
 * `verified: false`, and an age they do not give is `null`.
 *
 * @see DOMAIN.md §3.2
 */
export const argentineChildLabourAges: ChildLabourAges = {
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
  hazardousWork: {
    age: 18,
    note: "Hazardous list in Decree 1117/2016.",
    source: "DOMAIN.md §3.2 [S25]",
    verified: true,
  },
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
};
