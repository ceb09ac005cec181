/**
 * What the READMEs tell a newcomer to run works: the root README's quick-start snippet runs and prints
 * a result for a valid bundle (a program that prints nothing looks broken), every `pnpm run NAME` in the
 * repository's Markdown names a script that exists, and the `tipx` commands the example READMEs show run.
 *
 * @module
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "dist" || name === "site" || name.startsWith(".")) return [];
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return name.endsWith(".md") ? [full] : [];
  });
}

const MARKDOWN = [
  path.join(ROOT, "README.md"),
  ...["docs", "examples", "packages"].flatMap((dir) => markdownFiles(path.join(ROOT, dir))),
];

describe("the root README", () => {
  it("has a quick-start snippet that runs and prints the result of a valid bundle", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Import the library"));
    const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    expect(block, "the ts block under ### Import the library").toBeDefined();
    const dir = path.join(ROOT, "test", ".readme-run");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "quick-start.ts");
    writeFileSync(file, `${block}\nexport {};\n`);
    try {
      const output = execFileSync(process.execPath, ["--import", "tsx", "--conditions=@tipx/source", file], {
        cwd: ROOT,
        encoding: "utf8",
      });
      // The line that prints the result states what it prints in a comment: `console.log(...); // valid (0 issues)`.
      const stated = /console\.log\(result\.ok[^\n]*\/\/ (.+)$/m.exec(block ?? "")?.[1];
      expect(stated).toMatch(/^valid /);
      expect(output.split("\n")[0]).toBe(stated);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("says how to install from the repository and from the tarballs, with commands that exist", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const install = readme.slice(readme.indexOf("## Install"), readme.indexOf("## Quick start"));
    expect(install).toContain("pnpm run pack");
    expect(install).toContain("npm ci --offline --no-audit --no-fund");
    expect(install).toContain("npx tipx validate");
  });
});

describe("the Markdown files", () => {
  it("name only scripts that exist in `pnpm run NAME`", () => {
    const scripts = Object.keys(
      (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> })
        .scripts,
    );
    const missing = MARKDOWN.flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/pnpm run ([\w:-]+)/g)]
        .map((match) => match[1] ?? "")
        .filter((name) => !scripts.includes(name))
        .map((name) => `${path.relative(ROOT, file)}: pnpm run ${name}`),
    );
    expect(missing).toEqual([]);
  });
});

describe("the example READMEs", () => {
  const commands = ["examples/README.md", "examples/bundles/README.md"].flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/`pnpm exec tipx ([^`]+)`/g)].map(
      (match) => [file, match[1] ?? ""] as const,
    ),
  );

  it("show tipx commands", () => {
    expect(commands.length).toBeGreaterThan(0);
  });

  it.each(commands)("%s: `pnpm exec tipx %s` runs", (_file, command) => {
    // The repository's tipx, run from its sources (what `pnpm exec tipx` runs once built).
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions=@tipx/source",
        path.join(ROOT, "packages/cli/src/bin.ts"),
        ...command.split(" "),
      ],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: "" });
    expect(run.stdout.length).toBeGreaterThan(0);
  });
});
