import { createWriteStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversionReport, ConversionStream } from "../report/index";
import { _encryptedWorkbook, _legacyWorkbook, _richWorkbook } from "../xlsx/_test-workbooks";
import { readCsvFile } from "./read-csv-file";
import { readNdjsonFile } from "./read-ndjson-file";
import { readRowsFile } from "./read-rows-file";
import { readXlsxFile } from "./read-xlsx-file";

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tipx-convert-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function file(name: string, bytes: Uint8Array | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function drain<T>(stream: ConversionStream<T>): Promise<{ items: T[]; report: ConversionReport }> {
  const items: T[] = [];
  for await (const item of stream) items.push(item);
  return { items, report: stream.report() };
}

function addsUp(report: ConversionReport): void {
  const { rows, converted, skipped, values, carried, notCarried } = report.counts;
  expect(converted + skipped).toBe(rows);
  expect(carried + notCarried).toBe(values);
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const windows874 = (text: string) =>
  Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x80 ? code : code - 0x0e00 + 0xa0;
  });
const binary = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256);
const THAI_CSV = 'ชื่อ,จังหวัด\nสมชาย ทดสอบ,ตาก\nมาลี ทดสอบ,"เชียง\nใหม่"\n';

type Reader = (path: string, options: { maxBytes?: number }) => ConversionStream<unknown>;
type Want = ["TIPX708", string] | ["TIPX704", string, number];
const BAD_INPUT: [
  string,
  { reader: Reader; ext: string; cases: [string, Uint8Array | (() => Promise<Uint8Array>), Want, number?][] },
][] = [
  [
    "readCsvFile",
    {
      reader: readCsvFile,
      ext: "csv",
      cases: [
        ["empty", new Uint8Array(0), ["TIPX708", "empty"]],
        ["only a BOM and blank lines", Uint8Array.from([0xef, 0xbb, 0xbf, 0x0a, 0x0a]), ["TIPX708", "empty"]],
        ["binary", binary, ["TIPX708", "binary"]],
        ["truncated inside a quoted cell", utf8('a,b\n1,2\n3,"fo'), ["TIPX704", "quotes", 3]],
        ["password-protected", _encryptedWorkbook(), ["TIPX708", "binary"]],
        ["oversized", utf8("a,b\n1,2\n3,4\n"), ["TIPX708", "too-large"], 8],
      ],
    },
  ],
  [
    "readXlsxFile",
    {
      reader: readXlsxFile,
      ext: "xlsx",
      cases: [
        ["empty", new Uint8Array(0), ["TIPX708", "empty"]],
        ["binary", binary, ["TIPX708", "not-a-workbook"]],
        ["truncated", async () => (await _richWorkbook()).subarray(0, 3000), ["TIPX708", "truncated"]],
        ["password-protected", _encryptedWorkbook(), ["TIPX708", "encrypted"]],
        ["a legacy .xls", _legacyWorkbook(), ["TIPX708", "not-a-workbook"]],
        ["a CSV named .xlsx", utf8("a,b\n1,2\n"), ["TIPX708", "not-a-workbook"]],
        ["oversized", _richWorkbook, ["TIPX708", "too-large"], 1000],
      ],
    },
  ],
  [
    "readNdjsonFile",
    {
      reader: readNdjsonFile,
      ext: "ndjson",
      cases: [
        ["empty", new Uint8Array(0), ["TIPX708", "empty"]],
        ["binary", binary, ["TIPX708", "binary"]],
        ["truncated", utf8('{"a":1}\n{"b":'), ["TIPX704", "not-json", 2]],
        ["password-protected", _encryptedWorkbook(), ["TIPX708", "binary"]],
        ["oversized", utf8('{"a":1}\n{"b":2}\n'), ["TIPX708", "too-large"], 4],
      ],
    },
  ],
  [
    "readRowsFile (.json)",
    {
      reader: readRowsFile,
      ext: "json",
      cases: [
        ["empty", new Uint8Array(0), ["TIPX708", "empty"]],
        ["binary", binary, ["TIPX708", "binary"]],
        ["truncated", utf8('[{"a":1},{"b"'), ["TIPX704", "not-json", 1]],
        ["password-protected", _encryptedWorkbook(), ["TIPX708", "binary"]],
        ["oversized", utf8('[{"a":1}]'), ["TIPX708", "too-large"], 4],
      ],
    },
  ],
];

describe("file readers on bad input", () => {
  for (const [name, { reader, ext, cases }] of BAD_INPUT) {
    for (const [title, given, want, maxBytes] of cases) {
      it(`${name}: ${title}`, async () => {
        const bytes = typeof given === "function" ? await given() : given;
        const path = await file(`${name.replace(/\W/g, "")}-${title.replace(/\W/g, "-")}.${ext}`, bytes);
        const { report } = await drain(reader(path, maxBytes === undefined ? {} : { maxBytes }));
        expect(report.ok).toBe(false);
        const issue = report.issues.find((i) => i.code === want[0]);
        expect([issue?.code, (issue?.params as { reason?: string } | undefined)?.reason, issue?.row]).toEqual([
          want[0],
          want[1],
          want[2],
        ]);
        if (want[0] === "TIPX708") expect(report.counts.rows).toBe(0);
        addsUp(report);
      });
    }
  }
});

describe("readCsvFile", () => {
  it("reads Thai CSV in Windows-874 and in UTF-8 with a BOM alike", async () => {
    const want = [
      { row: 2, cells: { ชื่อ: "สมชาย ทดสอบ", จังหวัด: "ตาก" } },
      { row: 3, cells: { ชื่อ: "มาลี ทดสอบ", จังหวัด: "เชียง\nใหม่" } },
    ];
    for (const bytes of [windows874(THAI_CSV), Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(THAI_CSV)])]) {
      const { items, report } = await drain(readCsvFile(await file("thai.csv", bytes)));
      expect(items).toEqual(want);
      expect(report.counts).toMatchObject({ rows: 2, converted: 2, values: 4, carried: 4 });
    }
  });

  it("streams 50,000 rows", async () => {
    const path = join(dir, "big.csv");
    const out = createWriteStream(path);
    out.write("id,name,note\n");
    for (let i = 0; i < 50_000; i += 1) out.write(`${i},Somchai Test ${i},"line ${i}\nmore"\n`);
    await new Promise<void>((resolve) => out.end(resolve));
    let count = 0;
    let last = 0;
    const stream = readCsvFile(path);
    for await (const { row, cells } of stream) {
      count += 1;
      last = row;
      if (cells.id !== String(row - 2)) throw new Error(`row ${row} has id ${cells.id}`);
    }
    expect(count).toBe(50_000);
    expect(last).toBe(50_001);
    expect(stream.report().counts).toMatchObject({
      rows: 50_000,
      converted: 50_000,
      values: 150_000,
      carried: 150_000,
    });
  });
});

describe("readXlsxFile", () => {
  it("streams a worksheet as readXlsxRows reads it", async () => {
    const path = await file("rich.xlsx", await _richWorkbook());
    const { items, report } = await drain(readXlsxFile(path, { sheet: "Cases", headerRow: 2 }));
    expect(items).toEqual([
      {
        row: 3,
        sheet: "Cases",
        cells: { name: "Somchai Test", date: "2024-01-15", amount: "0.3", flag: "TRUE", formula: "2", link: "site" },
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
    expect(report.counts).toMatchObject({ rows: 2, converted: 2, carried: 10, notCarried: 3 });
    const first = await drain(readXlsxFile(path));
    expect(first.items).toEqual([{ row: 2, sheet: "Notes", cells: { about: "synthetic" } }]);
    const missing = await drain(readXlsxFile(path, { sheet: 3 }));
    expect(missing.report.issues.map((i) => i.code)).toEqual(["TIPX707"]);
  });
});

describe("readRowsFile", () => {
  it("chooses the reader by extension", async () => {
    const tsv = await drain(readRowsFile(await file("a.tsv", "a\tb\n1\t2\n")));
    expect(tsv.items).toEqual([{ row: 2, cells: { a: "1", b: "2" } }]);
    const jsonl = await drain(readRowsFile(await file("a.jsonl", '{"a":"1","b":2,"c":null,"d":[1]}\n')));
    expect(jsonl.items).toEqual([{ row: 1, cells: { a: "1", b: "2", c: "" } }]);
    expect(jsonl.report.issues.map((i) => [i.code, i.row, i.column])).toEqual([["TIPX703", 1, "d"]]);
    addsUp(jsonl.report);
    const json = await drain(readRowsFile(await file("a.json", '[{"a":"x"}, 3]')));
    expect(json.items).toEqual([{ row: 1, cells: { a: "x" } }]);
    expect(json.report.issues.map((i) => [i.code, i.row])).toEqual([["TIPX704", 2]]);
    const xlsx = await drain(readRowsFile(await file("b.xlsx", await _richWorkbook()), { sheet: "Notes" }));
    expect(xlsx.items).toHaveLength(1);
    expect(() => readRowsFile("a.txt")).toThrow(RangeError);
  });
});
