import { describe, expect, it } from "vitest";
import type { ConversionReport } from "../report/index";
import type { NumberedRow } from "../table/index";
import { readCsvRows } from "./read-csv-rows";
import { streamCsvRows } from "./stream-csv-rows";

const encode = (text: string) => new TextEncoder().encode(text);

async function read(
  chunks: Iterable<Uint8Array | string>,
  options = {},
): Promise<{ rows: NumberedRow[]; report: ConversionReport }> {
  const stream = streamCsvRows(chunks, options);
  const rows: NumberedRow[] = [];
  for await (const row of stream) rows.push(row);
  return { rows, report: stream.report() };
}

function addsUp(report: ConversionReport): void {
  const { rows, converted, skipped, values, carried, notCarried } = report.counts;
  expect(converted + skipped).toBe(rows);
  expect(carried + notCarried).toBe(values);
}

/** Splits a text into chunks of `size` characters, to cut records, quotes and line breaks anywhere. */
function chunked(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

const CASES: [string, { given: string; want: { rows: number[]; issues: [string, string, number?][] } }][] = [
  ["plain rows", { given: "a,b\n1,2\n3,4\n", want: { rows: [2, 3], issues: [] } }],
  ["CRLF and no final newline", { given: "a,b\r\n1,2\r\n3,4", want: { rows: [2, 3], issues: [] } }],
  ["semicolons", { given: "a;b\n1;2\n", want: { rows: [2], issues: [] } }],
  ["tabs", { given: "a\tb\n1\t2\n", want: { rows: [2], issues: [] } }],
  ["a multi-line quoted cell is one row", { given: 'a,b\n"x\ny\nz",2\n3,4\n', want: { rows: [2, 3], issues: [] } }],
  [
    "more cells than the header",
    { given: "a,b\n1,2,3\n4,5\n", want: { rows: [3], issues: [["TIPX704", "column-count", 2]] } },
  ],
  ["empty extra cells are fine", { given: "a,b\n1,2,,\n", want: { rows: [2], issues: [] } }],
  [
    "a quote never closed",
    { given: 'a,b\n1,2\n"3,4\n5,6\n', want: { rows: [2, 4], issues: [["TIPX704", "quotes", 3]] } },
  ],
  [
    "a malformed closing quote",
    { given: 'a,b\n"1"x,2\n3,4\n', want: { rows: [3], issues: [["TIPX704", "quotes", 2]] } },
  ],
  [
    "blank lines are not rows but keep numbering",
    { given: "a,b\n\n1,2\n,\n3,4\n", want: { rows: [3, 5], issues: [] } },
  ],
];

describe("streamCsvRows", () => {
  for (const [title, { given, want }] of CASES) {
    for (const size of [1, 3, 1000]) {
      it(`${title} (chunks of ${size})`, async () => {
        const { rows, report } = await read(chunked(given, size));
        expect(rows.map((r) => r.row)).toEqual(want.rows);
        expect(report.issues.map((i) => [i.code, (i.params as { reason: string }).reason, i.row])).toEqual(
          want.issues.map(([code, reason, row]) => [code, reason, row]),
        );
        expect(report.counts.rows).toBe(want.rows.length + want.issues.length);
        expect(report.counts.skipped).toBe(want.issues.length);
        addsUp(report);
        expect(readCsvRows(given).value.map((r) => r.row)).toEqual(want.rows);
      });
    }
  }

  it("keeps the cells of a multi-line cell and quotes", async () => {
    const { rows } = await read(['name,note\n"Somchai ""Test""","line 1\r\nline 2"\n']);
    expect(rows[0]?.cells).toEqual({ name: 'Somchai "Test"', note: "line 1\r\nline 2" });
  });

  it("reports columns with empty or repeated names once, with the values not carried", async () => {
    const { rows, report } = await read(["a,,a,b\n1,x,y,2\n3,,z,4\n5,,,6\n"]);
    expect(rows.map((r) => r.cells)).toEqual([
      { a: "1", b: "2" },
      { a: "3", b: "4" },
      { a: "5", b: "6" },
    ]);
    expect(report.issues.map((i) => [i.code, i.column, i.count])).toEqual([
      ["TIPX701", "B", 1],
      ["TIPX701", "a", 2],
    ]);
    expect(report.counts).toMatchObject({ rows: 3, converted: 3, values: 9, carried: 6, notCarried: 3 });
  });

  it("counts the values of a skipped row as not carried", async () => {
    const { report } = await read(["a,b\n1,2,3\n"]);
    expect(report.counts).toMatchObject({ rows: 1, skipped: 1, values: 3, notCarried: 3 });
    expect(report.ok).toBe(false);
  });

  it("reports a row over the length limit and goes on, without holding it", async () => {
    const long = "x".repeat(500);
    const { rows, report } = await read(chunked(`a,b\n1,2\n${long},${long}\n3,4\n`, 64), { maxRowLength: 100 });
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(report.issues.map((i) => [i.code, i.params, i.row])).toEqual([["TIPX704", { reason: "too-long" }, 3]]);
  });

  it("recovers from a quote never closed in a long stream", async () => {
    const tail = Array.from({ length: 50 }, (_, i) => `${i},${i}\n`).join("");
    const { rows, report } = await read(chunked(`a,b\n"1,2\n${tail}`, 16), { maxRowLength: 100 });
    expect(report.issues.map((i) => [i.params, i.row])).toEqual([[{ reason: "quotes" }, 2]]);
    expect(rows.length).toBeGreaterThan(40);
    addsUp(report);
  });

  it("takes a forced delimiter", async () => {
    const { rows } = await read(["a|b\n1|2\n"], { delimiter: "|" });
    expect(rows[0]?.cells).toEqual({ a: "1", b: "2" });
  });

  it("reads a Web Stream of bytes", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encode("a,b\n1,"));
        controller.enqueue(encode("2\n"));
        controller.close();
      },
    });
    const rows: NumberedRow[] = [];
    for await (const row of streamCsvRows(stream)) rows.push(row);
    expect(rows).toEqual([{ row: 2, cells: { a: "1", b: "2" } }]);
  });
});
