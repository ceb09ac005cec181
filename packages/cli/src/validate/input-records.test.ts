import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { InvalidEncodingError } from "./decode";
import type { InputEncoding } from "./encodings";
import { CorruptGzipError } from "./gzip";
import { type ReadInputOptions, readInputRecords } from "./input-records";
import type { InputRecord } from "./records";
import { NotJsonError } from "./sniff";

const THAI = "สมชาย แก้วมณี";
const SPANISH = "María Peña";

/** Thai in TIS-620 / windows-874: U+0E01–U+0E5B are the bytes 0xA1–0xFB; ASCII stays as it is. */
function tis620(text: string): Buffer {
  return Buffer.from(
    [...text].map((character) => {
      const code = character.codePointAt(0) ?? 0;
      return code >= 0x0e01 && code <= 0x0e5b ? code - 0x0e00 + 0xa0 : code;
    }),
  );
}

async function* chunksOf(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

async function read(bytes: Buffer, options: Partial<ReadInputOptions> = {}, chunkSize = 7): Promise<InputRecord[]> {
  const records: InputRecord[] = [];
  const settings = { name: undefined, encoding: undefined, maxLineBytes: 1 << 20, ...options };
  for await (const record of readInputRecords(chunksOf(bytes, chunkSize), settings)) records.push(record);
  return records;
}

const values = (records: readonly InputRecord[]) =>
  records.map((record) => (record.parsed.ok ? record.parsed.value : record.parsed.problem));

const names = [{ name: THAI }, { name: SPANISH }];
const ndjsonText = `${names.map((value) => JSON.stringify(value)).join("\n")}\n`;
const arrayText = JSON.stringify(names, null, 2);

describe("readInputRecords", () => {
  it.each<[string, { given: Buffer; options?: Partial<ReadInputOptions>; want: string }]>([
    ["UTF-8 NDJSON", { given: Buffer.from(ndjsonText), want: "lines" }],
    ["a UTF-8 array", { given: Buffer.from(arrayText), want: "array" }],
    ["UTF-8 with a byte-order mark", { given: Buffer.from(`\uFEFF${arrayText}`), want: "array" }],
    ["UTF-16LE with a byte-order mark", { given: Buffer.from(`\uFEFF${ndjsonText}`, "utf16le"), want: "lines" }],
    [
      "UTF-16BE with a byte-order mark",
      { given: Buffer.from(`\uFEFF${arrayText}`, "utf16le").swap16(), want: "array" },
    ],
    [
      "UTF-16LE without one, given --encoding",
      { given: Buffer.from(ndjsonText, "utf16le"), options: { encoding: "utf-16le" }, want: "lines" },
    ],
    ["gzip, found by its signature", { given: gzipSync(Buffer.from(arrayText)), want: "array" }],
    [
      "gzip'd UTF-16 with a byte-order mark",
      { given: gzipSync(Buffer.from(`\uFEFF${ndjsonText}`, "utf16le")), want: "lines" },
    ],
  ])("reads %s with every name intact", async (_title, { given, options, want }) => {
    const records = await read(given, options);
    expect(values(records)).toEqual(names);
    expect(records.map((record) => record.layout)).toEqual([want, want]);
  });

  it.each<[InputEncoding, Buffer, string]>([
    ["windows-874", tis620(JSON.stringify({ name: THAI })), THAI],
    ["windows-1252", Buffer.from(JSON.stringify({ name: SPANISH }), "latin1"), SPANISH],
    ["latin1", Buffer.from(JSON.stringify({ name: SPANISH }), "latin1"), SPANISH],
  ])("reads %s with --encoding", async (encoding, given, name) => {
    expect(values(await read(given, { encoding }))).toEqual([{ name }]);
  });

  it("reads a .ndjson.gz file as NDJSON, and a .gz file by its name", async () => {
    const one = `${JSON.stringify(names)}\n`; // one line holding an array: NDJSON says it is one record
    const records = await read(gzipSync(Buffer.from(one)), { name: "cases.ndjson.gz" });
    expect(records.map((record) => record.layout)).toEqual(["lines"]);
  });

  it.each<[string, { given: Buffer; options?: Partial<ReadInputOptions>; want: unknown }]>([
    ["TIS-620 read as UTF-8", { given: tis620('{"a":"สมชาย"}'), want: { offset: 6, likely: "windows-874" } }],
    [
      "windows-1252 in gzip",
      { given: gzipSync(Buffer.from(`{"a":"${SPANISH}"}`, "latin1")), want: { offset: 9, compressed: true } },
    ],
    ["CSV", { given: Buffer.from("id,name\n1,x\n"), want: { detected: "csv" } }],
    ["CSV in gzip", { given: gzipSync("id;name\n1;x\n"), want: { detected: "csv" } }],
    [
      "a .gz name on data that is not gzip",
      { given: Buffer.from("{}"), options: { name: "a.json.gz" }, want: { code: "Z_DATA_ERROR" } },
    ],
    ["truncated gzip", { given: gzipSync(arrayText).subarray(0, 30), want: { code: "Z_BUF_ERROR" } }],
  ])("refuses %s", async (_title, { given, options, want }) => {
    const error = await read(given, options).catch((caught: unknown) => caught);
    expect(error).toSatisfy(
      (value) =>
        value instanceof InvalidEncodingError || value instanceof NotJsonError || value instanceof CorruptGzipError,
    );
    expect(error).toMatchObject(want as object);
  });

  it("reads an empty .gz file as empty", async () => {
    expect(await read(Buffer.alloc(0), { name: "empty.ndjson.gz" })).toEqual([]);
  });

  it("lets go of a gzip stream when the reader stops early", async () => {
    const many = Buffer.from(`${JSON.stringify(Array.from({ length: 5000 }, (_value, index) => ({ index })))}`);
    const records = readInputRecords(chunksOf(gzipSync(many), 1024), {
      name: undefined,
      encoding: undefined,
      maxLineBytes: 1024,
    });
    await expect(records.next()).resolves.toMatchObject({ value: { index: 0 } });
    await expect(records.return()).resolves.toEqual({ done: true, value: undefined });
  });
});
