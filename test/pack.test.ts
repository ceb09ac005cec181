/**
 * `pnpm run pack` writes tarballs that install on a machine without network access and work there: the
 * test packs into a temporary folder, installs every tarball into an empty folder with `npm install
 * --offline` and an empty npm cache (as on a freshly set-up machine), and runs the installed `tipx`.
 * It also checks what is inside each tarball: a LICENSE, exports that point only at files the tarball
 * holds (never at `src/`), no `workspace:` versions, and a CLI that depends on tipx packages alone with
 * the licence of everything it bundles in THIRD-PARTY-NOTICES.md.
 *
 * It builds the packages when their dist/ is stale and fetches the tarballs of zod, jose and canonicalize from the registry or the
 * npm cache, so it takes about 25–40 s on two cores (most of it the build); hence the long timeout.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_DIRS } from "../scripts/build-if-stale";
import { registryDependencies } from "../scripts/pack";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const VALID = path.join(ROOT, "examples/bundles/mae-sot-interception.json");
const INVALID = path.join(ROOT, "examples/bundles/invalid-intake.json");

/** The files of a .tgz, by path inside the archive (`package/LICENSE`), with their contents. */
function tarball(file: string): Map<string, Buffer> {
  const tar = gunzipSync(readFileSync(file));
  const files = new Map<string, Buffer>();
  const text = (from: number, length: number) => tar.toString("utf8", from, from + length).replace(/\0.*$/s, "");
  let longName: string | undefined;
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = text(at, 100);
    if (name === "") break;
    const size = Number.parseInt(text(at + 124, 12).trim() || "0", 8);
    const type = text(at + 156, 1);
    const prefix = text(at + 345, 155);
    const body = tar.subarray(at + 512, at + 512 + size);
    if (type === "L") longName = body.toString("utf8").replace(/\0.*$/s, "");
    else if (type === "0" || type === "") {
      files.set(longName ?? (prefix ? `${prefix}/${name}` : name), body);
      longName = undefined;
    }
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Every string target of an `exports` map. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === "string") return [exports];
  if (exports === null || typeof exports !== "object") return [];
  return Object.values(exports).flatMap(exportTargets);
}

/**
 * Registry packages in the tree that declare no licence at all, with why they are there. Kept as a list
 * so that a new one fails the test and is looked at.
 */
const UNLICENSED_DEPENDENCIES: Readonly<Record<string, string>> = {
  "buffers-0.1.1.tgz": "exceljs 4.4.0 reads workbooks with unzipper 0.10, which needs binary 0.3, which needs it",
};

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  // Colour only where a test asks for it (--color), whatever the environment of the test run says.
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...inherited, ...env },
    shell: process.platform === "win32",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("pnpm run pack", () => {
  let work: string;
  let packs: string;
  let app: string;
  let npmEnv: NodeJS.ProcessEnv;
  let tgz: string[];

  beforeAll(() => {
    const started = Date.now();
    work = mkdtempSync(path.join(tmpdir(), "tipx-pack-"));
    packs = path.join(work, "packs");
    app = path.join(work, "app");
    const packed = run("pnpm", ["run", "pack", "--out", packs], ROOT);
    expect(packed.status, `${packed.stdout}\n${packed.stderr}`).toBe(0);
    tgz = readdirSync(packs)
      .filter((name) => name.endsWith(".tgz"))
      .map((name) => path.join(packs, name));
    // A cache of our own, empty: the install must not depend on what this machine's npm cache holds.
    npmEnv = { npm_config_cache: path.join(work, "npm-cache"), npm_config_update_notifier: "false" };
    // The folder is an npm project whose lock resolves every package to its tarball: a copy installs offline.
    cpSync(packs, app, { recursive: true });
    const installed = run("npm", ["ci", "--offline", "--no-audit", "--no-fund"], app, npmEnv);
    expect(installed.status, `${installed.stdout}\n${installed.stderr}`).toBe(0);
    console.log(`pnpm run pack and the offline install took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("writes the tipx tarballs, those of every registry package they need, and their SHA-256 sums", () => {
    const names = tgz.map((file) => path.basename(file).replace(/-\d+\.\d+\.\d+.*\.tgz$/, ""));
    expect(names.filter((name) => name.startsWith("tipx-"))).toEqual([
      "tipx-cli",
      "tipx-convert",
      "tipx-exchange",
      "tipx-indicators",
      "tipx-privacy",
      "tipx-schema",
    ]);
    const tipxDirs = PACKAGE_DIRS.map((dir) => path.join(ROOT, dir));
    const registry = registryDependencies(tipxDirs).map(({ name }) => name.replace(/^@/, "").replace("/", "-"));
    // Every package of the lock is one of these tarballs, so npm ci needs no registry.
    const lock = JSON.parse(readFileSync(path.join(packs, "package-lock.json"), "utf8")) as {
      packages: Record<string, { resolved?: string }>;
    };
    const resolved = Object.entries(lock.packages)
      .filter(([location]) => location !== "")
      .map(([, entry]) => entry.resolved?.replace(/^file:/, ""));
    expect(new Set(resolved)).toEqual(new Set(tgz.map((file) => path.basename(file))));
    expect(names.filter((name) => !name.startsWith("tipx-")).sort()).toEqual([...registry].sort());
    for (const direct of ["zod", "jose", "canonicalize", "papaparse", "exceljs", "libphonenumber-js"])
      expect(registry).toContain(direct);
    const sums = readFileSync(path.join(packs, "SHA256SUMS"), "utf8").trim().split("\n");
    expect(sums.map((line) => line.split(/\s+/)[1])).toEqual([
      ...tgz.map((file) => path.basename(file)),
      "package.json",
      "package-lock.json",
    ]);
  });

  it("installs offline: tipx validate exits 0 on a valid bundle and 1 on an invalid one", () => {
    const valid = run("npx", ["--offline", "tipx", "validate", VALID], app, npmEnv);
    expect({ status: valid.status, stderr: valid.stderr }).toEqual({ status: 0, stderr: "" });
    expect(valid.stdout).toContain("1 valid, 0 invalid");
    const invalid = run("npx", ["--offline", "tipx", "validate", "--format", "json", INVALID], app, npmEnv);
    expect(invalid.status, invalid.stderr).toBe(1);
    expect(invalid.stdout).toContain("TIPX406");
  });

  it("installs offline: tipx assess screens the persons of a bundle, in Thai too", () => {
    const assessed = run("npx", ["--offline", "tipx", "assess", "--format", "json", VALID], app, npmEnv);
    expect({ status: assessed.status, stderr: assessed.stderr }).toEqual({ status: 0, stderr: "" });
    const lines = assessed.stdout.trim().split("\n");
    expect(JSON.parse(lines.at(-1) ?? "{}").summary).toMatchObject({ assessed: 1, persons: 11, indicated: 11 });
    const thai = run("npx", ["--offline", "tipx", "assess", "--lang", "th", VALID], app, npmEnv);
    expect(thai.status, thai.stderr).toBe(0);
    expect(thai.stdout).toMatch(/[\u0E00-\u0E7F]/);
  });

  it("installs offline: tipx redact removes the names of a bundle and pseudonymises it with a key file", () => {
    const names = ["Anong", "Tuayang"];
    const redacted = run("npx", ["--offline", "tipx", "redact", "--purpose", "statistics", VALID], app, npmEnv);
    expect({ status: redacted.status, stderr: redacted.stderr }).toEqual({ status: 0, stderr: "" });
    expect(JSON.parse(redacted.stdout).purpose).toBe("statistics");
    for (const name of names) expect(redacted.stdout).not.toContain(name);
    const key = path.join(work, "pseudonym.key");
    writeFileSync(key, "tipx-pack-test-pseudonym-key-32b", { mode: 0o600 });
    const keyed = run(
      "npx",
      ["--offline", "tipx", "redact", "--purpose", "research", "--key-file", key, VALID],
      app,
      npmEnv,
    );
    expect({ status: keyed.status, stderr: keyed.stderr }).toEqual({ status: 0, stderr: "" });
    expect(keyed.stdout).not.toContain(JSON.parse(readFileSync(VALID, "utf8")).id);
  });

  it("installs offline: tipx convert writes HTCDS rows and an XLSX workbook (exceljs and its tree installed)", () => {
    const csv = run("npx", ["--offline", "tipx", "convert", VALID, "--to", "htcds"], app, npmEnv);
    expect(csv.status, csv.stderr).toBe(0);
    expect(csv.stdout.split("\n")[0]).toContain("prs_Gender");
    const xlsx = path.join(work, "mae-sot.xlsx");
    const workbook = run("npx", ["--offline", "tipx", "convert", VALID, "--to", "htcds", "--out", xlsx], app, npmEnv);
    expect(workbook.status, workbook.stderr).toBe(0);
    expect(readFileSync(xlsx).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("bundles picocolors and commander into a CLI that works (colours, help, version)", () => {
    const coloured = run("npx", ["--offline", "tipx", "validate", "--color", INVALID], app, npmEnv);
    expect(coloured.stdout).toContain("\u001b[");
    const version = run("npx", ["--offline", "tipx", "--version"], app, npmEnv);
    expect(version.stdout.trim()).toBe(
      JSON.parse(readFileSync(path.join(ROOT, "packages/cli/package.json"), "utf8")).version,
    );
  });

  it.skipIf(!existsSync("/usr/bin/script"))(
    "bundles cli-progress: a large file on a terminal gets a progress bar",
    () => {
      // `script` gives tipx a terminal on stderr; the bar is drawn for inputs over 8 MiB.
      const line = readFileSync(path.join(ROOT, "examples/mae-sot.ndjson"), "utf8").split("\n")[0] ?? "";
      const big = path.join(work, "big.ndjson");
      writeFileSync(big, `${line}\n`.repeat(Math.ceil((9 * 1024 * 1024) / (line.length + 1))));
      const drawn = run(
        "/usr/bin/script",
        ["-qec", `npx --offline tipx validate --quiet ${big}`, "/dev/null"],
        app,
        npmEnv,
      );
      expect({ status: drawn.status, bug: drawn.stdout.includes("unexpected error") }).toEqual({
        status: 0,
        bug: false,
      });
      expect(drawn.stdout).toContain("MiB");
    },
  );

  it("installs a library that imports as ESM and requires as CommonJS", () => {
    const esm = run(
      process.execPath,
      [
        "--input-type=module",
        "-e",
        'import { validate } from "@tipx/schema"; import { th } from "@tipx/schema/locales/th"; import { run } from "@tipx/cli"; import { verifyBundle } from "@tipx/exchange"; import { assess } from "@tipx/indicators"; import { es } from "@tipx/indicators/locales/es"; import { checkConsent } from "@tipx/privacy"; import { toHtcdsRows } from "@tipx/convert"; import { readRowsFile } from "@tipx/convert/node"; console.log(typeof validate, typeof th, typeof run, typeof verifyBundle, typeof assess, typeof es, typeof checkConsent, typeof toHtcdsRows, typeof readRowsFile);',
      ],
      app,
    );
    expect(esm.stdout.trim(), esm.stderr).toBe(
      "function object function function function object function function function",
    );
    const cjs = run(
      process.execPath,
      [
        "-e",
        'const { validate } = require("@tipx/schema"); const { canonicalBundle } = require("@tipx/exchange"); const { assess } = require("@tipx/indicators"); const { CONSENTED_PURPOSES } = require("@tipx/privacy"); const { numberRows } = require("@tipx/convert"); console.log(validate({}).ok, canonicalBundle({ b: 1, a: 2 }), assess("palermo", {}).classification, CONSENTED_PURPOSES.join(), [...numberRows([{}])][0].row);',
      ],
      app,
    );
    expect(cjs.stdout.trim(), cjs.stderr).toBe('false {"a":2,"b":1} inconclusive referral,cross-border-transfer 2');
  });

  it("leaves dist/ fresh: `pnpm run demo` then rebuilds nothing and validates the two example bundles", () => {
    const demo = run("pnpm", ["run", "demo"], ROOT);
    expect(demo.status, demo.stderr).toBe(0);
    expect(demo.stdout).toContain("@tipx/schema: dist/ is up to date, not rebuilt");
    expect(demo.stdout).toContain("@tipx/indicators: dist/ is up to date, not rebuilt");
    expect(demo.stdout).toContain("@tipx/privacy: dist/ is up to date, not rebuilt");
    expect(demo.stdout).toContain("@tipx/convert: dist/ is up to date, not rebuilt");
    expect(demo.stdout).toContain("@tipx/cli: dist/ is up to date, not rebuilt");
    expect(demo.stdout).not.toContain("building");
    expect(demo.stdout).toContain("one bundle is invalid, as this demo intends");
  });

  it("puts a LICENSE in every tipx tarball, a declared licence in every other, and exports only files each tarball holds", () => {
    for (const file of tgz) {
      const files = tarball(file);
      const name = path.basename(file);
      // A tarball's files sit under one folder: "package/" as npm packs, "node v14.18/" in @types/node's.
      const root = [...files.keys()].find((key) => /^[^/]+\/package\.json$/.test(key))?.split("/")[0] ?? "package";
      const hasLicenceFile = [...files.keys()].some(
        (key) => key.startsWith(`${root}/`) && /^(?:LICEN[SC]E|COPYING)(?:[.-]\w+)?$/i.test(key.slice(root.length + 1)),
      );
      if (!name.startsWith("tipx-")) {
        const declared = JSON.parse(files.get(`${root}/package.json`)?.toString("utf8") ?? "{}").license;
        if (name in UNLICENSED_DEPENDENCIES)
          expect({ hasLicenceFile, declared }, name).toEqual({ hasLicenceFile: false, declared: undefined });
        else expect(hasLicenceFile || typeof declared === "string", `${name} declares its licence`).toBe(true);
        continue;
      }
      expect(hasLicenceFile, `${name} has LICENSE`).toBe(true);
      const manifest = JSON.parse(files.get("package/package.json")?.toString("utf8") ?? "{}");
      const targets = exportTargets(manifest.exports);
      expect(targets.length, name).toBeGreaterThan(1);
      expect(
        targets.filter((target) => target.includes("src/")),
        `${name}: exports pointing at src/`,
      ).toEqual([]);
      expect(JSON.stringify(manifest.exports)).not.toContain("@tipx/source");
      const missing = targets.filter((target) => {
        const inside = `package/${target.replace(/^\.\//, "")}`;
        return target.includes("*")
          ? ![...files.keys()].some((key) => key.startsWith(inside.slice(0, inside.indexOf("*"))))
          : !files.has(inside);
      });
      expect(missing, `${name}: exports the tarball does not hold`).toEqual([]);
      expect(JSON.stringify(manifest), name).not.toContain("workspace:");
      expect(manifest.publishConfig, name).toBeUndefined();
      expect(manifest.license, name).toBe("Apache-2.0");
    }
  });

  it("gives the CLI only tipx dependencies, @tipx/schema, @tipx/indicators, @tipx/privacy, @tipx/convert and @tipx/exchange, and the licence of every package it bundles", () => {
    const cli = tarball(tgz.find((file) => path.basename(file).startsWith("tipx-cli-")) ?? "");
    const manifest = JSON.parse(cli.get("package/package.json")?.toString("utf8") ?? "{}");
    const version = (dir: string) => JSON.parse(readFileSync(path.join(ROOT, dir, "package.json"), "utf8")).version;
    expect(manifest.dependencies).toEqual({
      "@tipx/convert": version("packages/convert"),
      "@tipx/exchange": version("packages/exchange"),
      "@tipx/indicators": version("packages/indicators"),
      "@tipx/privacy": version("packages/privacy"),
      "@tipx/schema": version("packages/schema"),
    });
    // What the build really bundled: the packages under node_modules that its source maps name.
    const bundled = new Set<string>();
    for (const [name, body] of cli) {
      if (!name.endsWith(".map")) continue;
      for (const source of (JSON.parse(body.toString("utf8")) as { sources: string[] }).sources) {
        const match = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(source);
        if (match?.[1] && match[1] !== "tsup") bundled.add(match[1]);
      }
    }
    const notices = cli.get("package/THIRD-PARTY-NOTICES.md")?.toString("utf8") ?? "";
    const noticed = [...notices.matchAll(/^## (\S+) /gm)].map((match) => match[1]);
    expect([...bundled].sort()).toEqual(noticed);
    expect(bundled).toContain("commander");
  });
});
