import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleWithDanglingOwner, bundleWithUnknownKey } from "../../schema/src/validate/_test-bundles";
import { ANSI, ANSI_ALL, jsonLines, runCli, type TempDir, tempDir } from "./_test/harness";
import { wantsColor } from "./color";
import type { ValidateRecordLine } from "./index";

let dir: TempDir;
let invalid: string;
beforeAll(async () => {
  dir = await tempDir();
  invalid = await dir.write("invalid.json", bundleWithDanglingOwner());
});
afterAll(async () => {
  await dir.remove();
});

/** The issues `tipx validate --format json` reports for the one (invalid) file in `argv`. */
async function issuesIn(
  argv: readonly string[],
  env: Record<string, string> = {},
): Promise<ValidateRecordLine["issues"]> {
  const result = await runCli(["validate", "--format", "json", ...argv], { env });
  expect(result.code).toBe(1);
  return (jsonLines(result.stdout)[0] as ValidateRecordLine).issues;
}

describe("tipx validate --lang", () => {
  it("gives the same codes and paths with Thai messages", async () => {
    const english = await issuesIn([invalid]);
    const thai = await issuesIn(["--lang", "th", invalid]);
    expect(thai.map((i) => [i.code, i.path])).toEqual(english.map((i) => [i.code, i.path]));
    expect(thai.map((i) => i.code)).toContain("TIPX402");
    thai.forEach((issue, index) => {
      expect(issue.message).not.toBe(english[index]?.message);
      expect(issue.message).toMatch(/[\u0E00-\u0E7F]/); // Thai script
    });
  });

  it("takes the language from TIPX_LANG when --lang is absent, and --lang wins over it", async () => {
    const fromEnv = await issuesIn([invalid], { TIPX_LANG: "es" });
    const spanish = await issuesIn(["--lang", "es", invalid]);
    expect(fromEnv).toEqual(spanish);
    expect(await issuesIn(["--lang", "en", invalid], { TIPX_LANG: "es" })).toEqual(await issuesIn([invalid]));
  });

  it("translates the report's own words too", async () => {
    const result = await runCli(["validate", "--lang", "es", invalid]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("TIPX402");
    expect(result.stdout).toContain("inválido");
    expect(result.stdout).toContain("1 archivo, 1 registro");
  });
});

describe("colour", () => {
  it.each([
    ["not a terminal", { isStdoutTTY: false, env: {} }, false],
    ["a terminal", { isStdoutTTY: true, env: {} }, true],
    ["a terminal with NO_COLOR", { isStdoutTTY: true, env: { NO_COLOR: "1" } }, false],
    ["a terminal with an empty NO_COLOR (which does not count)", { isStdoutTTY: true, env: { NO_COLOR: "" } }, true],
    ["not a terminal with FORCE_COLOR", { isStdoutTTY: false, env: { FORCE_COLOR: "1" } }, true],
    ["a terminal with FORCE_COLOR=0", { isStdoutTTY: true, env: { FORCE_COLOR: "0" } }, false],
  ])("%s: ANSI escapes %s", async (_title, options, coloured) => {
    const file = await dir.write("colour.json", bundleWithUnknownKey());
    const result = await runCli(["validate", file], options);
    expect(result.code).toBe(1);
    expect(result.stdout.replace(ANSI_ALL, "")).toContain("TIPX104");
    expect(ANSI.test(result.stdout)).toBe(coloured);
  });

  it("--no-color and --color override the terminal and the environment", async () => {
    const file = await dir.write("colour-flag.json", bundleWithUnknownKey());
    const plain = await runCli(["validate", "--no-color", file], { isStdoutTTY: true });
    expect(plain.code).toBe(1);
    expect(plain.stdout).toContain("TIPX104");
    expect(ANSI.test(plain.stdout)).toBe(false);
    const coloured = await runCli(["validate", "--color", file], { env: { NO_COLOR: "1" } });
    expect(coloured.code).toBe(1);
    expect(coloured.stdout.replace(ANSI_ALL, "")).toContain("TIPX104");
    expect(ANSI.test(coloured.stdout)).toBe(true);
  });

  it("never colours JSON output", async () => {
    const file = await dir.write("colour-json.json", bundleWithUnknownKey());
    const result = await runCli(["validate", "--format", "json", file], {
      isStdoutTTY: true,
      env: { FORCE_COLOR: "1" },
    });
    expect(result.code).toBe(1);
    expect((jsonLines(result.stdout)[0] as ValidateRecordLine).issues.map((issue) => issue.code)).toEqual(["TIPX104"]);
    expect(ANSI.test(result.stdout)).toBe(false);
  });

  it("follows NO_COLOR before FORCE_COLOR", () => {
    expect(wantsColor({ env: { NO_COLOR: "1", FORCE_COLOR: "1" } }, true, undefined)).toBe(false);
  });
});
