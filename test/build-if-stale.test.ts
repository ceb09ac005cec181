// `pnpm run demo` and `pnpm run pack` rebuild a package only when its dist/ is missing or older than what
// it is built from. Table-driven over a package laid out in a temporary folder, with file times set by
// hand; test/pack.test.ts checks the real packages (a second run after `pnpm run pack` builds nothing).
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { staleReason } from "../scripts/build-if-stale";

const BUILT = new Date("2026-01-02T00:00:00Z");
const BEFORE = new Date("2026-01-01T00:00:00Z");
const AFTER = new Date("2026-01-03T00:00:00Z");

let root: string | undefined;

/** A repository with one package, every file written at `BEFORE` and its dist/ at `BUILT`. */
function repository(): string {
  root = mkdtempSync(path.join(tmpdir(), "tipx-stale-"));
  const files = [
    "tsconfig.base.json",
    "pnpm-lock.yaml",
    "packages/p/package.json",
    "packages/p/tsup.config.ts",
    "packages/p/tsconfig.json",
    "packages/p/src/index.ts",
    "packages/p/src/deep/rule.ts",
    "packages/p/src/deep/rule.test.ts",
    "packages/p/src/deep/types.test-d.ts",
  ];
  const manifest = {
    exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
    main: "./dist/index.js",
  };
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), file.endsWith("package.json") ? JSON.stringify(manifest) : "");
    utimesSync(path.join(root, file), BEFORE, BEFORE);
  }
  mkdirSync(path.join(root, "packages/p/dist/locales"), { recursive: true });
  for (const file of ["index.js", "index.d.ts", "locales/th.js"]) {
    writeFileSync(path.join(root, "packages/p/dist", file), "");
    utimesSync(path.join(root, "packages/p/dist", file), BUILT, BUILT);
  }
  return root;
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe("staleReason", () => {
  it("leaves a package alone when dist/ is newer than all its inputs", () => {
    expect(staleReason("packages/p", repository())).toBeUndefined();
  });

  it("builds a package without dist/", () => {
    const dir = repository();
    rmSync(path.join(dir, "packages/p/dist"), { recursive: true });
    expect(staleReason("packages/p", dir)).toBe("dist/ is missing");
  });

  it("builds a package whose dist/ lacks a file it exports (a build that failed half-way)", () => {
    const dir = repository();
    rmSync(path.join(dir, "packages/p/dist/index.d.ts"));
    expect(staleReason("packages/p", dir)).toBe("dist/index.d.ts is missing");
  });

  it.each([
    [
      "a source file",
      { touched: "packages/p/src/deep/rule.ts", want: "packages/p/src/deep/rule.ts is newer than dist/" },
    ],
    ["package.json", { touched: "packages/p/package.json", want: "packages/p/package.json is newer than dist/" }],
    ["tsup.config.ts", { touched: "packages/p/tsup.config.ts", want: "packages/p/tsup.config.ts is newer than dist/" }],
    ["the shared tsconfig", { touched: "tsconfig.base.json", want: "tsconfig.base.json is newer than dist/" }],
    ["the lockfile", { touched: "pnpm-lock.yaml", want: "pnpm-lock.yaml is newer than dist/" }],
    ["a test (not built)", { touched: "packages/p/src/deep/rule.test.ts", want: undefined }],
    ["a type-level test (not built)", { touched: "packages/p/src/deep/types.test-d.ts", want: undefined }],
    ["a file of dist/ itself", { touched: "packages/p/dist/index.js", want: undefined }],
  ] as const)("after a change to %s", (_title, { touched, want }) => {
    const dir = repository();
    utimesSync(path.join(dir, touched), AFTER, AFTER);
    expect(staleReason("packages/p", dir)).toBe(want);
  });

  it("rebuilds when a source is newer than the oldest file of dist/", () => {
    const dir = repository();
    utimesSync(path.join(dir, "packages/p/dist/locales/th.js"), BEFORE, BEFORE);
    utimesSync(path.join(dir, "packages/p/src/index.ts"), BUILT, BUILT);
    expect(staleReason("packages/p", dir)).toBe("packages/p/src/index.ts is newer than dist/");
  });
});
