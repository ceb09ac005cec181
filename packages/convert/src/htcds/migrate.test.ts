import { describe, expect, it } from "vitest";
import { migrateHtcds } from "./migrate";

describe("migrateHtcds", () => {
  it("renames prs_Nationality, keeps 2.0 fields and reports each change once per column", () => {
    const { value, report } = migrateHtcds("0.2", [
      { prs_FirstName: "Somchai", prs_Nationality: "TH", vic_Vulnerabilities: "Poverty", prs_Gender: "Masculine" },
      { prs_FirstName: "Malee", prs_Nationality: "MM; LA", prs_Gender: "Female", Remarks: "x" },
      { prs_Nationality: "TH", prs_Citizenship: "MM" },
    ]);
    expect(value).toEqual([
      { prs_FirstName: "Somchai", prs_Citizenship: "TH", vic_Vulnerabilities: "Poverty", prs_Gender: "Masculine" },
      { prs_FirstName: "Malee", prs_Citizenship: "MM;LA" },
      { prs_Citizenship: "MM" },
    ]);
    expect(report.from).toBe("htcds-0.2");
    expect(report.issues.map((i) => [i.code, i.row, i.column, i.count, i.value])).toEqual([
      ["TIPX702", 3, "prs_Gender", undefined, "Female"],
      ["TIPX711", 4, "prs_Nationality", undefined, undefined],
      ["TIPX709", 2, "prs_Nationality", 2, undefined],
      ["TIPX701", 3, "Remarks", 1, undefined],
    ]);
    expect(report.counts).toEqual({ rows: 3, converted: 3, skipped: 0, values: 10, carried: 7, notCarried: 3 });
  });
});
