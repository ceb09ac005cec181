/**
 * The package README: its opening example runs and prints what its comments say, the explanations it
 * shows are the ones the engine gives, and its list of what is unverified names every item, rule and
 * national variant whose `verified` is `false` (the ts blocks are type-checked by docs/docs.test.ts).
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assess, assessCase, FRAMEWORKS, NATIONAL_VARIANTS } from "@tipx/indicators";
import type { Bundle } from "@tipx/schema";
import { describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("../", import.meta.url));
const ROOT = path.join(PACKAGE, "../..");
const README = readFileSync(path.join(PACKAGE, "README.md"), "utf8");

describe("the @tipx/indicators README", () => {
  it("opens with a five-line example that runs and prints what it says", () => {
    const block = /```ts\n([\s\S]*?)```/.exec(README)?.[1] ?? "";
    expect(
      block
        .trim()
        .split("\n")
        .filter((line) => line.trim() !== ""),
    ).toHaveLength(5);
    const dir = mkdtempSync(path.join(PACKAGE, "test", ".readme-"));
    try {
      const file = path.join(dir, "example.ts");
      writeFileSync(file, `${block}\nexport {};\n`);
      const output = execFileSync(process.execPath, ["--import", "tsx", "--conditions=@tipx/source", file], {
        cwd: PACKAGE,
        encoding: "utf8",
      });
      const stated = [...block.matchAll(/console\.log\([^\n]*\/\/ (.+)$/gm)].map((match) => match[1]);
      expect(output.trim().split("\n")).toEqual(stated);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shows the explanations assess and assessCase give", () => {
    const bundle = JSON.parse(
      readFileSync(path.join(ROOT, "examples/bundles/mae-sot-interception.json"), "utf8"),
    ) as Bundle;
    const shown = [...README.matchAll(/```text\n([\s\S]*?)```/g)].map((match) => match[1]);
    expect(shown).toEqual([
      `${assess("palermo", { age: 24, recruited: "yes", "lied-to": "yes", "forced-work": "yes" }).explanation}\n`,
      `${assessCase(bundle, "c675c06f-e6bc-4337-9a9d-6e2bd05ade9b", { instrument: "palermo" }).outcome.explanation}\n`,
    ]);
  });

  it("names every item, rule and national variant that is not verified", () => {
    const section = README.slice(README.indexOf("## What is unverified"), README.indexOf("## Languages"));
    const countries = { TH: "Thailand", LR: "Liberia", PY: "Paraguay", AR: "Argentina" } as const;
    const unverified = [
      ...FRAMEWORKS.flatMap((framework) => [
        ...Object.entries(framework.items as Readonly<Record<string, { readonly verified: boolean }>>),
        ...Object.entries(framework.rules as Readonly<Record<string, { readonly verified: boolean }>>),
      ])
        .filter(([, entry]) => !entry.verified)
        .map(([id]) => `\`${id}\``),
      ...Object.values(NATIONAL_VARIANTS)
        .filter((variant) => !variant.verified)
        .map((variant) => countries[variant.country]),
    ];
    expect(unverified.length).toBeGreaterThan(20);
    expect(unverified.filter((name) => !section.includes(name))).toEqual([]);
    expect(section).toContain("`HTS_2012_INDICATORS` is empty");
  });
});
