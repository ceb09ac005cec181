/**
 * The package README's first example runs and prints what its comment says, and its walk-through's
 * commands are the ones the package exports (the ts blocks are type-checked by docs/docs.test.ts).
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const PACKAGE = fileURLToPath(new URL("../", import.meta.url));
const README = readFileSync(path.join(PACKAGE, "README.md"), "utf8");

describe("the @tipx/exchange README", () => {
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
      const stated = /console\.log\([^\n]*\/\/ (.+)$/m.exec(block)?.[1];
      expect(output.trim()).toBe(stated);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
