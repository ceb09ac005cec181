import type { ChildLabourAges } from "../child-labour/age-limit";

/**
 * Thailand's child-labour ages, with their sources; what the sources only report or that is inferred is
 * `verified: false`, and an age they do not give is `null`.
 *
 * @see Labour Protection Act B.E. 2541 (1998); ILO Minimum Age Convention, 1973 (No. 138)
 */
export const thaiChildLabourAges: ChildLabourAges = {
  generalMinimum: {
    age: 15,
    note: "Labour Protection Act 1998: employment under 15 is prohibited. The Act covers employees only.",
    source: "Labour Protection Act B.E. 2541 (1998); ILO NORMLEX, C138 ratified by Thailand with specified age 15",
    verified: true,
  },
  lightWork: {
    age: null,
    note: "No light-work provision was found.",
    source: "Labour Protection Act B.E. 2541 (1998): no light-work provision found (unverified)",
    verified: false,
  },
  hazardousWork: {
    age: 18,
    note: "Hazardous workplaces barred to under-18s include sea fishing vessels and seafood processing.",
    source: "Labour Protection Act B.E. 2541 (1998); ILO CEACR comment on C138 (Thailand, 2019)",
    verified: true,
  },
  compulsoryEducationEnds: {
    age: 15,
    note: "Nine years, grade 1 to the end of lower secondary (about age 15); reported, exact upper age unverified.",
    source: "Reported by secondary sources; Thailand's compulsory-education law not checked (unverified)",
    verified: false,
  },
  c138SpecifiedAge: {
    age: 15,
    note: "Ratified 11 May 2004.",
    source: "ILO NORMLEX, ratifications for Thailand: C138, 11 May 2004, specified age 15",
    verified: true,
  },
};
