import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bundleWithBadUuid,
  bundleWithDanglingOwner,
  bundleWithUnknownKey,
  bundleWithWarningsOnly,
  minimalBundle,
  validBundle,
} from "../../schema/src/validate/_test-bundles";
import { type CliResult, jsonLines, runCli, type TempDir, tempDir } from "./_test/harness";
import type { ValidateRecordLine } from "./index";
import { planParallel } from "./validate/parallel-lines";

// `TIPX_WORKERS_MIN_BYTES` (internal) sends every file to the worker threads, or none.
const WITH_WORKERS = { TIPX_WORKERS_MIN_BYTES: "1" };
const ON_ONE_THREAD = { TIPX_WORKERS_MIN_BYTES: "999999999999" };

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

/**
 * About 2.5 MB of NDJSON (several batches of 1 MiB): valid bundles with, scattered among them, lines
 * that are not JSON, blank lines, and bundles with errors or warnings only.
 */
function largeNdjson(lineBreak = "\n"): string {
  const valid = JSON.stringify(validBundle());
  const lines: string[] = [];
  for (let n = 1; lines.length < 1_200; n += 1) {
    lines.push(valid);
    if (n % 7 === 0) lines.push("{oops");
    if (n % 11 === 0) lines.push("");
    if (n % 13 === 0) lines.push(JSON.stringify(bundleWithBadUuid()));
    if (n % 17 === 0) lines.push(JSON.stringify(bundleWithDanglingOwner(n)));
    if (n % 19 === 0) lines.push(JSON.stringify(bundleWithWarningsOnly(n)));
    if (n % 23 === 0) lines.push(JSON.stringify(bundleWithUnknownKey(n)));
    if (n % 29 === 0) lines.push(JSON.stringify(minimalBundle(n)));
  }
  return `${lines.join(lineBreak)}${lineBreak}`;
}

async function both(args: readonly string[]): Promise<[CliResult, CliResult]> {
  return [await runCli(args, { env: WITH_WORKERS }), await runCli(args, { env: ON_ONE_THREAD })];
}

describe("tipx validate with worker threads", () => {
  it("takes a large NDJSON file for the workers, and leaves JSON arrays and documents alone", async () => {
    const options = { encoding: undefined, maxLineBytes: 64 * 2 ** 20, minBytes: 1 };
    const ndjsonFile = await dir.write("plan.json", largeNdjson());
    const array = await dir.write("array.json", `[${JSON.stringify(validBundle())}]`);
    const document = await dir.write("document.json", validBundle());
    const size = (text: string) => Buffer.byteLength(text);
    expect(await planParallel({ path: ndjsonFile, name: "plan.json", size: 3e6 }, options)).toEqual({ offset: 0 });
    expect(await planParallel({ path: array, name: "array.json", size: size("[]") }, options)).toBeUndefined();
    expect(await planParallel({ path: document, name: "document.json", size: 100 }, options)).toBeUndefined();
    expect(
      await planParallel({ path: ndjsonFile, name: "plan.json", size: 3e6 }, { ...options, minBytes: 4e6 }),
    ).toBeUndefined();
  });

  it("reports every record in input order, with the exit code and lines of a single-threaded run", async () => {
    const file = await dir.write("large.ndjson", largeNdjson());
    for (const args of [
      ["validate", "--format", "json", file],
      ["validate", file],
      ["validate", "--quiet", file],
      ["validate", "--format", "json", "--quiet", "--lang", "th", "--level", "strict", file],
      ["validate", "--profile", "TH", "--lang", "es", file],
    ]) {
      const [workers, single] = await both(args);
      expect(workers.code).toBe(1);
      expect(workers.stderr).toBe(single.stderr);
      expect(workers.code).toBe(single.code);
      expect(workers.stdout.split("\n")).toEqual(single.stdout.split("\n"));
    }
    const records = jsonLines((await runCli(["validate", "--format", "json", file], { env: WITH_WORKERS })).stdout);
    const lines = (records.slice(0, -1) as ValidateRecordLine[]).map((record) => record.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines.length).toBe(
      largeNdjson()
        .split("\n")
        .filter((line) => line !== "").length,
    );
  });

  it("reads CRLF and CR line breaks, a byte-order mark and NDJSON in a .json file as on one thread", async () => {
    const crlf = await dir.write("crlf.ndjson", largeNdjson("\r\n"));
    const cr = await dir.write("cr.ndjson", largeNdjson("\r"));
    const bom = await dir.write("bom.jsonl", `\uFEFF${largeNdjson()}`);
    const named = await dir.write("lines.json", largeNdjson());
    const [workers, single] = await both(["validate", "--format", "json", crlf, cr, bom, named]);
    expect(workers).toEqual(single);
    expect(workers.code).toBe(1);
  });

  it("stops at an invalid byte or a binary over-long line where the single-threaded reader does", async () => {
    const text = largeNdjson();
    const middle = text.indexOf("\n", 1_500_000) + 1;
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, middle)),
      Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]), // "{é}" in windows-1252
      Buffer.from(text.slice(middle)),
    ]);
    const latin1 = path.join(dir.path, "latin1.ndjson");
    await writeFile(latin1, bytes);
    const binary = await dir.write(
      "binary.ndjson",
      `${text.slice(0, middle)}${"x".repeat(5_000)}\u0000\n${text.slice(middle)}`,
    );
    const [workers, single] = await both(["validate", "--format", "json", latin1]);
    expect(workers).toEqual(single);
    expect(workers.code).toBe(3);
    expect(workers.stderr).toContain(`offset ${middle + 1}`);
    const [binaryWorkers, binarySingle] = await both(["validate", "--max-line-bytes", "4000", binary]);
    expect(binaryWorkers).toEqual(binarySingle);
    expect(binaryWorkers.code).toBe(3);
  });

  it("reports lines over --max-line-bytes, however long, as on one thread", async () => {
    const text = largeNdjson();
    const middle = text.indexOf("\n", 1_200_000) + 1;
    const file = await dir.write(
      "long.ndjson",
      `${text.slice(0, middle)}{"long": "${"y".repeat(3_000_000)}"}\n${text.slice(middle)}`,
    );
    const [workers, single] = await both(["validate", "--format", "json", "--max-line-bytes", "2000000", file]);
    expect(workers).toEqual(single);
    expect(workers.stdout).toContain('"code":"TIPX101"');
  });
});
