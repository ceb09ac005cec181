import type { ChildLabourAges } from "../child-labour/age-limit";

/**
 * Thailand's child-labour ages, with their sources; what the sources only report or that is inferred is
 * `verified: false`, and an age they do not give is `null`.
 *
 * @see DOMAIN.md §3.2
 */
export const thaiChildLabourAges: ChildLabourAges = {
  generalMinimum: {
    age: 15,
    note: "Labour Protection Act 1998: employment under 15 is prohibited. The Act covers employees only.",
    source: "DOMAIN.md §3.2 [S21][S11]",
    verified: true,
  },
  lightWork: {
    age: null,
    note: "No light-work provision was found.",
    source: "DOMAIN.md §3.2; §11 item 6",
    verified: false,
  },
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
};
