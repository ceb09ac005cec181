import { explain, ISSUE_CODES, ISSUES, type IssueCode } from "@tipx/schema";
import { es } from "@tipx/schema/locales/es";
import { describe, expect, it } from "vitest";
import { runCli } from "./_test/harness";

describe("tipx explain", () => {
  it("prints a code's title, severity, family and explanation", async () => {
    const result = await runCli(["explain", "TIPX402"]);
    expect(result.code).toBe(0);
    const expected = explain("TIPX402");
    expect(result.stdout.split("\n").slice(0, 3)).toEqual([
      `TIPX402  ${expected?.title}`,
      "severity: error",
      "family: consistency",
    ]);
    expect(result.stdout).toContain(expected?.explanation);
    expect(result.stdout).not.toContain("verified: no");
  });

  it("accepts the number alone and lower case", async () => {
    for (const given of ["402", "tipx402"]) {
      const result = await runCli(["explain", given]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^TIPX402 /);
    }
  });

  it("says verified: no, and the source, for a rule resting on an unverified fact", async () => {
    const code = (Object.keys(ISSUES) as IssueCode[]).find((each) => explain(each)?.verified === false);
    expect(code).toBeDefined();
    const result = await runCli(["explain", String(code)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("\nverified: no\n");
    const source = explain(String(code))?.source;
    if (source !== undefined) expect(result.stdout).toContain(`source: ${source}`);
  });

  it("explains in Spanish with --lang es, and as JSON with --format json", async () => {
    const spanish = await runCli(["explain", "TIPX501", "--lang", "es"]);
    expect(spanish.code).toBe(0);
    expect(spanish.stdout).toContain(explain("TIPX501", es)?.title);
    expect(spanish.stdout).toContain("gravedad: ");
    const json = await runCli(["explain", "TIPX501", "--format", "json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(explain("TIPX501"));
  });

  it("exits 2 with a clear message for an unknown code", async () => {
    const result = await runCli(["explain", "TIPX999"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('unknown issue code "TIPX999"');
    expect(result.stderr).toContain("tipx explain --list");
  });

  it("exits 2 when given neither a code nor --list, or both", async () => {
    expect((await runCli(["explain"])).code).toBe(2);
    expect((await runCli(["explain", "TIPX402", "--list"])).code).toBe(2);
  });

  it("lists every code with its title", async () => {
    const result = await runCli(["explain", "--list"]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines.map((line) => line.split(" ")[0])).toEqual([...ISSUE_CODES]);
    expect(lines[0]).toContain(explain(ISSUE_CODES[0] ?? "")?.title);
  });
});
