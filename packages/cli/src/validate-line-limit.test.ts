import { existsSync } from "node:fs";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleWithBadUuid, minimalBundle, uuid } from "../../schema/src/validate/_test-bundles";
import { jsonLines, ndjson, runCli, type TempDir, tempDir } from "./_test/harness";
import type { ValidateJsonLine, ValidateRecordLine, ValidateSummaryLine, ValidateUnreadableLine } from "./index";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

const LIMIT = "4096"; // bytes: 4 KiB, as the messages state it

/** Runs `tipx validate --format json --max-line-bytes 4096` and sorts its lines by kind. */
async function validateJson(args: readonly string[], stdin?: Readable) {
  const result = await runCli(["validate", "--format", "json", "--max-line-bytes", LIMIT, ...args], {
    ...(stdin === undefined ? {} : { stdin }),
  });
  const lines = jsonLines(result.stdout) as ValidateJsonLine[];
  const summary = (lines.pop() as ValidateSummaryLine).summary;
  const records = lines.filter((line): line is ValidateRecordLine => "ok" in line);
  const unreadable = lines.filter((line): line is ValidateUnreadableLine => "unreadable" in line);
  return { ...result, records, unreadable, summary };
}

const codesByLine = (records: readonly ValidateRecordLine[]) =>
  records.map((record) => [record.line, record.issues.map((issue) => issue.code)]);

/** A valid bundle, about 8 KB on one line: an organisation with a long extension. */
function longBundle(): Record<string, unknown> {
  const organization = {
    type: "Organization",
    id: uuid(100),
    name: "X",
    extensions: { "org.example/note": "x".repeat(8000) },
  };
  return { ...minimalBundle(9), entities: [organization] };
}

describe("tipx validate --max-line-bytes", () => {
  it("reports a line over the limit at its line number, with the limit, and validates the lines after it", async () => {
    const file = await dir.write("long-line.ndjson", ndjson(minimalBundle(1), longBundle(), minimalBundle(3)));
    const { code, records, summary, stderr } = await validateJson([file]);
    expect(code).toBe(1);
    expect(stderr).toBe("");
    expect(codesByLine(records)).toEqual([
      [1, []],
      [2, ["TIPX101"]],
      [3, []],
    ]);
    expect(records[1]?.issues[0]).toMatchObject({ path: "", severity: "error" });
    expect(records[1]?.issues[0]?.message).toMatchInlineSnapshot(
      `"The text is not valid JSON: the record is longer than the limit of 4 KiB (--max-line-bytes) and was not read."`,
    );
    expect(summary).toMatchObject({ records: 3, valid: 2, invalid: 1, unreadable: 0 });
  });

  it("goes on after a line over the limit to report invalid records as usual (exit 1)", async () => {
    const file = await dir.write("long-then-bad.ndjson", ndjson(longBundle(), bundleWithBadUuid(), minimalBundle(3)));
    const { code, records } = await validateJson([file]);
    expect(code).toBe(1);
    expect(codesByLine(records)).toEqual([
      [1, ["TIPX101"]],
      [2, ["TIPX105"]],
      [3, []],
    ]);
  });

  it("exits 3 for an input that holds nothing within the limit, naming the file and the limit on stderr", async () => {
    const file = await dir.write("only-long.ndjson", ndjson(longBundle(), longBundle()));
    const { code, records, unreadable, summary, stderr } = await validateJson([file]);
    expect(code).toBe(3);
    expect(codesByLine(records)).toEqual([
      [1, ["TIPX101"]],
      [2, ["TIPX101"]],
    ]);
    expect(unreadable).toEqual([{ file, unreadable: expect.objectContaining({ reason: "over-limit", limit: 4096 }) }]);
    expect(summary).toMatchObject({ records: 2, invalid: 2, unreadable: 1 });
    expect(stderr).toBe(`tipx: cannot read ${file}: no record in it is within the limit of 4 KiB (--max-line-bytes)\n`);
  });

  it.each([
    ["on one line", (bundle: Record<string, unknown>) => JSON.stringify(bundle)],
    ["pretty-printed", (bundle: Record<string, unknown>) => JSON.stringify(bundle, null, 2)],
  ])("exits 3, with a clear error, for a single JSON document larger than the limit %s", async (_title, write) => {
    const file = await dir.write(`large-${_title.replaceAll(" ", "-")}.json`, `${write(longBundle())}\n`);
    const { code, records, stderr } = await validateJson([file]);
    expect(code).toBe(3);
    expect(codesByLine(records)).toEqual([[1, ["TIPX101"]]]);
    expect(records[0]?.issues[0]?.message).toContain("4 KiB (--max-line-bytes)");
    expect(stderr).toContain(`cannot read ${file}: no record in it is within the limit of 4 KiB`);
  });

  it("stops with a clear error and exit 3 on a stream of NUL bytes without a line break (/dev/zero)", async () => {
    let sent = 0;
    const zeros = new Readable({
      read() {
        sent += 64 * 1024;
        this.push(Buffer.alloc(64 * 1024)); // endless, as /dev/zero
      },
    });
    const { code, records, summary, stderr } = await validateJson(["-"], zeros);
    expect(code).toBe(3);
    expect(records).toEqual([]);
    expect(summary).toMatchObject({ records: 0, unreadable: 1 });
    // NUL bytes in the first 4 KiB: refused as binary before any line is read.
    expect(stderr).toBe(
      "tipx: cannot read <stdin>: it is binary data, not JSON text (it holds NUL or other control bytes); " +
        "tipx validate reads JSON and NDJSON\n",
    );
    // It stopped at the start: what was read is a chunk or two of read-ahead.
    expect(sent).toBeLessThan(1024 * 1024);
  }, 10_000);

  it.skipIf(!existsSync("/dev/zero"))(
    "stops on /dev/zero itself",
    async () => {
      const { code, stderr } = await validateJson(["/dev/zero"]);
      expect(code).toBe(3);
      expect(stderr).toContain("cannot read /dev/zero: it is binary data");
    },
    10_000,
  );

  it("stops on a file of zeros a few times the limit, after the records before it", async () => {
    // Records past the first 4 KiB, so that the input is not refused as binary at its start.
    const records40 = Array.from({ length: 40 }, (_value, index) => minimalBundle(index + 1));
    const file = await dir.write("zeros.ndjson", `${ndjson(...records40)}${"\0".repeat(16 * 1024)}`);
    const { code, records, stderr } = await validateJson([file]);
    expect(code).toBe(3);
    expect(codesByLine(records)).toEqual([...records40.map((_record, index) => [index + 1, []]), [41, ["TIPX101"]]]);
    expect(stderr).toContain(`cannot read ${file}: line 41 is longer than the limit of 4 KiB (--max-line-bytes)`);
  });

  it.each(["0", "-1", "1.5", "64MiB", "268435457"])("exits 2 for --max-line-bytes %s", async (value) => {
    const result = await runCli(["validate", "--max-line-bytes", value, "x.ndjson"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("Give a whole number of bytes from 1 to 268435456 (256 MiB).");
  });

  it("reads lines up to 64 MiB by default", async () => {
    const file = await dir.write("default-limit.ndjson", ndjson(minimalBundle(1), longBundle()));
    const result = await runCli(["validate", file]);
    expect(result.code).toBe(0);
  });
});
