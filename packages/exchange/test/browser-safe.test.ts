/**
 * @tipx/exchange must run in a browser (WebCrypto through jose): its sources import no `node:` module and
 * use no Node global, and esbuild bundles it for the browser platform, as an app's bundler would.
 *
 * @module
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const SRC = fileURLToPath(new URL("../src/", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$|^_test/.test(entry.name) ? [full] : [];
  });
}

describe("@tipx/exchange in a browser", () => {
  it("imports no node: module and uses no Node global in its sources", () => {
    const found = sources(SRC).flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return [...text.matchAll(/from "(node:[^"]+)"|\b(Buffer|process|require)\b[.(]/g)].map(
        (match) => `${path.relative(SRC, file)}: ${match[1] ?? match[2]}`,
      );
    });
    expect(found).toEqual([]);
  });

  it("bundles for the browser platform", async () => {
    const result = await build({
      entryPoints: [path.join(SRC, "index.ts")],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      conditions: ["@tipx/source"],
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).toContain("tipx+jws");
    expect(code).not.toMatch(/from "node:|require\("node:/);
  });
});
