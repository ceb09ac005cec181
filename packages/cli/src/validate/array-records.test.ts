import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readArrayRecords } from "./array-records";
import { NotTextError } from "./lines";
import type { InputRecord } from "./records";

async function* chunksOf(bytes: Buffer, sizes: readonly number[] = []): AsyncGenerator<Buffer> {
  let at = 0;
  for (const size of sizes) {
    if (at >= bytes.length) break;
    yield bytes.subarray(at, at + size);
    at += size;
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

async function read(text: string, limit = 1024, sizes: readonly number[] = []): Promise<InputRecord[]> {
  const records: InputRecord[] = [];
  for await (const record of readArrayRecords(chunksOf(Buffer.from(text), sizes), limit)) records.push(record);
  return records;
}

/** Each record as `[index]line:ok` (or the problem, with its position for syntax errors). */
async function shape(text: string, limit?: number): Promise<string[]> {
  return (await read(text, limit)).map((record) => {
    const where = `${record.index === undefined ? "" : `[${record.index}]`}${record.line}`;
    if (record.parsed.ok) return `${where}:ok`;
    const { problem } = record.parsed;
    return problem.kind === "syntax"
      ? `${where}:syntax@${problem.line ?? "?"}:${problem.column ?? "?"}`
      : `${where}:${problem.kind}`;
  });
}

describe("readArrayRecords", () => {
  it.each<[string, { given: string; limit?: number; want: string[] }]>([
    ["an empty array", { given: "[]", want: [] }],
    ["an empty array over lines", { given: "[\n\n]\n", want: [] }],
    ["elements on one line", { given: '[{"a":1},{"a":2}, {"a":3}]', want: ["[0]1:ok", "[1]1:ok", "[2]1:ok"] }],
    [
      "pretty-printed elements keep the line they start on",
      { given: '[\n  {\n    "a": 1\n  },\n  {\n    "a": [1, 2]\n  }\n]\n', want: ["[0]2:ok", "[1]5:ok"] },
    ],
    [
      "CRLF and CR count as one line break each",
      { given: '[\r\n{"a":1},\r{"a":2}\r\n]', want: ["[0]2:ok", "[1]3:ok"] },
    ],
    [
      "strings hold brackets, commas and escaped quotes",
      { given: '[{"a":"],[{\\"x\\\\"},{"b":"\\\\"}]', want: ["[0]1:ok", "[1]1:ok"] },
    ],
    [
      "scalars are elements too",
      { given: '[1, "two", null, [3]]', want: ["[0]1:ok", "[1]1:ok", "[2]1:ok", "[3]1:ok"] },
    ],
    [
      "a malformed element is reported at its position in the file, and reading goes on",
      { given: '[{"a":1}, {"a":\n  x}, {"a":3}]', want: ["[0]1:ok", "[1]1:syntax@2:3", "[2]2:ok"] },
    ],
    [
      "a syntax error on an element's first line counts columns from the line's start",
      { given: '[{"a":1},{"a" 2}]', want: ["[0]1:ok", "[1]1:syntax@1:15"] },
    ],
    ["a missing comma", { given: '[{"a":1} {"a":2}]', want: ["[0]1:syntax@1:10"] }],
    ["an empty element", { given: '[{"a":1},,{"a":2}]', want: ["[0]1:ok", "1:syntax@1:10", "[1]1:ok"] }],
    ["a trailing comma", { given: '[{"a":1},\n]', want: ["[0]1:ok", "2:syntax@2:1"] }],
    ["text after the array", { given: '[{"a":1}]\n[{"a":2}]', want: ["[0]1:ok", "2:syntax@2:1"] }],
    ["whitespace after the array is fine", { given: '[{"a":1}]\n\n  \n', want: ["[0]1:ok"] }],
    ["an array cut after an element", { given: '[{"a":1},\n{"a":2}', want: ["[0]1:ok", "[1]2:ok", "2:end-of-input"] }],
    ["an array cut after a comma", { given: '[{"a":1},\n', want: ["[0]1:ok", "2:end-of-input"] }],
    ["an array cut inside an element", { given: '[{"a":1},{"a":', want: ["[0]1:ok", "[1]1:end-of-input"] }],
    [
      "an element over the limit is reported, and reading goes on",
      {
        given: `[{"a":1},{"a":"${"x".repeat(100)}"},{"a":3}]`,
        limit: 64,
        want: ["[0]1:ok", "[1]1:line-too-long", "[2]1:ok"],
      },
    ],
    [
      "the limit counts bytes, not characters",
      { given: `[{"a":"${"ก".repeat(30)}"}]`, limit: 64, want: ["[0]1:line-too-long"] },
    ],
  ])("%s", async (_title, { given, limit, want }) => {
    expect(await shape(given, limit)).toEqual(want);
  });

  it("counts columns in UTF-16 units, as JSON.parse does, after Thai and astral characters", async () => {
    expect(await shape('[{"a":"สม😀"},{"a" 2}]')).toEqual(["[0]1:ok", "[1]1:syntax@1:20"]);
    expect('[{"a":"สม😀"},{"a" 2}]'.indexOf(" 2") + 2).toBe(20);
  });

  it("reads any array the same however it is split into chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue(), { maxLength: 8 }),
        fc.constantFrom(undefined, 2, "\t"),
        fc.array(fc.integer({ min: 1, max: 16 }), { maxLength: 60 }),
        async (elements, indent, sizes) => {
          const text = JSON.stringify(elements, null, indent);
          const records = await read(text, 1 << 20, sizes);
          expect(records.map((record) => (record.parsed.ok ? record.parsed.value : record.parsed.problem))).toEqual(
            // JSON.stringify writes -0 as 0.
            JSON.parse(JSON.stringify(elements)),
          );
          expect(records.map((record) => record.index)).toEqual(elements.map((_element, index) => index));
        },
      ),
    );
  });

  it("gives each pretty-printed element the line it starts on", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 6 }), async (elements) => {
        const text = JSON.stringify(elements, null, 2);
        const lines = text.split("\n");
        const records = await read(text, 1 << 20, [5, 3, 11]);
        for (const record of records) {
          const line = lines[record.line - 1] ?? "";
          // A top-level element starts its line, after the two spaces of indentation.
          expect(line.startsWith("  ") && line[2] !== " ").toBe(true);
        }
      }),
    );
  });

  it("stops with NotTextError when an element over the limit holds NUL bytes", async () => {
    const text = `[${"\u0000".repeat(200)}`;
    await expect(read(text, 64, [16])).rejects.toBeInstanceOf(NotTextError);
  });
});
