import type { Lang } from "@tipx/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bundleWithBadThaiPin,
  bundleWithDanglingOwner,
  bundleWithUnknownKey,
} from "../../schema/src/validate/_test-bundles";
import { ANSI, ANSI_ALL, jsonLines, runCli, type TempDir, tempDir } from "./_test/harness";
import { wantsColor } from "./color";
import type { ValidateRecordLine } from "./index";
import { ACCEPTED_LANGS, langOfPosixLocale, langOfTag } from "./resolve-lang";

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

describe("language tags", () => {
  it.each<[string, { given: string; want: Lang | undefined }]>([
    ["a language", { given: "th", want: "th" }],
    ["any case", { given: "TH", want: "th" }],
    ["a region", { given: "th-TH", want: "th" }],
    ["a region in any case", { given: "Es-ar", want: "es" }],
    ["Paraguayan Spanish", { given: "es-PY", want: "es" }],
    ["a numeric region", { given: "es-419", want: "es" }],
    ["a script and a region", { given: "en-Latn-US", want: "en" }],
    ["an underscore, as typed by habit", { given: "th_TH", want: "th" }],
    ["another language", { given: "fr-FR", want: undefined }],
    ["a three-letter code", { given: "tha", want: undefined }],
    ["a malformed tag", { given: "th--TH", want: undefined }],
    ["an empty string", { given: "", want: undefined }],
  ])("--lang and TIPX_LANG: %s", (_title, { given, want }) => {
    expect(langOfTag(given)).toBe(want);
  });

  it.each<[string, { given: string; want: Lang | undefined }]>([
    ["Thai in UTF-8", { given: "th_TH.UTF-8", want: "th" }],
    ["Argentine Spanish", { given: "es_AR.utf8", want: "es" }],
    ["a modifier", { given: "es_ES.UTF-8@euro", want: "es" }],
    ["the C locale", { given: "C", want: "en" }],
    ["the C locale in UTF-8", { given: "C.UTF-8", want: "en" }],
    ["POSIX", { given: "POSIX", want: "en" }],
    ["another language", { given: "de_DE.UTF-8", want: undefined }],
  ])("LANG: %s", (_title, { given, want }) => {
    expect(langOfPosixLocale(given)).toBe(want);
  });
});

describe("tipx validate --lang with tags and the environment", () => {
  it.each([["th-TH"], ["TH"], ["th_TH"]])("--lang %s is Thai", async (tag) => {
    expect(await issuesIn(["--lang", tag, invalid])).toEqual(await issuesIn(["--lang", "th", invalid]));
  });

  it.each([["es-AR"], ["es-PY"], ["Es-ar"], ["ES"]])("--lang %s is Spanish", async (tag) => {
    expect(await issuesIn(["--lang", tag, invalid])).toEqual(await issuesIn(["--lang", "es", invalid]));
  });

  it("exits 2 for a language it does not speak, listing what it accepts", async () => {
    for (const tag of ["fr", "fr-FR", "tha", "english"]) {
      const result = await runCli(["validate", "--lang", tag, invalid]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`argument '${tag}' is invalid. Allowed choices are ${ACCEPTED_LANGS}.`);
      expect(result.stdout).toBe("");
    }
  });

  it("takes TIPX_LANG as a tag too, and then the LANG locale", async () => {
    const spanish = await issuesIn(["--lang", "es", invalid]);
    const thai = await issuesIn(["--lang", "th", invalid]);
    const english = await issuesIn([invalid]);
    expect(await issuesIn([invalid], { TIPX_LANG: "es-PY" })).toEqual(spanish);
    expect(await issuesIn([invalid], { LANG: "th_TH.UTF-8" })).toEqual(thai);
    expect(await issuesIn([invalid], { LANG: "es_AR.utf8" })).toEqual(spanish);
    expect(await issuesIn([invalid], { LANG: "C" })).toEqual(english);
    expect(await issuesIn([invalid], { TIPX_LANG: "es", LANG: "th_TH.UTF-8" })).toEqual(spanish);
    expect(await issuesIn([invalid], { TIPX_LANG: "", LANG: "th_TH.UTF-8" })).toEqual(thai);
    expect(await issuesIn(["--lang", "en", invalid], { LANG: "th_TH.UTF-8" })).toEqual(english);
  });

  it("falls back to English silently for a LANG it does not speak, but refuses a bad TIPX_LANG", async () => {
    const german = await runCli(["validate", "--format", "json", invalid], { env: { LANG: "de_DE.UTF-8" } });
    expect(german.code).toBe(1);
    expect(german.stderr).toBe("");
    expect((jsonLines(german.stdout)[0] as ValidateRecordLine).issues).toEqual(await issuesIn([invalid]));
    const bad = await runCli(["validate", invalid], { env: { TIPX_LANG: "fr-FR", LANG: "th_TH.UTF-8" } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`TIPX_LANG must be one of ${ACCEPTED_LANGS} (it is "fr-FR")`);
  });
});

describe("shared options before or after the command", () => {
  // The bundle is valid, but not under the Thai profile's rules (TIPX302): the exit code shows the profile.
  it.each([
    ["--lang", ["--lang", "th"], 0],
    ["--lang=", ["--lang=th-TH"], 0],
    ["-l", ["-l", "th"], 0],
    ["--profile", ["--profile", "TH", "--lang", "es"], 1],
    ["--format and -p", ["--format", "text", "-p", "TH"], 1],
  ])("%s gives the same report before and after validate", async (_title, options, code) => {
    const file = await dir.write("both-orders.json", bundleWithBadThaiPin());
    const before = await runCli([...options, "validate", file]);
    const after = await runCli(["validate", file, ...options]);
    expect(before).toEqual(after);
    expect(before.code).toBe(code);
    // ...and the options took effect: each set changes the words or the issues of the plain report.
    expect(before.stdout).not.toBe((await runCli(["validate", file])).stdout);
  });

  it("takes --format before validate and explain", async () => {
    const before = await runCli(["--format", "json", "validate", invalid]);
    expect(before).toEqual(await runCli(["validate", invalid, "--format", "json"]));
    expect((jsonLines(before.stdout)[0] as ValidateRecordLine).issues.map((issue) => issue.code)).toContain("TIPX402");
    const explained = await runCli(["-f", "json", "--lang", "es", "explain", "TIPX402"]);
    expect(explained).toEqual(await runCli(["explain", "TIPX402", "--format", "json", "--lang", "es"]));
    expect(JSON.parse(explained.stdout)).toMatchObject({ code: "TIPX402" });
  });

  it("lets the option after the command win over the one before it", async () => {
    const result = await runCli(["--lang", "th", "validate", "--format", "json", "--lang", "es", invalid]);
    expect((jsonLines(result.stdout)[0] as ValidateRecordLine).issues).toEqual(
      await issuesIn(["--lang", "es", invalid]),
    );
  });

  it("exits 2 for an option given before a command that does not take it", async () => {
    for (const argv of [
      ["--profile", "TH", "schema"],
      ["--format", "json", "schema", "--check"],
      ["--profile", "TH", "explain", "TIPX402"],
    ]) {
      const result = await runCli(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: option '-[pf], --(profile|format) <\w+>' does not apply to "tipx \w+"\n/);
    }
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
