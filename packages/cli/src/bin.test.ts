import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleWithBadUuid, minimalBundle } from "../../schema/src/validate/_test-bundles";
import { jsonLines, ndjson, type TempDir, tempDir } from "./_test/harness";
import type { ValidateRecordLine } from "./index";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const BIN = fileURLToPath(new URL("./bin.ts", import.meta.url));

/** Runs the real `tipx` process from source (tsx, the @tipx/source condition: no build needed). */
function tipx(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--conditions=@tipx/source", "--import", "tsx", BIN, ...args],
      { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

describe("the tipx executable", () => {
  it("validates an NDJSON file and exits with the code run() returns", async () => {
    const valid = await dir.write("valid.ndjson", ndjson(minimalBundle(1), minimalBundle(2)));
    const invalid = await dir.write("invalid.ndjson", ndjson(minimalBundle(1), "{oops", bundleWithBadUuid()));
    const ok = await tipx(["validate", valid]);
    expect(ok.stderr).toBe("");
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("2 records: 2 valid, 0 invalid");
    const bad = await tipx(["validate", "--format", "json", invalid]);
    expect(bad.code).toBe(1);
    const records = jsonLines(bad.stdout).slice(0, -1) as ValidateRecordLine[];
    expect(records.map((record) => [record.line, record.issues.map((issue) => issue.code)])).toEqual([
      [1, []],
      [2, ["TIPX101"]],
      [3, ["TIPX105"]],
    ]);
    expect((await tipx(["validate", `${dir.path}/missing.ndjson`])).code).toBe(3);
  });
});
