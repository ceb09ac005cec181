import { readFileSync } from "node:fs";
import { Bundle, validate } from "@tipx/schema";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { fromCtdcRows } from "./from-ctdc-rows";

const TERMS = "By using this data you agree to the CTDC terms of use at https://www.ctdatacollaborative.org/terms-use";
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const rowsOf = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
let n = 0;
const newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;
const options = { newId, createdAt: "2026-12-01T00:00:00Z" };

describe("fromCtdcRows", () => {
  it("reads a file shaped like the published 2017 CSV", () => {
    const rows = rowsOf(fixture("published-2017.csv"));
    expect(Object.keys(rows[0] ?? {})[0]).toBe(TERMS);
    const { value, report } = fromCtdcRows(rows, options);
    expect(report.from).toBe("ctdc-2017");
    expect(validate(value).issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(report.counts).toMatchObject({ rows: 3, converted: 3, skipped: 0 });
    expect(report.counts.values).toBe(report.counts.carried + report.counts.notCarried);
    const people = value.entities.filter((e) => e.type === "Person");
    expect(people.map((p) => p.gender)).toEqual(["Feminine", "Masculine", undefined]);
    expect(people.map((p) => p.citizenships)).toEqual([["ZZ"], ["MM"], undefined]);
    const cases = value.entities.flatMap((e) => (e.type === "Case" ? [e] : []));
    expect(cases.map((c) => c.extensions?.["org.ctdatacollaborative/ageBroad"])).toEqual(["9—17", "18—20", undefined]);
    expect(cases[0]?.parties[0]?.victim?.methodsOfControl).toEqual(["DebtBondage"]);
    expect(report.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ["TIPX702", 4, "gender", "Femme"],
      ["TIPX701", undefined, "extraNote", undefined],
    ]);
    expect(report.issues.find((i) => i.code === "TIPX701")?.count).toBe(1);
  });

  it.each([
    ["2024", { gender: "Woman", citizenship: "THA", meansThreats: "1", ageBroad: "21—23" }, "ctdc-2024"],
    ["2017", { gender: "Female", meansOfControlThreats: "0", ageBroad: "21--23" }, "ctdc-2017"],
  ] as const)("detects codebook %s from the header", (_, row, from) => {
    const { value, report } = fromCtdcRows([row], options);
    expect(report.from).toBe(from);
    expect(Bundle.safeParse(value).success).toBe(true);
  });

  it("reports a header with no CTDC variable (TIPX707)", () => {
    const { report } = fromCtdcRows([{ name: "Somchai Test", phone: "0812345678" }], options);
    expect(report.issues.map((i) => i.code)).toEqual(["TIPX707"]);
    expect(report.counts).toMatchObject({ rows: 1, skipped: 1, values: 2, notCarried: 2 });
  });
});
