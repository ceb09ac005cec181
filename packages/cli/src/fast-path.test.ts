import { describe, expect, it } from "vitest";
import { runCli } from "./_test/harness";
import { fastAnswer } from "./fast-path";

/** What commander prints for the same command line, in-process (see main.ts). */
async function commanderAnswer(argv: readonly string[], env: Record<string, string>) {
  const result = await runCli(argv, { env });
  return { code: result.code, stdout: result.stdout, stderr: result.stderr };
}

const NOT_A_TERMINAL = { isStdoutTTY: false } as const;

describe("the fast path of bin.ts", () => {
  it.each([
    [["--version"], {}],
    [["-V"], {}],
    [["--help"], {}],
    [["-h"], {}],
    [[], {}],
    [[], { TIPX_LANG: "th" }],
    [["--help"], { LANG: "es_AR.UTF-8" }],
    [["--help"], { TIPX_LANG: "th-TH", LANG: "es_AR.UTF-8" }],
    [["--lang", "th", "--help"], {}],
    [["--help", "--lang=es-PY"], { TIPX_LANG: "th" }],
    [["-les", "-h"], {}],
    [["-l", "TH", "-h"], { LANG: "es_AR.UTF-8" }],
    [["--help"], { TIPX_LANG: "fr" }],
  ] as const)("prints what commander prints for %j with %j", async (argv, env) => {
    const fast = fastAnswer(argv, { env, ...NOT_A_TERMINAL }, undefined);
    expect(fast).toBeDefined();
    if (fast === undefined) return;
    const answer = {
      code: fast.exitCode,
      stdout: fast.stream === "stdout" ? fast.text : "",
      stderr: fast.stream === "stderr" ? fast.text : "",
    };
    expect(answer).toEqual(await commanderAnswer(argv, env));
  });

  it.each([
    [["--version", "--lang", "th"]],
    [["--help", "validate"]],
    [["validate", "--help"]],
    [["--help", "--help"]],
    [["--lang", "fr", "--help"]],
    [["--lang", "--help"]],
    [["--format", "json", "--help"]],
    [["help"]],
  ] as const)("leaves %j to commander", (argv) => {
    expect(fastAnswer(argv, { env: {}, ...NOT_A_TERMINAL }, undefined)).toBeUndefined();
  });

  it("leaves the help to commander on a terminal that is not 80 columns wide", () => {
    expect(fastAnswer(["--help"], { env: {}, isStdoutTTY: true }, 120)).toBeUndefined();
    expect(fastAnswer(["--help"], { env: {}, isStdoutTTY: true }, 80)).toBeDefined();
    expect(fastAnswer(["--help"], { env: {}, isStdoutTTY: true }, 30)).toBeDefined();
    expect(fastAnswer(["--version"], { env: {}, isStdoutTTY: true }, 120)).toBeDefined();
  });
});
