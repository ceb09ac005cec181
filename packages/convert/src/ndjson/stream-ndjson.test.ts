import { describe, expect, it } from "vitest";
import type { ConversionReport } from "../report/index";
import { type NdjsonRecord, streamNdjson } from "./stream-ndjson";
import { ndjsonLines, toNdjson } from "./to-ndjson";

async function read(source: Parameters<typeof streamNdjson>[0], options = {}) {
  const stream = streamNdjson(source, options);
  const records: NdjsonRecord[] = [];
  for await (const record of stream) records.push(record);
  return { records, report: stream.report() };
}

function addsUp(report: ConversionReport): void {
  const { rows, converted, skipped, values, carried, notCarried } = report.counts;
  expect(converted + skipped).toBe(rows);
  expect(carried + notCarried).toBe(values);
}

const chunked = (text: string, size: number): string[] =>
  Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe("streamNdjson", () => {
  it("runs the ConversionStream example", async () => {
    const { records, report } = await read(['{"tipx":"1.1"}', "not json"]);
    expect(records).toEqual([{ line: 1, value: { tipx: "1.1" } }]);
    expect(report.counts).toMatchObject({ rows: 2, converted: 1, skipped: 1 });
  });

  const text = `{"a":1}\r\n\n   \n[1,2]\nnot json\n"text"\nnull\n{"b":"ไทย"}\n{"c":${'"x'.repeat(60)}"}\n{"d":4}`;
  for (const size of [1, 7, 10_000]) {
    it(`reports bad lines by number and goes on (chunks of ${size})`, async () => {
      const { records, report } = await read(
        chunked(text, size).map((chunk) => new TextEncoder().encode(chunk)),
        { maxLineLength: 50 },
      );
      expect(records.map((r) => r.line)).toEqual([1, 8, 10]);
      expect(records.map((r) => r.value)).toEqual([{ a: 1 }, { b: "ไทย" }, { d: 4 }]);
      expect(report.issues.map((i) => [i.code, i.params, i.row])).toEqual([
        ["TIPX704", { reason: "not-an-object" }, 4],
        ["TIPX704", { reason: "not-json" }, 5],
        ["TIPX704", { reason: "not-an-object" }, 6],
        ["TIPX704", { reason: "not-an-object" }, 7],
        ["TIPX704", { reason: "too-long" }, 9],
      ]);
      expect(report.counts).toMatchObject({ rows: 8, converted: 3, skipped: 5 });
      addsUp(report);
    });
  }

  it("round-trips what toNdjson writes", async () => {
    const values = [{ a: 1 }, { b: ["x", "ไทย"], c: null }];
    expect(toNdjson(values)).toBe('{"a":1}\n{"b":["x","ไทย"],"c":null}\n');
    const { records } = await read(
      (async function* () {
        yield* ndjsonLines(values);
      })(),
    );
    expect(records.map((r) => r.value)).toEqual(values);
  });

  it("refuses a value JSON cannot write", () => {
    expect(() => toNdjson([undefined])).toThrow(TypeError);
  });
});
