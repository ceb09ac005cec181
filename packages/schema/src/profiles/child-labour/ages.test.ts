import { describe, expect, it } from "vitest";
import { CHILD_LABOUR_AGES } from "./ages";

describe("child-labour ages", () => {
  it("hold DOMAIN.md §3.2's table, with what is reported, inferred or missing unverified", () => {
    const table = Object.fromEntries(
      Object.entries(CHILD_LABOUR_AGES).map(([country, ages]) => [
        country,
        Object.fromEntries(
          Object.entries(ages).map(([name, limit]) => [name, `${limit.age ?? "–"}${limit.verified ? "" : "?"}`]),
        ),
      ]),
    );
    expect(table).toEqual({
      TH: {
        generalMinimum: "15",
        lightWork: "–?",
        hazardousWork: "18",
        compulsoryEducationEnds: "15?",
        c138SpecifiedAge: "15",
      },
      LR: {
        generalMinimum: "16?",
        lightWork: "–?",
        hazardousWork: "18",
        compulsoryEducationEnds: "15?",
        c138SpecifiedAge: "–?",
      },
      PY: {
        generalMinimum: "14",
        lightWork: "–?",
        hazardousWork: "18",
        compulsoryEducationEnds: "–?",
        c138SpecifiedAge: "14?",
      },
      AR: {
        generalMinimum: "16",
        lightWork: "14?",
        hazardousWork: "18",
        compulsoryEducationEnds: "–?",
        c138SpecifiedAge: "14?",
      },
    });
  });

  it("never call a missing age verified", () => {
    for (const ages of Object.values(CHILD_LABOUR_AGES)) {
      for (const limit of Object.values(ages)) if (limit.age === null) expect(limit.verified).toBe(false);
    }
  });
});
