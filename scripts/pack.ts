/**
 * Writes installable tarballs of every tipx package, and of everything they need from the npm registry,
 * into one folder, so that a network without internet access can install tipx from the files alone:
 *
 * ```sh
 * pnpm run pack                 # into packs/ (git-ignored)
 * pnpm run pack -- --out DIR    # into DIR
 * # then, on the offline machine, in a copy of the folder:
 * cp -r /path/to/packs my-project && cd my-project
 * npm ci --offline --no-audit --no-fund
 * npx tipx validate bundle.json
 * ```
 *
 * - The tipx packages are packed with `pnpm pack`, which writes `workspace:*` as the version and applies
 *   `publishConfig.exports` (the exports without the `@tipx/source` condition, whose `src/` files the
 *   tarball does not hold). Stale `dist/` folders are rebuilt first (build-if-stale.ts).
 * - The CLI bundles commander, cli-progress and picocolors, so the tipx packages need from the registry
 *   only the runtime dependencies of the libraries (zod, jose, canonicalize, and @tipx/convert's papaparse,
 *   exceljs and libphonenumber-js) and theirs: each is fetched with `npm pack name@version` at the version
 *   the lockfile installed, and its SHA-512 is checked against the lockfile.
 *   This step needs the registry or an npm cache that has them; the offline machine needs neither.
 * - `package.json` and `package-lock.json` make the folder an npm project that depends on every tipx
 *   package, with every package of the tree placed and resolved to its tarball (offline-lock.ts), so that
 *   `npm ci --offline` installs it all, even the packages needed in two versions.
 * - `SHA256SUMS` lists every tarball, for checking the copy carried to the offline network
 *   (`sha256sum -c SHA256SUMS`).
 *
 * @module
 */
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfStale, PACKAGE_DIRS, REPO_ROOT } from "./build-if-stale";
import { offlineProject, type PackedTarball, readManifest, readTree } from "./offline-lock";

/** The folder `pnpm run pack` writes to when no `--out` is given. */
export const DEFAULT_OUT = path.join(REPO_ROOT, "packs");

/** The `sha512-...` integrity pnpm-lock.yaml records for `name@version`. */
function lockfileIntegrity(name: string, version: string): string {
  const lock = readFileSync(path.join(REPO_ROOT, "pnpm-lock.yaml"), "utf8");
  const key = `${name}@${version}`;
  const quoted = key.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const entry = new RegExp(`\\n  '?${quoted}'?:\\n    resolution: \\{integrity: (sha512-[A-Za-z0-9+/=]+)\\}`).exec(
    lock,
  );
  if (entry?.[1] === undefined) throw new Error(`pnpm-lock.yaml records no integrity for ${key}`);
  return entry[1];
}

/**
 * The registry packages the tipx packages need at run time, with their installed versions: the
 * dependencies of each tipx package that are not tipx packages, and theirs, transitively.
 */
export function registryDependencies(tipxDirs: readonly string[]): { name: string; version: string }[] {
  const tipxNames = new Set(tipxDirs.map((dir) => readManifest(dir).name));
  return [...readTree(tipxDirs).values()]
    .filter(({ manifest }) => !tipxNames.has(manifest.name))
    .map(({ manifest }) => ({ name: manifest.name, version: manifest.version }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

function sha(algorithm: "sha256" | "sha512", file: string, encoding: "hex" | "base64"): string {
  return createHash(algorithm).update(readFileSync(file)).digest(encoding);
}

/**
 * Packs every tipx package and its registry dependencies into `out` (emptied first).
 *
 * @returns The tarball file names, sorted.
 * @throws Error when a build or a pack fails, or a registry tarball is not the one the lockfile pins.
 */
export function pack(out: string = DEFAULT_OUT, log: (line: string) => void = console.log): string[] {
  buildIfStale(log);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });

  const tipxDirs = PACKAGE_DIRS.map((dir) => path.join(REPO_ROOT, dir)).filter((dir) => !readManifest(dir).private);
  const tree = readTree(tipxDirs);
  const roots = tipxDirs.map((dir) => `${readManifest(dir).name}@${readManifest(dir).version}`);
  const packed = new Map<string, PackedTarball>();
  for (const dir of tipxDirs) {
    const manifest = readManifest(dir);
    log(`packing ${manifest.name}`);
    const before = new Set(readdirSync(out));
    const run = spawnSync("pnpm", ["pack", "--pack-destination", out], {
      cwd: dir,
      encoding: "utf8",
      shell: process.platform === "win32",
    });
    if (run.status !== 0) throw new Error(`pnpm pack failed in ${dir}:\n${run.stdout}${run.stderr}`);
    const file = readdirSync(out).find((name) => name.endsWith(".tgz") && !before.has(name));
    if (file === undefined) throw new Error(`pnpm pack wrote no tarball in ${dir}`);
    packed.set(`${manifest.name}@${manifest.version}`, {
      file,
      integrity: `sha512-${sha("sha512", path.join(out, file), "base64")}`,
    });
  }

  // One `npm pack` per batch of packages: @tipx/convert's spreadsheet libraries bring over a hundred.
  const dependencies = registryDependencies(tipxDirs);
  const BATCH = 40;
  for (let start = 0; start < dependencies.length; start += BATCH) {
    const batch = dependencies.slice(start, start + BATCH);
    log(`packing ${batch.map(({ name, version }) => `${name}@${version}`).join(", ")} from the registry`);
    const output = execFileSync(
      "npm",
      ["pack", ...batch.map(({ name, version }) => `${name}@${version}`), "--pack-destination", out, "--json"],
      { cwd: out, encoding: "utf8", shell: process.platform === "win32", maxBuffer: 64 * 1024 * 1024 },
    );
    const files = JSON.parse(output) as { name: string; version: string; filename: string }[];
    for (const { name, version } of batch) {
      const file = files.find((entry) => entry.name === name && entry.version === version);
      if (file === undefined) throw new Error(`npm pack ${name}@${version} wrote nothing`);
      const integrity = `sha512-${sha("sha512", path.join(out, file.filename), "base64")}`;
      const pinned = lockfileIntegrity(name, version);
      if (integrity !== pinned) {
        throw new Error(`${file.filename} is not the tarball pnpm-lock.yaml pins (${integrity} ≠ ${pinned})`);
      }
      packed.set(`${name}@${version}`, { file: file.filename, integrity });
    }
  }

  const project = offlineProject(tree, roots, packed);
  writeFileSync(path.join(out, "package.json"), project.packageJson);
  writeFileSync(path.join(out, "package-lock.json"), project.packageLock);

  const tarballs = readdirSync(out)
    .filter((name) => name.endsWith(".tgz"))
    .sort();
  writeFileSync(
    path.join(out, "SHA256SUMS"),
    [...tarballs, "package.json", "package-lock.json"]
      .map((name) => `${sha("sha256", path.join(out, name), "hex")}  ${name}\n`)
      .join(""),
  );
  return tarballs;
}

function main(args: readonly string[]): number {
  const outAt = args.indexOf("--out");
  const unknown = args.filter((arg, index) => arg !== "--out" && index !== outAt + 1 && arg !== "--");
  const outArg = outAt >= 0 ? args[outAt + 1] : undefined;
  if (unknown.length > 0 || (outAt >= 0 && outArg === undefined)) {
    console.error("Usage: pnpm run pack [-- --out DIR]");
    return 2;
  }
  const out = outArg === undefined ? DEFAULT_OUT : path.resolve(outArg);
  const tarballs = pack(out);
  const shown = path.relative(process.cwd(), out) || ".";
  console.log(`\nWrote ${tarballs.length} tarballs, package.json, package-lock.json and SHA256SUMS to ${shown}/:`);
  for (const name of tarballs) console.log(`  ${name}`);
  console.log(
    `\nInstall them without a network, in a copy of the folder:\n  cp -r ${path.resolve(out)} my-project && cd my-project\n  npm ci --offline --no-audit --no-fund\n  npx tipx validate bundle.json`,
  );
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
