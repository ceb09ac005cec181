import { readFileSync } from "node:fs";
import { type Bundle, validate } from "@tipx/schema";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { TableRow } from "../table/index";
import { parseMapping } from "./parse-mapping";
import { fromMappedRows, streamMappedRows } from "./stream-mapped-rows";

const read = (file: string): string =>
  readFileSync(new URL(`../../../../examples/mappings/${file}`, import.meta.url), "utf8");

function rowsOf(file: string): TableRow[] {
  return Papa.parse<TableRow>(read(file), { header: true, skipEmptyLines: true }).data;
}

function mappingOf(file: string) {
  const parsed = parseMapping(read(file));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.mapping;
}

let counter = 0;
const newId = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, "0")}`;
const options = { newId, createdAt: "2024-06-01T09:00:00+07:00" };

const brief = (issues: readonly { code: string; row?: number; column?: string; count?: number; value?: string }[]) =>
  issues.map(({ code, row, column, count, value }) => ({ code, row, column, count, value }));

describe("the Thai provincial office example", async () => {
  const mapping = mappingOf("th-provincial-office.mapping.json");
  const stream = streamMappedRows(rowsOf("th-provincial-office.csv"), mapping, options);
  const bundles: Bundle[] = [];
  for await (const bundle of stream) bundles.push(bundle);
  const report = stream.report();

  it("gives one bundle per case, the two rows of ตก-001 in one", () => {
    expect(bundles.map((b) => b.entities.length)).toEqual([3, 2, 2, 2, 2]);
  });

  it("gives bundles that validate under the Thai profile", () => {
    for (const bundle of bundles) expect(validate(bundle).issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("converts Buddhist-Era dates, Thai long dates and phones", () => {
    const [first] = bundles;
    expect(first?.entities[1]).toMatchObject({
      type: "Person",
      names: { given: "สมศรี", family: "ทดสอบ" },
      gender: "Feminine",
      birthDate: "1995-03-15",
      citizenships: ["TH"],
      phones: [{ number: "+66812345678" }],
    });
    expect(first?.entities[0]).toMatchObject({
      type: "Case",
      identifiers: [{ system: "th.example.tak/cases", value: "ตก-001" }],
      openedOn: "2024-01-05",
      jurisdiction: { country: "TH", subdivision: "TH-63" },
      parties: [
        { roles: ["presumed-victim"], victim: { exploitationTypes: ["ForcedLabour", "ForcedCriminality"] } },
        { roles: ["presumed-victim"], victim: { exploitationTypes: ["ForcedCriminality"] } },
      ],
    });
  });

  it("reports the deliberate problems of row 6, and each column once", () => {
    expect(brief(report.issues)).toEqual([
      { code: "TIPX703", row: 6, column: "วันเกิด", count: undefined, value: undefined },
      { code: "TIPX702", row: 6, column: "ลักษณะการแสวงประโยชน์", count: undefined, value: "ประมง" },
      { code: "TIPX701", row: undefined, column: "ผู้บันทึก", count: 6, value: undefined },
      { code: "TIPX705", row: undefined, column: "หมายเหตุ", count: 2, value: undefined },
      { code: "TIPX709", row: undefined, column: "วันเกิด", count: 5, value: undefined },
      { code: "TIPX709", row: undefined, column: "เบอร์โทร", count: 4, value: undefined },
      { code: "TIPX709", row: undefined, column: "วันที่รับแจ้ง", count: 6, value: undefined },
    ]);
    expect(report.issues[0]?.path).toBe("/entities/1/birthDate");
    expect(report.issues[1]?.path).toBe("/entities/0/parties/0/victim/exploitationTypes");
  });

  it("counts values that add up", () => {
    expect(report.counts).toEqual({ rows: 6, converted: 6, skipped: 0, values: 67, carried: 57, notCarried: 10 });
    expect(report.counts.carried + report.counts.notCarried).toBe(report.counts.values);
  });
});

describe("the Argentine NGO example", async () => {
  const mapping = mappingOf("ar-ngo.mapping.json");
  const { value, report } = await fromMappedRows(rowsOf("ar-ngo.csv"), mapping, options);

  it("gives one bundle with a case and a person per row, which validates under the Argentine profile", () => {
    expect(value.profile).toBe("AR");
    expect(value.entities.map((e) => e.type)).toEqual(Array.from({ length: 5 }, () => ["Case", "Person"]).flat());
    expect(validate(value).issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("maps nationalities, provinces and phones", () => {
    expect(value.entities[5]).toMatchObject({ citizenships: ["PY", "AR"], phones: [{ number: "+5493764445566" }] });
    expect(value.entities[4]).toMatchObject({
      jurisdiction: { country: "AR", subdivision: "AR-N" },
      openedOn: "2024-06-21",
    });
    expect(value.entities[1]).toMatchObject({ birthDate: "1998-02-14", gender: "Feminine" });
  });

  it("reports the unreadable phone, the unknown nationality and each column once", () => {
    expect(brief(report.issues)).toEqual([
      { code: "TIPX703", row: 5, column: "Teléfono", count: undefined, value: undefined },
      { code: "TIPX702", row: 6, column: "Nacionalidad", count: undefined, value: "Uruguaya" },
      { code: "TIPX701", row: undefined, column: "Derivado por", count: 5, value: undefined },
      { code: "TIPX705", row: undefined, column: "Observaciones", count: 2, value: undefined },
      { code: "TIPX709", row: undefined, column: "Teléfono", count: 4, value: undefined },
    ]);
    expect(report.counts).toMatchObject({ rows: 5, converted: 5, skipped: 0 });
    expect(report.counts.carried + report.counts.notCarried).toBe(report.counts.values);
  });
});
