import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bundleWithBadUuid,
  bundleWithDanglingOwner,
  bundleWithOrganization,
  minimalBundle,
  uuid,
} from "../../schema/src/validate/_test-bundles";
import { jsonLines, ndjson, runCli, type TempDir, tempDir } from "./_test/harness";
import type { ValidateRecordLine, ValidateSummaryLine } from "./index";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

const MIXED = ndjson(
  minimalBundle(1),
  bundleWithOrganization(2),
  '{"tipx": "1.0", "id": ',
  bundleWithBadUuid(),
  "",
  bundleWithDanglingOwner(5),
  minimalBundle(6),
);
/** Each record of MIXED as [line, ok, error codes]. */
const MIXED_ERRORS = [
  [1, true, []],
  [2, true, []],
  [3, false, ["TIPX101"]],
  [4, false, ["TIPX105"]],
  [6, false, ["TIPX402"]],
  [7, true, []],
];
const errorsOf = (records: readonly ValidateRecordLine[]) =>
  records.map((r) => [r.line, r.ok, r.issues.filter((i) => i.severity === "error").map((i) => i.code)]);

describe("tipx validate: NDJSON", () => {
  it("reports a malformed line as TIPX101 at its line number and validates the lines after it", async () => {
    const file = await dir.write("mixed.ndjson", MIXED);
    const result = await runCli(["validate", "--format", "json", file]);
    expect(result.code).toBe(1);
    const records = jsonLines(result.stdout).slice(0, -1) as ValidateRecordLine[];
    expect(errorsOf(records)).toEqual(MIXED_ERRORS);
    expect(records[2]?.issues[0]).toMatchObject({ code: "TIPX101", severity: "error", path: "" });
  });

  it("writes JSON lines of the documented shape, then a summary", async () => {
    const file = await dir.write("shape.ndjson", MIXED);
    const result = await runCli(["validate", "--format", "json", file]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split("\n");
    const values = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const summary = values.pop();
    // The bundle id is repeated when the record has one (the malformed line 3 has none).
    expect(values.map((value) => value["id"])).toEqual([uuid(1), uuid(2), undefined, "not-a-uuid", uuid(5), uuid(6)]);
    for (const value of values) {
      expect(Object.keys(value)).toEqual(
        value["id"] === undefined ? ["file", "line", "ok", "issues"] : ["file", "line", "id", "ok", "issues"],
      );
      expect(value).toMatchObject({ file, line: expect.any(Number), ok: expect.any(Boolean) });
      for (const issue of value["issues"] as Record<string, unknown>[]) {
        expect(Object.keys(issue)).toEqual(["code", "severity", "path", "message"]);
        expect(issue).toMatchObject({
          code: expect.stringMatching(/^TIPX\d{3}$/),
          severity: expect.stringMatching(/^(error|warning|info)$/),
          path: expect.any(String),
          message: expect.any(String),
        });
      }
    }
    expect(summary).toEqual({
      formatVersion: "1",
      summary: { files: 1, records: 6, valid: 3, invalid: 3, errors: 3, warnings: 2, unreadable: 0 },
    } satisfies ValidateSummaryLine);
  });

  it("reads - from stdin", async () => {
    const stdin = Readable.from([MIXED.slice(0, 100), MIXED.slice(100)]);
    const result = await runCli(["validate", "--format", "json", "-"], { stdin });
    expect(result.code).toBe(1);
    const records = jsonLines(result.stdout).slice(0, -1) as ValidateRecordLine[];
    expect(errorsOf(records)).toEqual(MIXED_ERRORS);
    expect(records.map((r) => r.file)).toEqual(Array(6).fill("-"));
  });

  it("names stdin <stdin> in the text report and reads a single bundle from it as a document", async () => {
    const result = await runCli(["validate", "-"], { stdin: JSON.stringify(minimalBundle(), null, 2) });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("<stdin>  valid");
  });

  it("takes a .jsonl file of one line as NDJSON (with a line number), and NDJSON content without the extension too", async () => {
    const single = await runCli(["validate", await dir.write("one.jsonl", ndjson(bundleWithBadUuid()))]);
    expect(single.code).toBe(1);
    expect(single.stdout).toContain("  line 1  error    TIPX105  /id");
    const unnamed = await runCli([
      "validate",
      await dir.write("export.txt", ndjson(minimalBundle(), bundleWithBadUuid())),
    ]);
    expect(unnamed.code).toBe(1);
    expect(unnamed.stdout).toContain("  line 2  error    TIPX105  /id");
  });

  it("handles CRLF line ends and a byte-order mark", async () => {
    const file = await dir.write(
      "windows.ndjson",
      `\uFEFF${ndjson(minimalBundle(1), bundleWithBadUuid()).replaceAll("\n", "\r\n")}`,
    );
    const result = await runCli(["validate", "--format", "json", file]);
    expect(result.code).toBe(1);
    const records = jsonLines(result.stdout).slice(0, -1) as ValidateRecordLine[];
    expect(errorsOf(records)).toEqual([
      [1, true, []],
      [2, false, ["TIPX105"]],
    ]);
  });

  it("counts many records without holding them (10,000 lines)", async () => {
    const line = JSON.stringify(minimalBundle());
    const file = await dir.write("many.ndjson", `${line}\n`.repeat(10_000));
    const result = await runCli(["validate", "--format", "json", "--quiet", file]);
    expect(result.code).toBe(0);
    expect(jsonLines(result.stdout)).toEqual([
      {
        formatVersion: "1",
        summary: { files: 1, records: 10_000, valid: 10_000, invalid: 0, errors: 0, warnings: 0, unreadable: 0 },
      },
    ]);
  });
});
