import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleWithBadUuid, minimalBundle } from "../../schema/src/validate/_test-bundles";
import { jsonLines, ndjson, runCli, runTipxProcess, type TempDir, tempDir } from "./_test/harness";
import type { ValidateRecordLine } from "./index";
import { CLI_VERSION } from "./version";

/** Runs the real `tipx` process from source (tsx, the @tipx/source condition: no build needed). */
const tipx = (args: readonly string[]) => runTipxProcess(args);

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

  it("answers --version and --help without commander, with commander's words and exit codes", async () => {
    expect(await tipx(["--version"])).toEqual({ code: 0, stdout: `${CLI_VERSION}\n`, stderr: "" });
    const help = await runCli(["--help"]);
    expect(await tipx(["-h"])).toEqual({ code: 0, stdout: help.stdout, stderr: "" });
    expect(await tipx([])).toEqual({ code: 2, stdout: "", stderr: help.stdout });
  });
});
