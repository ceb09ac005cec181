import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** The guides whose examples run, not only type-check (docs.test.ts type-checks every guide). */
const RUNNABLE_GUIDES = ["docs/guides/add-a-language.md", "docs/guides/add-a-country.md"] as const;

/** The value a `// comment` states, when the comment starts with a literal (`"Téra"`, `1`, `[]`, `{ to: "es" }`). */
function statedValue(comment: string): string | undefined {
  for (let end = comment.length; end > 0; end--) {
    const candidate = comment.slice(0, end).trim();
    if (!/^["'[{\d-]|^(?:true|false|undefined)$/.test(candidate)) continue;
    try {
      new Function(`return (${candidate});`)();
      return candidate;
    } catch {
      // not a literal up to here: try a shorter prefix
    }
  }
  return undefined;
}

/**
 * Turns a guide's code block into a script that checks itself: each `expression; // value` line becomes
 * an assertion that the expression equals the stated value.
 */
function selfChecking(block: string): { script: string; assertions: number } {
  let assertions = 0;
  const lines = block.split("\n").map((line) => {
    const match = /^(?!\s*(?:import|export|const|let|type|interface)\b)(\s*)(.+?);\s*\/\/ (.+)$/.exec(line);
    const value = match?.[3] === undefined ? undefined : statedValue(match[3]);
    if (!match || value === undefined) return line;
    assertions++;
    return `${match[1]}assert.deepStrictEqual(${match[2]}, ${value}, ${JSON.stringify(line.trim())});`;
  });
  return { script: `import assert from "node:assert/strict";\n${lines.join("\n")}\nexport {};\n`, assertions };
}

describe.each(RUNNABLE_GUIDES)("the examples of %s", (guide) => {
  const blocks = [...readFileSync(join(root, guide), "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");

  it("run, and every value a comment states is the value the code gives", () => {
    expect(blocks.length).toBeGreaterThan(0);
    const dir = join(root, "docs", ".guide-run");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    blocks.forEach((block, index) => {
      const { script } = selfChecking(block);
      const file = join(dir, `${guide.replace(/\W+/g, "-")}-${index}.ts`);
      writeFileSync(file, script);
      const run = (): string =>
        execFileSync(process.execPath, ["--import", "tsx", "--conditions=@tipx/source", file], {
          cwd: root,
          encoding: "utf8",
          stdio: "pipe",
        });
      expect(run, `${guide}, block ${index + 1}`).not.toThrow();
    });
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("the self-checking transform", () => {
  it("asserts a stated value and leaves other lines alone", () => {
    const { script, assertions } = selfChecking('const a = 1;\nf(a); // "x" (a note)\ng(); // the result is printed');
    expect(assertions).toBe(1);
    expect(script).toContain('assert.deepStrictEqual(f(a), "x",');
    expect(script).toContain("g(); // the result is printed");
  });
});
