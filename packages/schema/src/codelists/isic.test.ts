import { describe, expect, it } from "vitest";
import { readDataCsv } from "../../test/reference";
import { bundleWith } from "../validate/_test-bundles";
import { validate } from "../validate/validate";
import { codeForAlias } from "./code-for-alias";
import { FORCED_LABOUR_INDUSTRIES, FORCED_LABOUR_INDUSTRY_TO_ISIC_SECTION } from "./htcds-victim";
import {
  INDUSTRY_SUBDIVISION_DETAILS,
  INDUSTRY_SUBDIVISIONS,
  ISIC_CODES,
  ISIC_SECTIONS,
  IsicCode,
  isicCodes,
} from "./isic";
import { nearestCodes } from "./nearest-codes";

describe("ISIC codes", () => {
  it("are the 21 sections followed by the 48 HTCDS subdivisions, none repeated", () => {
    expect(ISIC_SECTIONS).toHaveLength(21);
    expect(INDUSTRY_SUBDIVISIONS).toHaveLength(48);
    expect(new Set(ISIC_CODES).size).toBe(69);
    expect(isicCodes.codes).toEqual(ISIC_CODES);
  });

  it("use the ISIC division or group itself as the code, unless HTCDS merges several ISIC codes", () => {
    for (const code of INDUSTRY_SUBDIVISIONS) {
      const { isic } = INDUSTRY_SUBDIVISION_DETAILS[code];
      if (/^\d{2,3}$/.test(code)) expect(isic, code).toEqual([code]);
      else expect(code, code).toBe(`HTCDS-${INDUSTRY_SUBDIVISION_DETAILS[code].section}-${isic.join("-")}`);
    }
  });

  it("nest tier-3 subdivisions under a tier-2 one whose ISIC division contains them", () => {
    for (const code of INDUSTRY_SUBDIVISIONS) {
      const detail = INDUSTRY_SUBDIVISION_DETAILS[code];
      if (detail.tier === 2) {
        expect(detail.parent, code).toBeUndefined();
        continue;
      }
      expect(detail.parent, code).toBeDefined();
      const parent = detail.parent === undefined ? undefined : INDUSTRY_SUBDIVISION_DETAILS[detail.parent];
      expect(parent?.tier, code).toBe(2);
      expect(parent?.section, code).toBe(detail.section);
      for (const isic of detail.isic) expect(isic.startsWith(detail.parent ?? "?"), `${code} ${isic}`).toBe(true);
    }
  });

  it("map every HTCDS forced-labour industry to the section its code starts with", () => {
    for (const industry of FORCED_LABOUR_INDUSTRIES) {
      expect(industry.startsWith(`${FORCED_LABOUR_INDUSTRY_TO_ISIC_SECTION[industry]}_`), industry).toBe(true);
    }
  });

  it("take every HTCDS forced-labour industry of picklist_values.csv as an alias of the section of its letter", () => {
    const industries = readDataCsv("htcds/picklist_values.csv")
      .filter((row) => row.field_name_including_prefix === "vic_ForcedLabourIndustry")
      .map((row) => row.value_name ?? "");
    expect(industries).toHaveLength(21);
    expect(industries.map((industry) => [industry, codeForAlias(isicCodes, industry)])).toEqual(
      industries.map((industry) => [industry, /^([A-U])_/.exec(industry)?.[1]]),
    );
    expect(ISIC_SECTIONS.map((section) => isicCodes.meta[section].aliases)).toEqual(
      FORCED_LABOUR_INDUSTRIES.map((industry) => [industry]),
    );
  });

  it("give the alias as the nearest code, as TIPX201 does when a field may show its value", () => {
    const candidates = isicCodes.codes.map((code) => ({ code, aliases: isicCodes.meta[code].aliases ?? [] }));
    expect(nearestCodes("A_AgricultureForestryAndFishing", candidates)).toEqual(["A"]);
    expect(nearestCodes("U_ActivitiesOfExtraterritorialOrganisations", candidates)).toEqual(["U"]);
  });

  // VictimContext.forcedLabourIndustries is sensitive, so TIPX201 names the list but derives nothing
  // from the value (no "did you mean"): converters map HTCDS industries with codeForAlias first.
  it("are what validate() accepts: an HTCDS industry in the data is TIPX201 until mapped to its section", () => {
    const path = "/entities/4/parties/0/victim/forcedLabourIndustries";
    const unknown = (industries: string[]) =>
      validate(bundleWith([path, industries])).issues.filter((issue) => issue.code === "TIPX201");
    expect(unknown(["C_Manufacturing"]).map((issue) => [issue.path, issue.params])).toEqual([
      [`${path}/0`, { field: "VictimContext.forcedLabourIndustries", list: "tipx.isic-code" }],
    ]);
    expect(unknown([codeForAlias(isicCodes, "C_Manufacturing") ?? ""])).toEqual([]);
  });

  it.each([
    ["a section", "A", true],
    ["a division", "03", true],
    ["a group", "011", true],
    ["a made-up HTCDS code", "HTCDS-I-561-562", true],
    ["a lower-case section", "a", false],
    ["a division without its leading zero", "3", false],
    ["an ISIC group HTCDS merges into another code", "012", false],
  ])("IsicCode: %s (%s)", (_title, given, want) => {
    expect(IsicCode.safeParse(given).success).toBe(want);
  });
});
