import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type InputLine, NotTextError, readLines } from "./lines";

async function* chunksOf(chunks: readonly (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const chunk of chunks) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}

async function lines(chunks: readonly (string | Buffer)[], limit = 1024): Promise<(string | "OVERLONG")[]> {
  const out: (string | "OVERLONG")[] = [];
  for await (const line of readLines(chunksOf(chunks), limit)) out.push(typeof line === "string" ? line : "OVERLONG");
  return out;
}

describe("readLines", () => {
  it.each<[string, { given: (string | Buffer)[]; limit?: number; want: (string | "OVERLONG")[] }]>([
    ["LF line ends", { given: ["a\nb\n"], want: ["a", "b"] }],
    ["a last line without a break", { given: ["a\nb"], want: ["a", "b"] }],
    ["blank lines", { given: ["\n\na\n"], want: ["", "", "a"] }],
    ["CRLF, also split between chunks", { given: ["a\r", "\nb\r\n"], want: ["a", "b"] }],
    ["a lone CR, as node:readline", { given: ["a\rb\r", "c"], want: ["a", "b", "c"] }],
    ["a line across chunks", { given: ["ab", "cd", "e\nf"], want: ["abcde", "f"] }],
    ["UTF-8 split inside a character", { given: [Buffer.from([0xe0, 0xb8]), Buffer.from([0x81, 0x0a])], want: ["ก"] }],
    ["a line of exactly the limit", { given: ["abcd\n"], limit: 4, want: ["abcd"] }],
    ["a line over the limit, then the next", { given: ["abcde\nok\n"], limit: 4, want: ["OVERLONG", "ok"] }],
    ["an over-long line across chunks", { given: ["ab", "cde", "fgh", "i\nok"], limit: 4, want: ["OVERLONG", "ok"] }],
    ["an over-long last line", { given: ["ok\nabcde"], limit: 4, want: ["ok", "OVERLONG"] }],
    ["nothing", { given: [], want: [] }],
  ])("%s", async (_title, { given, limit, want }) => {
    expect(await lines(given, limit)).toEqual(want);
  });

  it("splits like String.split on any chunking", async () => {
    const text = fc.string({ unit: fc.constantFrom("a", "é", "\n", "\r", "{", "ก") });
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 5 }), async (given, cuts) => {
        const bytes = Buffer.from(given, "utf8");
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((start, index) => bytes.subarray(start, points[index] ?? bytes.length));
        const want = given.split(/\r\n|\r|\n/);
        if (want.at(-1) === "") want.pop();
        expect(await lines(chunks, 1 << 20)).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it("drops an over-long line spread over many chunks (4 MiB) and reads the next", async () => {
    async function* longLineThenOk(): AsyncGenerator<Buffer> {
      for (let index = 0; index < 64; index += 1) yield Buffer.alloc(64 * 1024, 0x78);
      yield Buffer.from("\nok\n");
    }
    const seen: InputLine[] = [];
    for await (const line of readLines(longLineThenOk(), 100_000)) seen.push(line);
    expect(seen).toEqual([{ kind: "overlong", limit: 100_000 }, "ok"]);
  });

  it("stops at the limit on an endless stream of NUL bytes (/dev/zero), with the line number", async () => {
    async function* okThenZeros(): AsyncGenerator<Buffer> {
      yield Buffer.from("ok\n");
      for (;;) yield Buffer.alloc(64 * 1024);
    }
    const seen: InputLine[] = [];
    const reading = (async () => {
      for await (const line of readLines(okThenZeros(), 256 * 1024)) seen.push(line);
    })();
    await expect(reading).rejects.toThrow(NotTextError);
    await expect(reading).rejects.toMatchObject({ line: 2, limit: 256 * 1024 });
    expect(seen).toEqual(["ok", { kind: "overlong", limit: 256 * 1024 }]);
  });
});
