import { chmod, mkdir } from "node:fs/promises";
import { Readable, Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bundleWithBadThaiPin,
  bundleWithBadUuid,
  bundleWithDanglingOwner,
  bundleWithOrganization,
  bundleWithUnknownKey,
  bundleWithWarningsOnly,
  minimalBundle,
} from "../../schema/src/validate/_test-bundles";
import { Capture, jsonLines, ndjson, runCli, type TempDir, tempDir } from "./_test/harness";
import type { ValidateRecordLine, ValidateSummaryLine } from "./index";
import { run } from "./main";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

/** Runs `tipx validate --format json` and returns the record lines and the summary. */
async function validateJson(
  args: readonly string[],
): Promise<{ code: number; records: ValidateRecordLine[]; summary: ValidateSummaryLine["summary"] }> {
  const result = await runCli(["validate", "--format", "json", ...args]);
  const lines = jsonLines(result.stdout);
  const last = lines.pop() as ValidateSummaryLine;
  return { code: result.code, records: lines as ValidateRecordLine[], summary: last.summary };
}

describe("tipx validate: JSON files and exit codes", () => {
  it("exits 0 when every bundle is valid", async () => {
    const a = await dir.write("minimal.json", minimalBundle());
    const b = await dir.write("organization.json", bundleWithOrganization());
    const result = await runCli(["validate", a, b]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("minimal.json  valid");
    expect(result.stdout).toContain("2 files, 2 records: 2 valid, 0 invalid");
  });

  it.each([
    ["an unknown key", bundleWithUnknownKey(), "TIPX104", "/foo"],
    ["a bad uuid", bundleWithBadUuid(), "TIPX105", "/id"],
    ["a dangling case owner", bundleWithDanglingOwner(), "TIPX402", "/entities/1/owner"],
  ])("exits 1 for %s, reporting its code and path", async (_title, bundle, code, path) => {
    const file = await dir.write(`${code}.json`, bundle);
    const { code: exit, records } = await validateJson([file]);
    expect(exit).toBe(1);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ file, line: 1, ok: false });
    expect(records[0]?.issues).toContainEqual(expect.objectContaining({ code, severity: "error", path }));
  });

  it("reports a missing file and a directory on stderr, goes on with the others and exits 3", async () => {
    const valid = await dir.write("still-read.json", minimalBundle());
    const invalid = await dir.write("still-read-invalid.json", bundleWithUnknownKey());
    const folder = `${dir.path}/a-folder`;
    await mkdir(folder, { recursive: true });
    const result = await runCli(["validate", `${dir.path}/missing.json`, valid, folder, invalid]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(`cannot read ${dir.path}/missing.json: no such file`);
    expect(result.stderr).toContain(`cannot read ${folder}: it is a directory`);
    expect(result.stdout).toContain("still-read.json  valid");
    expect(result.stdout).toContain("still-read-invalid.json  invalid\n  error    TIPX104  /foo  ");
    expect(result.stdout).toContain("2 files could not be read");
  });

  it.skipIf(process.getuid?.() === 0)("exits 3 for a file it has no permission to read", async () => {
    const file = await dir.write("secret.json", minimalBundle());
    await chmod(file, 0o000);
    const result = await runCli(["validate", file]);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("permission denied");
  });

  it("reports a stream that fails while being read as unreadable (3)", async () => {
    const stdin = new Readable({
      read() {
        this.destroy(Object.assign(new Error("device gone"), { code: "EIO" }));
      },
    });
    const result = await runCli(["validate", "-"], { stdin });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain("cannot read <stdin>: read error (EIO)");
  });

  it("exits 70, with the stack on stderr, when tipx itself fails", async () => {
    const file = await dir.write("bug.json", minimalBundle());
    const stdout = new (class extends Writable {
      override write(): boolean {
        throw new Error("a bug");
      }
    })();
    const stderr = new Capture();
    const code = await run(["validate", file], {
      stdin: Readable.from([]),
      stdout,
      stderr,
      env: {},
      isStdoutTTY: false,
      isStderrTTY: false,
      cwd: dir.path,
    });
    expect(code).toBe(70);
    expect(stderr.text).toContain("unexpected error");
    expect(stderr.text).toContain("a bug");
  });

  it.each([
    ["an unknown option", ["validate", "--frobnicate", "x.json"], "unknown option"],
    ["a bad --lang", ["validate", "--lang", "fr", "x.json"], "Allowed choices are en, th, es"],
    ["a bad --profile", ["validate", "--profile", "BR", "x.json"], "Allowed choices are TH, LR, PY, AR"],
    ["no files", ["validate"], "missing required argument"],
    ["stdin twice", ["validate", "-", "-"], "can be read only once"],
    ["an unknown command", ["frobnicate"], "unknown command"],
    ["no command", [], "Usage: tipx"],
  ])("exits 2 for %s", async (_title, argv, message) => {
    const result = await runCli(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe("");
  });

  it("exits 2 for a TIPX_LANG it does not know", async () => {
    const file = await dir.write("env-lang.json", minimalBundle());
    const result = await runCli(["validate", file], { env: { TIPX_LANG: "fr" } });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("TIPX_LANG must be one of en, th, es");
  });

  it("reads a pretty-printed bundle whole and shows no line numbers for it", async () => {
    const file = await dir.write("pretty.json", bundleWithUnknownKey());
    const result = await runCli(["validate", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("pretty.json  invalid\n  error    TIPX104  /foo  ");
    expect(result.stdout).not.toContain("line ");
  });

  it("reports a malformed multi-line document once, with the line and column of the error, without quoting it", async () => {
    const file = await dir.write("broken.json", '{\n  "tipx": "1.0",\n  "sender": { "name": Somchai }\n}\n');
    const { code, records } = await validateJson([file]);
    expect(code).toBe(1);
    expect(records).toHaveLength(1);
    const issue = records[0]?.issues[0];
    expect(issue).toMatchObject({ code: "TIPX101", path: "" });
    expect(issue?.message).toContain("line 3, column 23");
    expect(issue?.message).not.toContain("Somchai");
  });

  it("treats an empty .json file as not JSON but an empty .ndjson file as holding no records", async () => {
    const json = await validateJson([await dir.write("empty.json", "")]);
    expect(json.code).toBe(1);
    expect(json.records[0]?.issues[0]?.code).toBe("TIPX101");
    const lines = await validateJson([await dir.write("empty.ndjson", "\n\n")]);
    expect(lines.code).toBe(0);
    expect(lines.summary).toMatchObject({ files: 1, records: 0 });
  });

  it("with --level strict counts warnings as errors", async () => {
    const file = await dir.write("warnings.json", bundleWithWarningsOnly());
    const standard = await validateJson([file]);
    expect(standard.code).toBe(0);
    expect(standard.records[0]?.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ["TIPX601", "warning"],
      ["TIPX603", "warning"],
    ]);
    const strict = await validateJson(["--level", "strict", file]);
    expect(strict.code).toBe(1);
    expect(strict.summary.warnings).toBe(0);
    expect(strict.records[0]?.issues.map((issue) => [issue.code, issue.severity])).toEqual([
      ["TIPX601", "error"],
      ["TIPX603", "error"],
    ]);
  });

  it("runs a country profile's rules with --profile, and not without it", async () => {
    const file = await dir.write("profile.json", bundleWithBadThaiPin());
    const withProfile = await validateJson(["--profile", "TH", file]);
    expect(withProfile.code).toBe(1);
    expect(withProfile.records[0]?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["TIPX302", "/entities/0/identityDocuments/0/number"],
    ]);
    const without = await validateJson([file]);
    expect(without.code).toBe(0);
    expect(without.records[0]?.issues.map((issue) => issue.code)).toEqual([]);
  });

  it("with --quiet prints only invalid records and no summary", async () => {
    const valid = await dir.write("quiet-valid.json", minimalBundle());
    const invalid = await dir.write("quiet-invalid.json", bundleWithUnknownKey());
    const result = await runCli(["validate", "--quiet", valid, invalid]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain("quiet-valid.json");
    expect(result.stdout).toContain("quiet-invalid.json  invalid\n  error    TIPX104  /foo  ");
    expect(result.stdout).not.toContain("records");
  });

  it("prints a text report that reads like this", async () => {
    const json = await dir.write("report.json", bundleWithDanglingOwner());
    const lines = await dir.write(
      "report.ndjson",
      ndjson(minimalBundle(), '{"tipx": "1.0", "id": ', bundleWithUnknownKey()),
    );
    const result = await runCli(["validate", json, lines]);
    expect(result.code).toBe(1);
    expect(result.stdout.replaceAll(dir.path, "<tmp>")).toMatchInlineSnapshot(`
      "<tmp>/report.json  invalid
        error    TIPX402  /entities/1/owner  “Responsible organisation”: there is no organisation with this id in the bundle.
        warning  TIPX601  /entities/1/parties  The case has no party with the role “Victim” or “Presumed victim”.
        warning  TIPX603  /entities/1  The case lacks the recommended HTCDS core field cas_Status.
      <tmp>/report.ndjson
        line 2  error    TIPX101  (root)  The text is not valid JSON: unexpected end of input.
        line 3  error    TIPX104  /foo  The bundle has a field "foo" that the model does not define; put data that has no place in the model under "extensions", with a namespaced key.
        3 records: 1 valid, 2 invalid

      2 files, 4 records: 1 valid, 3 invalid (3 errors, 2 warnings)
      "
    `);
  });
});
