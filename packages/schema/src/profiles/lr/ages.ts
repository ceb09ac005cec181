import type { ChildLabourAges } from "../child-labour/age-limit";

/**
 * Liberia's child-labour ages, with their sources; what the sources only report or that is inferred is
 * `verified: false`, and an age they do not give is `null`.
 *
 * @see DOMAIN.md §3.2
 */
export const liberianChildLabourAges: ChildLabourAges = {
  generalMinimum: {
    age: 16,
    note: "Reported from a pre-2015 US DOL table; the Decent Work Act 2015 figure is unverified.",
    source: "DOMAIN.md §3.2 [S18b]; §11 item 5",
    verified: false,
  },
  lightWork: {
    age: null,
    note: "Light-work provision unverified.",
    source: "DOMAIN.md §3.2; §11 item 5",
    verified: false,
  },
  hazardousWork: { age: 18, note: "Decent Work Act 2015 s.21.4(a).", source: "DOMAIN.md §3.2 [S19]", verified: true },
  compulsoryEducationEnds: {
    age: 15,
    note: "Inferred: one year below the minimum working age (US DOL 2016).",
    source: "DOMAIN.md §3.2 [S18]; §11 item 5",
    verified: false,
  },
  c138SpecifiedAge: {
    age: null,
    note: "Ratification deposited 13 June 2022; the specified age is unverified.",
    source: "DOMAIN.md §3.2 [S9]; §11 item 4",
    verified: false,
  },
};
