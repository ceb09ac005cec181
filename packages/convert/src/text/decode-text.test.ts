import { describe, expect, it } from "vitest";
import { streamCsvRows } from "../csv/stream-csv-rows";
import type { NumberedRow } from "../table/index";
import { decodeText } from "./decode-text";

/** Windows-874 bytes of a text of ASCII and Thai, by its table: U+0E01–U+0E5B are 0xA1–0xFB. */
function windows874(text: string): Uint8Array {
  return Uint8Array.from([...text], (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x80) return code;
    if (code >= 0x0e01 && code <= 0x0e5b) return code - 0x0e00 + 0xa0;
    throw new RangeError("not in the test table");
  });
}

const utf16 = (text: string, littleEndian: boolean): Uint8Array => {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  [...text].forEach((_, i) => view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian));
  return bytes;
};

const THAI_CSV = "ชื่อ,จังหวัด\nสมชาย ทดสอบ,ตาก\n";
const utf8 = (text: string) => new TextEncoder().encode(text);

const CASES: [string, { given: Uint8Array; want: ReturnType<typeof decodeText> }][] = [
  ["UTF-8", { given: utf8(THAI_CSV), want: { ok: true, text: THAI_CSV, encoding: "utf-8" } }],
  [
    "UTF-8 with a BOM",
    {
      given: Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(THAI_CSV)]),
      want: { ok: true, text: THAI_CSV, encoding: "utf-8-bom" },
    },
  ],
  ["UTF-16 LE", { given: utf16(THAI_CSV, true), want: { ok: true, text: THAI_CSV, encoding: "utf-16le" } }],
  ["UTF-16 BE", { given: utf16(THAI_CSV, false), want: { ok: true, text: THAI_CSV, encoding: "utf-16be" } }],
  ["Windows-874", { given: windows874(THAI_CSV), want: { ok: true, text: THAI_CSV, encoding: "windows-874" } }],
  ["empty", { given: new Uint8Array(0), want: { ok: false, reason: "empty" } }],
  ["NUL bytes", { given: Uint8Array.from([0x61, 0x00, 0x62]), want: { ok: false, reason: "binary" } }],
  ["a zip", { given: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), want: { ok: false, reason: "binary" } }],
  // "José" in Windows-1252: not UTF-8, and not Thai, so it is not guessed.
  ["Windows-1252", { given: Uint8Array.from([0x4a, 0x6f, 0x73, 0xe9, 0x0a]), want: { ok: false, reason: "encoding" } }],
  [
    "bytes no encoding has",
    { given: Uint8Array.from([0x61, 0xfc, 0xfd, 0xfe, 0x62]), want: { ok: false, reason: "binary" } },
  ],
];

describe("decodeText", () => {
  for (const [title, { given, want }] of CASES) {
    it(title, () => {
      expect(decodeText(given)).toEqual(want);
      expect(decodeText(given.buffer.slice(0) as ArrayBuffer)).toEqual(want);
    });
  }
});

describe("streamCsvRows decodes as decodeText does", () => {
  for (const [title, { given, want }] of CASES) {
    it(`${title}, one byte at a time`, async () => {
      const stream = streamCsvRows([...given].map((byte) => Uint8Array.of(byte)));
      const rows: NumberedRow[] = [];
      for await (const row of stream) rows.push(row);
      const report = stream.report();
      if (want.ok) {
        expect(rows).toEqual([{ row: 2, cells: { ชื่อ: "สมชาย ทดสอบ", จังหวัด: "ตาก" } }]);
        expect(report.issues).toEqual([]);
      } else {
        expect(rows).toEqual([]);
        expect(report.issues.map((i) => [i.code, i.params])).toEqual([["TIPX708", { reason: want.reason }]]);
        expect(report.counts.rows).toBe(0);
      }
    });
  }

  it("stops with TIPX708 encoding at a Windows-874 byte far into a UTF-8 file, after the rows before it", async () => {
    const head = `a\n${"x\n".repeat(40_000)}`;
    const stream = streamCsvRows([utf8(head), windows874("ก\n")]);
    let count = 0;
    for await (const _ of stream) count += 1;
    expect(count).toBe(40_000);
    expect(stream.report().issues.map((i) => [i.code, i.params])).toEqual([["TIPX708", { reason: "encoding" }]]);
  });

  it("stops with TIPX708 too-large over maxBytes", async () => {
    const stream = streamCsvRows([utf8("a,b\n1,2\n"), utf8("3,4\n")], { maxBytes: 10 });
    for await (const _ of stream) void _;
    expect(stream.report().issues.map((i) => i.params)).toEqual([{ reason: "too-large" }]);
  });
});
