import { describe, expect, it } from "vitest";
import type { ConversionReport } from "../report/index";
import { _encryptedWorkbook, _legacyWorkbook, _richWorkbook } from "./_test-workbooks";
import { readXlsxRows } from "./read-xlsx-rows";
import { writeXlsx } from "./write-xlsx";

function addsUp(report: ConversionReport): void {
  const { rows, converted, skipped, values, carried, notCarried } = report.counts;
  expect(converted + skipped).toBe(rows);
  expect(carried + notCarried).toBe(values);
}

describe("readXlsxRows", () => {
  it("reads cells as the spreadsheet shows them, with row numbers and the sheet", async () => {
    const { value, report } = await readXlsxRows(await _richWorkbook(), { sheet: "Cases", headerRow: 2 });
    expect(value).toEqual([
      {
        row: 3,
        sheet: "Cases",
        cells: {
          name: "Somchai Test",
          date: "2024-01-15",
          amount: "0.3",
          flag: "TRUE",
          formula: "2",
          link: "site",
        },
      },
      {
        row: 5,
        sheet: "Cases",
        cells: {
          name: "Malee Test",
          date: "2024-02-29T13:05:00",
          amount: "66812345678",
          flag: "FALSE",
          formula: "",
          link: "",
        },
      },
    ]);
    expect(report.issues.map((i) => [i.code, i.row, i.column, i.count])).toEqual([
      ["TIPX703", 5, "E", undefined],
      ["TIPX701", undefined, "G", 1],
      ["TIPX701", undefined, "name", 1],
    ]);
    expect(report.counts).toMatchObject({ rows: 2, converted: 2, skipped: 0, carried: 10, notCarried: 3 });
    addsUp(report);
  });

  it("picks a worksheet by place and reports a missing one", async () => {
    const bytes = await _richWorkbook();
    expect((await readXlsxRows(bytes, { sheet: 1 })).value[0]?.cells).toEqual({ about: "synthetic" });
    const missing = await readXlsxRows(bytes, { sheet: "Victims" });
    expect(missing.report.issues.map((i) => [i.code, i.params])).toEqual([
      ["TIPX707", { format: "xlsx", expected: ["Victims"] }],
    ]);
  });

  it("round-trips what writeXlsx writes, formulas as text", async () => {
    const rows = [
      { a: "=HYPERLINK(1)", b: "ไทย" },
      { a: "", b: "x" },
    ];
    const bytes = await writeXlsx([{ name: "S", columns: ["a", "b"], rows }]);
    const { value } = await readXlsxRows(bytes.buffer as ArrayBuffer);
    expect(value.map((r) => r.cells)).toEqual(rows);
  });

  it("refuses a worksheet name Excel does not accept", async () => {
    await expect(writeXlsx([{ name: "a/b", columns: [], rows: [] }])).rejects.toThrow(RangeError);
  });
});

describe("readXlsxRows on bad input", () => {
  const zip = _richWorkbook();
  const CASES: [string, { given: () => Promise<Uint8Array>; options?: { maxBytes: number }; want: string }][] = [
    ["empty", { given: async () => new Uint8Array(0), want: "empty" }],
    ["truncated", { given: async () => (await zip).subarray(0, 2000), want: "truncated" }],
    ["binary", { given: async () => new Uint8Array([0, 1, 2, 3, 255, 254]), want: "not-a-workbook" }],
    ["text", { given: async () => new TextEncoder().encode("a,b\n1,2\n"), want: "not-a-workbook" }],
    ["password-protected", { given: async () => _encryptedWorkbook(), want: "encrypted" }],
    ["legacy .xls", { given: async () => _legacyWorkbook(), want: "not-a-workbook" }],
    ["oversized", { given: () => zip, options: { maxBytes: 1000 }, want: "too-large" }],
    [
      "a zip that is not a workbook",
      {
        given: async () => {
          const bytes = await zip;
          const copy = bytes.slice();
          // Rename every part under xl/ so that the zip holds no workbook part exceljs can read.
          const text = new TextDecoder("latin1").decode(copy);
          for (let at = text.indexOf("xl/"); at !== -1; at = text.indexOf("xl/", at + 1)) copy[at] = 0x79;
          return copy;
        },
        want: "not-a-workbook",
      },
    ],
  ];
  for (const [title, { given, options, want }] of CASES) {
    it(title, async () => {
      const { value, report } = await readXlsxRows(await given(), options);
      expect(value).toEqual([]);
      expect(report.ok).toBe(false);
      expect(report.issues.map((i) => [i.code, i.params])).toEqual([["TIPX708", { reason: want }]]);
      expect(report.counts.rows).toBe(0);
    });
  }
});
