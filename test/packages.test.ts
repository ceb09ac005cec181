/**
 * The package manifests, without building or packing anything (test/pack.test.ts packs and installs):
 * what `pnpm pack` publishes as `exports` is the workspace's `exports` without the `@tipx/source`
 * condition, every package ships the Apache-2.0 LICENSE it declares, and the CLI depends on nothing
 * from the registry (it bundles commander, cli-progress and picocolors, whose licences are in its
 * THIRD-PARTY-NOTICES.md).
 *
 * @module
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PACKAGE_DIRS } from "../scripts/build-if-stale";
import { BUNDLED_ROOTS, NOTICES_PATH, renderThirdPartyNotices } from "../scripts/third-party-notices";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Manifest {
  readonly name: string;
  readonly license?: string;
  readonly exports?: unknown;
  readonly publishConfig?: { readonly exports?: unknown };
  readonly files?: readonly string[];
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(ROOT, dir, "package.json"), "utf8")) as Manifest;
}

/** An exports map without the `@tipx/source` condition, which points at src/. */
function withoutSource(exports: unknown): unknown {
  if (exports === null || typeof exports !== "object") return exports;
  return Object.fromEntries(
    Object.entries(exports)
      .filter(([condition]) => condition !== "@tipx/source")
      .map(([key, value]) => [key, withoutSource(value)]),
  );
}

describe.each(PACKAGE_DIRS)("%s", (dir) => {
  it("publishes its exports without the @tipx/source condition (publishConfig.exports, applied by pnpm pack)", () => {
    const { exports, publishConfig } = manifest(dir);
    expect(JSON.stringify(exports)).toContain("@tipx/source");
    expect(publishConfig?.exports).toEqual(withoutSource(exports));
    expect(JSON.stringify(publishConfig?.exports)).not.toMatch(/src\/|@tipx\/source/);
  });

  it("ships the Apache-2.0 LICENSE it declares", () => {
    const { license, files } = manifest(dir);
    expect(license).toBe("Apache-2.0");
    expect(files).toContain("LICENSE");
    expect(readFileSync(path.join(ROOT, dir, "LICENSE"), "utf8")).toBe(
      readFileSync(path.join(ROOT, "LICENSE"), "utf8"),
    );
  });
});

describe("the licences", () => {
  it("are the full Apache License 2.0 text at the root", () => {
    const text = readFileSync(path.join(ROOT, "LICENSE"), "utf8");
    expect(text).toContain("Apache License\n                           Version 2.0, January 2004");
    expect(text).toContain("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION");
    expect(text).toContain("END OF TERMS AND CONDITIONS");
    expect(manifest(".").license).toBe("Apache-2.0");
  });

  it("of the packages the CLI bundles are in its THIRD-PARTY-NOTICES.md, up to date", () => {
    expect(readFileSync(path.join(ROOT, NOTICES_PATH), "utf8")).toBe(renderThirdPartyNotices());
    expect(manifest("packages/cli").files).toContain("THIRD-PARTY-NOTICES.md");
  });
});

describe("the CLI", () => {
  it("depends at run time only on tipx packages: what it takes from the registry is bundled", () => {
    const cli = manifest("packages/cli");
    expect(Object.keys(cli.dependencies ?? {}).filter((name) => !name.startsWith("@tipx/"))).toEqual([]);
    for (const name of BUNDLED_ROOTS) expect(cli.devDependencies, name).toHaveProperty(name);
    const tsup = readFileSync(path.join(ROOT, "packages/cli/tsup.config.ts"), "utf8");
    expect(tsup).toContain(`noExternal: [${BUNDLED_ROOTS.map((name) => JSON.stringify(name)).join(", ")}]`);
  });
});
