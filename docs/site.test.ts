// Builds the API docs once, as `pnpm run docs` does but into a temporary folder, and checks what readers
// get: typedoc reports no warning (typedoc.json treats warnings as errors), and no page mentions the
// team's internal notes. typedoc turns a bare `DOMAIN.md` into a link to http://DOMAIN.md, and readers
// have neither that file nor `../shared/reference`: sources and comments cite the published documents.
// The build takes about 17 s of CPU here (2 cores), so it runs once, in this one test.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** What the built pages must not contain: the internal brief, the team's notes and their folder. */
const INTERNAL = /DOMAIN\.md|DESIGN\.md|shared\/reference/g;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return pages(path);
    return name.endsWith(".html") || name.endsWith(".js") ? [path] : [];
  });
}

describe("the docs site", () => {
  it("builds with no warning and never mentions DOMAIN.md or the shared reference folder", () => {
    const out = mkdtempSync(join(tmpdir(), "tipx-docs-"));
    try {
      const run = spawnSync(process.execPath, [join(root, "node_modules/typedoc/bin/typedoc"), "--out", out], {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
      });
      const log = `${run.stdout}${run.stderr}`;
      expect({
        status: run.status,
        problems: log.split("\n").filter((line) => /\[(warning|error)\]/.test(line)),
      }).toEqual({ status: 0, problems: [] });
      const built = pages(out);
      expect(built.length).toBeGreaterThan(50);
      const mentions = built.flatMap((page) => {
        const text = readFileSync(page, "utf8");
        return [...text.matchAll(INTERNAL)].map(
          (match) => `${relative(out, page)}: …${text.slice(Math.max(0, match.index - 60), match.index + 40)}…`,
        );
      });
      expect(mentions).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 240_000);
});
