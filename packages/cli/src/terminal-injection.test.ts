import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalBundle, uuid } from "../../schema/src/validate/_test-bundles";
import { runCli, type TempDir, tempDir } from "./_test/harness";

let dir: TempDir;
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

/** A key that clears the screen, forges an issue line on the next line, and reverses the text after it. */
const HOSTILE = "\u001b[2J\r\n  error    TIPX999  /x  forged\u202e\u0085\u2028\u2066";
/** The same for a file name (no slash). */
const HOSTILE_NAME = HOSTILE.replaceAll("/", "");

/** Control characters that must never reach a terminal raw (line feeds are the report's own). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what is looked for
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** What JSON.stringify leaves raw: DEL, C1, line and paragraph separators, bidi controls. */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
/** A line that reads like an issue line for the forged code. */
const FORGED_LINE = /^\s*(line \d+\s+)?(error|warning|info)\s+TIPX999/mu;

function hostileBundle(): Record<string, unknown> {
  const organization = { type: "Organization", id: uuid(100), name: "X", extensions: { [HOSTILE]: 1 } };
  return { ...minimalBundle(), [HOSTILE]: 1, entities: [organization] };
}

describe("no terminal injection", () => {
  it("escapes control characters from keys and file names in the text report", async () => {
    const json = await dir.write(`bundle${HOSTILE_NAME}.json`, hostileBundle());
    const lines = await dir.write(`cases${HOSTILE_NAME}.ndjson`, `${JSON.stringify(hostileBundle())}\n{"oops\n`);
    const result = await runCli(["validate", json, lines, `${dir.path}/missing${HOSTILE_NAME}.json`]);
    expect(result.code).toBe(3);
    expect(result.stdout).toContain("TIPX104");
    for (const text of [result.stdout, result.stderr]) {
      expect(text).not.toMatch(RAW_CONTROL);
      expect(text).not.toMatch(FORGED_LINE);
    }
    expect(result.stdout).toContain("\\u001b[2J\\u000d\\u000a  error    TIPX999  /x  forged\\u202e");
    expect(result.stderr).toContain("missing\\u001b[2J\\u000d\\u000a");
  });

  it("writes JSON lines that parse and hold no raw C1, separator or bidi character", async () => {
    const file = await dir.write(`report${HOSTILE_NAME}.ndjson`, `${JSON.stringify(hostileBundle())}\n`);
    const result = await runCli(["validate", "--format", "json", file]);
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(RAW_IN_JSON);
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    const values = result.stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as { file?: string; issues?: { code: string }[] });
    expect(values).toHaveLength(2);
    // The escapes are JSON's own: a program reading the report gets the file name back as it is.
    expect(values[0]?.file).toBe(file);
    expect(values[0]?.issues?.map((issue) => issue.code)).toContain("TIPX104");
  });

  it("escapes them in usage errors, which quote the command line", async () => {
    const result = await runCli(["explain", HOSTILE]);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(RAW_CONTROL);
    expect(result.stderr).not.toMatch(FORGED_LINE);
    const option = await runCli(["validate", `--${HOSTILE}`, "x.json"]);
    expect(option.code).toBe(2);
    expect(option.stderr).not.toMatch(RAW_CONTROL);
  });

  it("escapes them in the paths tipx schema prints", async () => {
    const result = await runCli(["schema", "--out", `schemas${HOSTILE}`], { cwd: dir.path });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("wrote schemas\\u001b[2J");
    expect(result.stdout).not.toMatch(RAW_CONTROL);
    expect(result.stdout).not.toMatch(FORGED_LINE);
  });
});
