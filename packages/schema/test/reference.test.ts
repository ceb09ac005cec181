// A test that needs a table of the team's reference folder (../shared/reference, next to the repository,
// absent on CI) skips without it; its title then names the path it looked for, from the repository
// root, so the skip says what is missing and where it belongs.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { shownReferencePath } from "./reference";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "node_modules" || name === "dist" || name.startsWith(".")) return [];
    if (statSync(full).isDirectory()) return testFiles(full);
    return name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("tests that skip without the reference folder", () => {
  it("name a reference file by its repository-relative path", () => {
    expect(shownReferencePath("countries.csv")).toBe("../shared/reference/countries.csv");
    expect(shownReferencePath("htcds/fields.csv")).toBe("../shared/reference/htcds/fields.csv");
  });

  it("say in their title which file they looked for", () => {
    const skipping = ["packages", "test", "examples", "fixtures"].flatMap((dir) =>
      testFiles(path.join(ROOT, dir)).flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/skipIf\(!hasReference\(([^)]*)\)\)\(\s*([^,]*),/g)].map(
          (match) => [path.relative(ROOT, file), match[1] ?? "", match[2] ?? ""] as const,
        ),
      ),
    );
    expect(skipping.length).toBeGreaterThan(2);
    const unnamed = skipping.filter(([, file, title]) => !title.includes(`\${shownReferencePath(${file})}`));
    expect(unnamed.map(([source, file, title]) => `${source}: ${title} (looks for ${file})`)).toEqual([]);
  });
});
