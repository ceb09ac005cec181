import { describe, expect, it } from "vitest";
import type { InputLine } from "./lines";
import { type InputRecord, type ReadRecordsOptions, readRecords } from "./records";

/** The lines of `text`; a line `<overlong>` stands for one that readLines found over its limit. */
async function* linesOf(text: string): AsyncGenerator<InputLine> {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  for (const line of lines) yield line === "<overlong>" ? { kind: "overlong", limit: 1024 } : line;
}

async function read(text: string, options: Partial<ReadRecordsOptions> = {}): Promise<InputRecord[]> {
  const records: InputRecord[] = [];
  for await (const record of readRecords(linesOf(text), { lineDelimited: false, maxDocumentBytes: 1024, ...options }))
    records.push(record);
  return records;
}

/** Each record as `line:layout:ok` (or the problem's kind), for compact tables. */
async function shape(text: string, options: Partial<ReadRecordsOptions> = {}): Promise<string[]> {
  return (await read(text, options)).map((r) => `${r.line}:${r.layout}:${r.parsed.ok ? "ok" : r.parsed.problem.kind}`);
}

describe("readRecords", () => {
  it.each<[string, { given: string; options?: Partial<ReadRecordsOptions>; want: string[] }]>([
    ["one object on one line is a document", { given: '{"a":1}\n', want: ["1:document:ok"] }],
    [
      "the same with lineDelimited is a line",
      { given: '{"a":1}\n', options: { lineDelimited: true }, want: ["1:lines:ok"] },
    ],
    ["a pretty-printed object is a document", { given: '{\n  "a": 1\n}\n', want: ["1:document:ok"] }],
    ["leading blank lines move the document's line", { given: '\n\n{\n"a": 1\n}', want: ["3:document:ok"] }],
    [
      "NDJSON skips blank lines and keeps line numbers",
      { given: '{"a":1}\n\n{"a":2}\n  \n{"a":3}\n', want: ["1:lines:ok", "3:lines:ok", "5:lines:ok"] },
    ],
    [
      "a malformed line in the middle is reported and reading goes on",
      { given: '{"a":1}\n{"a": \n{"a":3}\n', want: ["1:lines:ok", "2:lines:end-of-input", "3:lines:ok"] },
    ],
    [
      "a malformed first line with a good second is NDJSON",
      { given: '{"a"}\n{"a":2}\n', want: ["1:lines:syntax", "2:lines:ok"] },
    ],
    ["a byte-order mark is ignored", { given: '\uFEFF{"a":1}\n{"a":2}\n', want: ["1:lines:ok", "2:lines:ok"] }],
    ["CRLF line ends are fine", { given: '{\r\n  "a": 1\r\n}\r\n', want: ["1:document:ok"] }],
    ["an empty JSON input is a problem", { given: "\n\n", want: ["1:document:empty"] }],
    ["an empty NDJSON input has no records", { given: "\n\n", options: { lineDelimited: true }, want: [] }],
    [
      "a document longer than the limit is not read whole",
      { given: `{\n"a": "${"x".repeat(2000)}"\n}\n`, want: ["1:document:too-large"] },
    ],
    [
      "the document limit counts bytes, not characters",
      { given: `{\n"a": "${"ก".repeat(400)}"\n}\n`, want: ["1:document:too-large"] },
    ],
    [
      "a line over the limit is a record, and reading goes on",
      { given: '{"a":1}\n<overlong>\n{"a":3}\n', want: ["1:lines:ok", "2:lines:line-too-long", "3:lines:ok"] },
    ],
    ["a single line over the limit is a document", { given: "<overlong>\n", want: ["1:document:line-too-long"] }],
    [
      "a document holding a line over the limit is too large",
      { given: '{\n"a":\n<overlong>\n}\n', want: ["1:document:too-large"] },
    ],
  ])("%s", async (_title, { given, options, want }) => {
    expect(await shape(given, options)).toEqual(want);
  });

  it("locates the error of a malformed document by line and column", async () => {
    const [record] = await read('{\n  "a": 1,\n  "b": x\n}\n');
    expect(record?.parsed).toEqual({ ok: false, problem: { kind: "syntax", line: 3, column: 8 } });
  });

  it("gives back the parsed values", async () => {
    const records = await read('{"a":1}\n[2]\n');
    expect(records.map((r) => (r.parsed.ok ? r.parsed.value : undefined))).toEqual([{ a: 1 }, [2]]);
  });
});
