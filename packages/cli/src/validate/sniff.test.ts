import { describe, expect, it } from "vitest";
import type { InputEncoding } from "./encodings";
import { NotJsonError, sniffContent } from "./sniff";

/** What sniffContent says: `encoding bomLength first`, or `not-json:KIND`. */
function sniff(head: Buffer, requested?: InputEncoding): string {
  try {
    const { encoding, bomLength, first } = sniffContent(head, requested);
    return `${encoding} ${bomLength} ${first ?? "(none)"}`;
  } catch (error) {
    if (error instanceof NotJsonError) return `not-json:${error.detected}`;
    throw error;
  }
}

const utf16le = (text: string): Buffer => Buffer.from(text, "utf16le");
const utf16be = (text: string): Buffer => Buffer.from(text, "utf16le").swap16();

describe("sniffContent", () => {
  it.each<[string, { given: Buffer; requested?: InputEncoding; want: string }]>([
    ["a JSON object", { given: Buffer.from('{"a":1}'), want: "utf-8 0 {" }],
    ["a JSON array after blank lines", { given: Buffer.from('\n\r\n  [{"a":1}]'), want: "utf-8 0 [" }],
    ["an empty input", { given: Buffer.alloc(0), want: "utf-8 0 (none)" }],
    ["a UTF-8 byte-order mark", { given: Buffer.from('\uFEFF{"a":1}'), want: "utf-8 3 {" }],
    ["a UTF-16LE byte-order mark", { given: utf16le('\uFEFF[{"a":1}]'), want: "utf-16le 2 [" }],
    ["a UTF-16BE byte-order mark", { given: utf16be('\uFEFF{"a":1}'), want: "utf-16be 2 {" }],
    [
      "a byte-order mark over --encoding",
      { given: Buffer.from('\uFEFF{"a":1}'), requested: "windows-874", want: "utf-8 3 {" },
    ],
    [
      "--encoding without a byte-order mark",
      { given: utf16le('{"a":1}'), requested: "utf-16le", want: "utf-16le 0 {" },
    ],
    ["CSV headers", { given: Buffer.from("id,given_name,family_name\n1,A,B\n"), want: "not-json:csv" }],
    [
      "CSV headers with semicolons, after a BOM",
      { given: Buffer.from("\uFEFFid;nombre\n1;A\n"), want: "not-json:csv" },
    ],
    ["quoted CSV headers", { given: Buffer.from('"id","name"\r\n'), want: "not-json:csv" }],
    ["CSV in UTF-16 with a BOM", { given: utf16le("\uFEFFid\tname\n"), want: "not-json:csv" }],
    ["a JSON string with a comma is not CSV", { given: Buffer.from('"a, b"\n'), want: 'utf-8 0 "' }],
    ["NDJSON is not CSV", { given: Buffer.from('{"a":1,"b":2}\n'), want: "utf-8 0 {" }],
    ["an XLSX workbook (ZIP)", { given: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), want: "not-json:xlsx" }],
    [
      "an XLS workbook (OLE2)",
      { given: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), want: "not-json:xls" },
    ],
    ["NUL bytes", { given: Buffer.from([0x7b, 0x00, 0x00, 0x01, 0x7d]), want: "not-json:binary" }],
    ["mostly control bytes", { given: Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 0x61, 0x62]), want: "not-json:binary" }],
    ["UTF-16LE without a BOM", { given: utf16le('{"name":"Ana"}'), want: "not-json:utf-16le" }],
    ["UTF-16BE without a BOM", { given: utf16be('[{"name":"Ana"}]'), want: "not-json:utf-16be" }],
    ["NUL characters in UTF-16", { given: utf16le("\uFEFF{\u0000\u0000}"), want: "not-json:binary" }],
    ["windows-1252 text is text", { given: Buffer.from('{"n":"María"}', "latin1"), want: "utf-8 0 {" }],
  ])("%s", (_title, { given, requested, want }) => {
    expect(sniff(given, requested)).toBe(want);
  });
});
