import { describe, expect, it } from "vitest";
import { HXL_TAGS } from "./hxl-tags";
import { withHxlRow } from "./with-hxl-row";

describe("withHxlRow", () => {
  it.each([
    [
      ["yearOfRegistration", "gender", "CountryOfExploitation"],
      { yearOfRegistration: "#date+year", gender: "", CountryOfExploitation: "#country+code" },
    ],
    [
      ["hte_State", "hte_Latitude", "hte_Longitude"],
      { hte_State: "#adm1+code", hte_Latitude: "#geo+lat", hte_Longitude: "#geo+lon" },
    ],
    [[], {}],
  ] as const)("tags %j", (columns, want) => {
    expect(withHxlRow(columns)).toEqual(want);
  });

  it("takes other tags", () => {
    expect(withHxlRow(["count"], { count: "#affected" })).toEqual({ count: "#affected" });
  });

  it("every tag is a hashtag with attributes, as HXL 1.1 writes them", () => {
    for (const tag of Object.values(HXL_TAGS)) expect(tag).toMatch(/^#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*$/);
  });
});
