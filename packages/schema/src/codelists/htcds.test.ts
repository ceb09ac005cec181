// Cross-checks the hand-written HTCDS code lists against the tables converted from IOM's HTCDS 2.0 ODS,
// committed in packages/schema/data/htcds: the labels, tiers and parents the lists add by hand. (The
// picklist codes themselves are generated from picklist_values.csv; test/generated.test.ts checks them.)
import { describe, expect, it } from "vitest";
import { readDataCsv } from "../../test/reference";
import { INDUSTRY_SUBDIVISION_DETAILS, industrySubdivisions, isicSections } from "./isic";
import { HTCDS_PICKLISTS } from "./registry";

const PICKLIST_VALUES = "htcds/picklist_values.csv";
const INDUSTRY_SUBDIVISIONS = "htcds/industry_subdivisions.csv";

describe("HTCDS picklists match picklist_values.csv", () => {
  it("covers the 21 picklist fields of the csv, one list per field", () => {
    const rows = readDataCsv(PICKLIST_VALUES);
    const fields = [...new Set(rows.map((r) => r.field_name_including_prefix))];
    expect(fields).toHaveLength(21);
    expect(HTCDS_PICKLISTS.map((list) => list.htcdsField)).toEqual(fields);
  });

  it("has the csv codes in the csv order, and the value labels as English labels", () => {
    const rows = readDataCsv(PICKLIST_VALUES);
    for (const list of HTCDS_PICKLISTS) {
      const values = rows
        .filter((r) => r.field_name_including_prefix === list.htcdsField)
        .sort((a, b) => Number(a.position) - Number(b.position));
      const htcdsCodes = list.codes.filter((code) => list.meta[code]?.extension === undefined);
      expect(htcdsCodes, list.id).toEqual(values.map((v) => v.value_name));
      for (const value of values) {
        expect(list.meta[value.value_name ?? ""]?.label, `${list.id} ${value.value_name}`).toBe(value.value_label);
      }
    }
  });

  it("has no extension code other than tipx's ForcedCriminality", () => {
    const extensions = HTCDS_PICKLISTS.flatMap((list) =>
      list.codes
        .filter((code) => list.meta[code]?.extension !== undefined)
        .map((code) => [list.id, code, list.meta[code]?.extension]),
    );
    expect(extensions).toEqual([["htcds.exploitation-type", "ForcedCriminality", "tipx"]]);
  });
});

describe("HTCDS industry subdivisions match industry_subdivisions.csv", () => {
  it("has the 48 csv labels, in the csv order, as English labels", () => {
    const rows = readDataCsv(INDUSTRY_SUBDIVISIONS);
    expect(rows).toHaveLength(48);
    expect(industrySubdivisions.codes.map((code) => industrySubdivisions.meta[code].label)).toEqual(
      rows.map((r) => r.label),
    );
  });

  it("puts each subdivision in the csv's tier, section and parent", () => {
    const rows = readDataCsv(INDUSTRY_SUBDIVISIONS);
    const codeByLabel = new Map(
      industrySubdivisions.codes.map((code) => [industrySubdivisions.meta[code].label, code]),
    );
    for (const row of rows) {
      const code = codeByLabel.get(row.label ?? "");
      expect(code, row.label).toBeDefined();
      if (code === undefined) continue;
      const detail = INDUSTRY_SUBDIVISION_DETAILS[code];
      expect(String(detail.tier), code).toBe(row.tier);
      // HTCDS titles section N more broadly than ISIC ("..., including cleaning, ..."): compare the ISIC title as a prefix.
      expect(row.tier1_section_label?.startsWith(isicSections.meta[detail.section].label), code).toBe(true);
      const parentLabel = detail.parent === undefined ? "" : industrySubdivisions.meta[detail.parent].label;
      expect(parentLabel, code).toBe(row.tier2_parent_label);
    }
  });
});
