import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderIssueCodesDoc } from "../scripts/issue-codes-doc";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

function files(dir: string, test: (name: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) return [];
    if (statSync(path).isDirectory()) return files(path, test);
    return test(name) ? [path] : [];
  });
}

/** The ```ts blocks of a Markdown file. */
function markdownBlocks(path: string): string[] {
  return [...readFileSync(path, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
}

/**
 * The ```ts blocks of the `@example` tags of a source file that import from a tipx package: the
 * examples of the public API. (Examples of internal helpers, which a package does not export, show a
 * call without an import and are not checked.)
 */
function exampleBlocks(path: string): string[] {
  return [...readFileSync(path, "utf8").matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)]
    .map((m) => (m[1] ?? "").replace(/^\s*\* ?/gm, ""))
    .filter((block) => block.includes('from "@tipx/'));
}

describe("documentation", () => {
  it("has an up-to-date issue code page (pnpm run generate)", () => {
    expect(renderIssueCodesDoc()).toBe(readFileSync(join(root, "docs/guides/issue-codes.md"), "utf8"));
  });

  it("type-checks every code block of the guides and READMEs and every @example of the packages", () => {
    const sources = [
      ...files(join(root, "docs"), (n) => n.endsWith(".md")).map((p) => [p, markdownBlocks(p)] as const),
      ...[join(root, "README.md"), ...files(join(root, "packages"), (n) => n === "README.md")].map(
        (p) => [p, markdownBlocks(p)] as const,
      ),
      ...files(join(root, "packages"), (n) => n.endsWith(".ts") && !n.endsWith(".test.ts") && !n.startsWith("_"))
        .filter((p) => p.includes("/src/"))
        .map((p) => [p, exampleBlocks(p)] as const),
    ];
    const checkDir = join(root, "docs", ".code-check");
    rmSync(checkDir, { recursive: true, force: true });
    mkdirSync(checkDir, { recursive: true });
    let count = 0;
    const origin: string[] = [];
    for (const [path, blocks] of sources) {
      for (const block of blocks) {
        const name = `block${String(count++).padStart(4, "0")}.ts`;
        origin.push(`${name}: ${relative(root, path)}`);
        writeFileSync(join(checkDir, name), `// from ${relative(root, path)}\n${block}\nexport {};\n`);
      }
    }
    writeFileSync(
      join(checkDir, "tsconfig.json"),
      JSON.stringify({
        extends: "../../tsconfig.base.json",
        compilerOptions: { noEmit: true, types: ["node"], noUnusedLocals: false },
        include: ["*.ts"],
      }),
    );
    expect(count).toBeGreaterThan(100);
    let output = "";
    try {
      execFileSync(
        process.execPath,
        [join(root, "node_modules/typescript/bin/tsc"), "-p", join(checkDir, "tsconfig.json")],
        { encoding: "utf8" },
      );
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const failing = [...new Set([...output.matchAll(/(block\d{4}\.ts)/g)].map((m) => m[1]))].map((name) =>
      origin.find((o) => o.startsWith(`${name}:`)),
    );
    expect({ failing, output: output.slice(0, 4000) }).toEqual({ failing: [], output: "" });
    rmSync(checkDir, { recursive: true, force: true });
  }, 180_000);
});
