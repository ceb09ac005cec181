import { writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleWithBadUuid, bundleWithUnknownKey, minimalBundle } from "../../schema/src/validate/_test-bundles";
import { jsonLines, ndjson, runCli, runTipxProcess, type TempDir, tempDir } from "./_test/harness";
import type { ValidateRecordLine, ValidateSummaryLine } from "./index";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

async function writeBytes(name: string, bytes: Buffer | string): Promise<string> {
  const file = path.join(dir.path, name);
  await writeFile(file, bytes);
  return file;
}

/** The record lines of JSON output (not the lines of unreadable inputs, nor the summary). */
function recordLines(stdout: string): ValidateRecordLine[] {
  return jsonLines(stdout).filter(
    (line): line is ValidateRecordLine => typeof line === "object" && line !== null && "ok" in line,
  );
}

async function validateJson(args: readonly string[], stdin?: Readable) {
  const result = await runCli(["validate", "--format", "json", ...args], stdin === undefined ? {} : { stdin });
  const last = jsonLines(result.stdout).at(-1) as ValidateSummaryLine;
  return { ...result, records: recordLines(result.stdout), summary: last.summary };
}

/** Each record as [index, line, error codes]. */
const where = (records: readonly ValidateRecordLine[]) =>
  records.map((record) => [record.index, record.line, record.issues.map((issue) => issue.code)]);

describe("tipx validate: a JSON array of bundles", () => {
  it("validates a few thousand elements one by one, each reported with its index", async () => {
    const bundles = Array.from({ length: 3000 }, (_value, index) =>
      index === 1234 ? bundleWithBadUuid() : index === 2999 ? bundleWithUnknownKey(index) : minimalBundle(index),
    );
    const file = await writeBytes("many.json", JSON.stringify(bundles));
    const { code, records, summary, stderr } = await validateJson([file]);
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(summary).toMatchObject({ records: 3000, valid: 2998, invalid: 2 });
    expect(records.map((record) => record.index)).toEqual(bundles.map((_bundle, index) => index));
    expect(where(records.filter((record) => !record.ok))).toEqual([
      [1234, 1, ["TIPX105"]],
      [2999, 1, ["TIPX104"]],
    ]);
    expect(records[0]).toMatchObject({ file, line: 1, index: 0, ok: true });
  });

  it("gives each element of a pretty-printed array the line it starts on, in text as `[index] line N`", async () => {
    const file = await writeBytes(
      "pretty-array.json",
      `${JSON.stringify([minimalBundle(1), bundleWithUnknownKey(2), minimalBundle(3)], null, 2)}\n`,
    );
    const json = await validateJson([file]);
    expect(where(json.records)).toEqual([
      [0, 2, []],
      [1, 12, ["TIPX104"]],
      [2, 23, []],
    ]);
    const text = await runCli(["validate", file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`${file}\n  [1] line 12  error    TIPX104  /foo  `);
    expect(text.stdout).toContain("  3 records: 2 valid, 1 invalid\n");
  });

  it("reports an element that is not JSON, or past --max-line-bytes, and goes on with the next", async () => {
    const long = { ...minimalBundle(2), sender: { name: "x".repeat(5000) } };
    const text = `[${JSON.stringify(minimalBundle(1))},\n${JSON.stringify(long)},\n{"tipx": oops},\n${JSON.stringify(minimalBundle(4))}]`;
    const file = await writeBytes("mixed-array.json", text);
    const { code, records, summary } = await validateJson(["--max-line-bytes", "4096", file]);
    expect(code).toBe(1);
    expect(where(records)).toEqual([
      [0, 1, []],
      [1, 2, ["TIPX101"]],
      [2, 3, ["TIPX101"]],
      [3, 4, []],
    ]);
    expect(records[1]?.issues[0]?.message).toContain("longer than the limit of 4 KiB (--max-line-bytes)");
    expect(records[2]?.issues[0]?.message).toContain("syntax error at line 3, column 10");
    expect(summary).toMatchObject({ records: 4, valid: 2, invalid: 2, unreadable: 0 });
  });

  it("exits 3 when no element is within --max-line-bytes", async () => {
    const long = { ...minimalBundle(1), sender: { name: "x".repeat(5000) } };
    const file = await writeBytes("all-long-array.json", JSON.stringify([long, long]));
    const { code, summary, stderr } = await validateJson(["--max-line-bytes", "4096", file]);
    expect(code).toBe(3);
    expect(summary).toMatchObject({ records: 2, invalid: 2, unreadable: 1 });
    expect(stderr).toContain("no record in it is within the limit of 4 KiB");
  });

  it("reads an array from standard input, and keeps a .ndjson file NDJSON even when its lines are arrays", async () => {
    const stdin = Readable.from([JSON.stringify([minimalBundle(1), minimalBundle(2)])]);
    expect(where((await validateJson(["-"], stdin)).records)).toEqual([
      [0, 1, []],
      [1, 1, []],
    ]);
    const file = await writeBytes("arrays.ndjson", ndjson("[1]", minimalBundle(2)));
    const lines = await validateJson([file]);
    expect(lines.records.map((record) => [record.index, record.line, record.ok])).toEqual([
      [undefined, 1, false],
      [undefined, 2, true],
    ]);
  });
});

describe("tipx validate: gzip", () => {
  it("reads .gz files (NDJSON and arrays) through zlib, by name or by signature", async () => {
    const lines = await writeBytes("cases.ndjson.gz", gzipSync(ndjson(minimalBundle(1), bundleWithBadUuid())));
    const array = await writeBytes("cases-array.bin", gzipSync(JSON.stringify([minimalBundle(3), minimalBundle(4)])));
    const { code, records } = await validateJson([lines, array]);
    expect(code).toBe(1);
    expect(records.map((record) => [path.basename(record.file), record.index, record.line, record.ok])).toEqual([
      ["cases.ndjson.gz", undefined, 1, true],
      ["cases.ndjson.gz", undefined, 2, false],
      ["cases-array.bin", 0, 1, true],
      ["cases-array.bin", 1, 1, true],
    ]);
  });

  it("reads gzip from standard input", async () => {
    const stdin = Readable.from([gzipSync(ndjson(minimalBundle(1), minimalBundle(2)))]);
    const { code, summary } = await validateJson(["-"], stdin);
    expect(code).toBe(0);
    expect(summary).toMatchObject({ records: 2, valid: 2 });
  });

  it("applies --max-line-bytes to the decompressed lines", async () => {
    const long = { ...minimalBundle(2), sender: { name: "x".repeat(5000) } };
    const file = await writeBytes("long.ndjson.gz", gzipSync(ndjson(minimalBundle(1), long, minimalBundle(3))));
    const { code, records } = await validateJson(["--max-line-bytes", "4096", file]);
    expect(code).toBe(1);
    expect(records.map((record) => [record.line, record.issues.map((issue) => issue.code)])).toEqual([
      [1, []],
      [2, ["TIPX101"]],
      [3, []],
    ]);
  });

  it("reads a legacy encoding inside gzip with --encoding, and counts the offset in the decompressed data without", async () => {
    const text = JSON.stringify({ ...minimalBundle(1), sender: { name: "María Peña" } });
    const file = await writeBytes("latin1.json.gz", gzipSync(Buffer.from(text, "latin1")));
    const refused = await runCli(["validate", file]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain(`offset ${text.indexOf("í")} of the decompressed data`);
    expect((await runCli(["validate", "--encoding", "windows-1252", file])).code).toBe(0);
  });

  it("exits 3 for gzip that cannot be decompressed: truncated, or a .gz name on other data", async () => {
    const whole = gzipSync(ndjson(minimalBundle(1), minimalBundle(2)));
    const truncated = await writeBytes("truncated.ndjson.gz", whole.subarray(0, whole.length - 12));
    const notGzip = await writeBytes("plain.json.gz", JSON.stringify(minimalBundle(1)));
    const result = await runCli(["validate", truncated, notGzip]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      `tipx: cannot read ${truncated}: it looks like gzip (by its name or its first bytes) but could not be decompressed (Z_BUF_ERROR)`,
    );
    expect(result.stderr).toContain(`tipx: cannot read ${notGzip}: it looks like gzip`);
    expect(result.stderr).toContain("(Z_DATA_ERROR)");
  });
});

/** The start of a ZIP archive, as an XLSX workbook begins. */
const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), Buffer.alloc(64, 1)]);

describe("tipx validate: input that is not JSON", () => {
  const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]);
  const binary = Buffer.from(Array.from({ length: 512 }, (_value, index) => (index * 37) % 256));

  it("exits 3 with a hint for CSV, XLSX, XLS, binary data and gzip'd CSV, not 1 with a syntax error", async () => {
    const files = [
      await writeBytes("cases.csv", "id,given_name,family_name,gender\n1,Ana,Test,Feminine\n"),
      await writeBytes("cases.xlsx", xlsx),
      await writeBytes("cases.xls", xls),
      await writeBytes("photo.json", binary),
      await writeBytes("cases.csv.gz", gzipSync("id;nombre\n1;Ana\n")),
    ];
    const { code, records, summary, stderr } = await validateJson(files);
    expect(code).toBe(3);
    expect(records).toEqual([]);
    expect(summary).toMatchObject({ files: 5, records: 0, unreadable: 5 });
    expect(stderr).not.toContain("syntax error");
    expect(stderr.replaceAll(`${dir.path}${path.sep}`, "")).toMatchInlineSnapshot(`
      "tipx: cannot read cases.csv: it looks like CSV, not JSON; tipx validate reads JSON and NDJSON; convert spreadsheets to bundles first: tipx convert FILE --from htcds (or --from mapped --mapping M.json)
      tipx: cannot read cases.xlsx: it looks like an XLSX spreadsheet (a ZIP archive), not JSON; tipx validate reads JSON and NDJSON; convert spreadsheets to bundles first: tipx convert FILE --from htcds (or --from mapped --mapping M.json)
      tipx: cannot read cases.xls: it looks like an Excel 97-2003 (.xls) workbook, not JSON; tipx validate reads JSON and NDJSON; convert spreadsheets to bundles first: tipx convert FILE --from htcds (or --from mapped --mapping M.json)
      tipx: cannot read photo.json: it is binary data, not JSON text (it holds NUL or other control bytes); tipx validate reads JSON and NDJSON
      tipx: cannot read cases.csv.gz: it looks like CSV, not JSON; tipx validate reads JSON and NDJSON; convert spreadsheets to bundles first: tipx convert FILE --from htcds (or --from mapped --mapping M.json)
      "
    `);
  });

  it("goes on with the other inputs", async () => {
    const csv = await writeBytes("first.csv", "a;b\n1;2\n");
    const valid = await writeBytes("second.json", JSON.stringify(minimalBundle(1)));
    const { code, records } = await validateJson([csv, valid]);
    expect(code).toBe(3);
    expect(records.map((record) => [path.basename(record.file), record.ok])).toEqual([["second.json", true]]);
  });
});

describe("tipx validate: empty inputs", () => {
  it("warns about an empty NDJSON file or JSON array, counts no record, and exits 0 when nothing else is wrong", async () => {
    const empty = await writeBytes("empty.ndjson", "");
    const blank = await writeBytes("blank.ndjson", "\n  \n\r\n");
    const array = await writeBytes("empty-array.json", "[\n]\n");
    const gz = await writeBytes("empty.ndjson.gz", gzipSync(""));
    const { code, records, summary, stderr } = await validateJson([empty, blank, array, gz]);
    expect(code).toBe(0);
    expect(records).toEqual([]);
    expect(summary).toMatchObject({ files: 4, records: 0, valid: 0, invalid: 0, unreadable: 0 });
    expect(stderr).toBe(
      [empty, blank, array, gz]
        .map((file) => `tipx: warning: ${file} is empty: it holds no records to validate\n`)
        .join(""),
    );
  });

  it("warns the same way beside valid inputs (exit 0), and says it in the --lang language", async () => {
    const empty = await writeBytes("empty-beside.ndjson", "");
    const valid = await writeBytes("valid-beside.ndjson", ndjson(minimalBundle(1)));
    const result = await runCli(["validate", "--lang", "es", empty, valid]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`tipx: advertencia: ${empty} está vacío: no contiene registros que validar\n`);
  });

  it("still treats an empty .json file as not JSON (TIPX101, exit 1)", async () => {
    const { code, records, stderr } = await validateJson([await writeBytes("empty.json", "")]);
    expect(code).toBe(1);
    expect(records.map((record) => record.issues.map((issue) => issue.code))).toEqual([["TIPX101"]]);
    expect(stderr).toBe("");
  });
});

describe("the tipx executable", () => {
  it("reads a gzip'd array and refuses a spreadsheet", async () => {
    const array = await writeBytes(
      "process.json.gz",
      gzipSync(JSON.stringify([minimalBundle(1), bundleWithBadUuid()])),
    );
    const result = await runTipxProcess(["validate", "--format", "json", array]);
    expect(result.code).toBe(1);
    expect(where(recordLines(result.stdout))).toEqual([
      [0, 1, []],
      [1, 1, ["TIPX105"]],
    ]);
    const spreadsheet = await writeBytes("process.xlsx", xlsx);
    const refused = await runTipxProcess(["validate", spreadsheet]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("convert spreadsheets to bundles first");
  }, 60_000);
});
