/**
 * The npm project `pnpm run pack` writes beside its tarballs: a `package.json` that depends on every tipx
 * package, and a `package-lock.json` that places every package of the tree (the tipx packages and what
 * they need from the registry, at the versions pnpm installed) in a `node_modules` layout, each resolved
 * to its tarball in the same folder. `npm ci --offline` in a copy of the folder then installs the whole
 * tree without a registry, even where two packages need different versions of a third (exceljs's
 * dependencies do), which `npm install a.tgz b.tgz …` cannot do: it would ask the registry where to nest
 * the second version.
 *
 * @module
 */
import { existsSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";

/** The fields of a `package.json` the lock needs. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly engines?: Readonly<Record<string, string>>;
}

/** One package of the tree: where pnpm installed it, and the installed versions of its dependencies. */
export interface TreePackage {
  readonly manifest: Manifest;
  readonly dir: string;
  /** The packages it depends on, by name: their keys (`name@version`). */
  readonly dependencies: ReadonlyMap<string, string>;
}

/** A placed package of the lock: the `node_modules/…` path it is installed at. */
export interface LockEntry {
  readonly location: string;
  readonly key: string;
}

/** How a packed package is found: its tarball file name (in the packs folder) and its integrity. */
export interface PackedTarball {
  readonly file: string;
  readonly integrity: string;
}

/** The `package.json` of a package folder. */
export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Manifest;
}

/** The folder of an installed package, as Node resolves `name` from `fromDir`. */
function installedDir(name: string, fromDir: string): string {
  for (let dir = fromDir; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", name);
    if (existsSync(path.join(candidate, "package.json"))) return realpathSync(candidate);
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed (run pnpm install)`);
  }
}

const keyOf = (manifest: Manifest): string => `${manifest.name}@${manifest.version}`;

/**
 * Reads the tree of installed packages from the tipx package folders: every package by `name@version`.
 * A dependency that is a tipx package is taken from its folder, not from node_modules.
 */
export function readTree(tipxDirs: readonly string[]): Map<string, TreePackage> {
  const tipx = new Map(tipxDirs.map((dir) => [readManifest(dir).name, dir]));
  const tree = new Map<string, TreePackage>();
  const visit = (dir: string): string => {
    const manifest = readManifest(dir);
    const key = keyOf(manifest);
    if (tree.has(key)) return key;
    const dependencies = new Map<string, string>();
    tree.set(key, { manifest, dir, dependencies });
    for (const name of Object.keys(manifest.dependencies ?? {})) {
      dependencies.set(name, visit(tipx.get(name) ?? installedDir(name, dir)));
    }
    return key;
  };
  for (const dir of tipxDirs) visit(dir);
  return tree;
}

/**
 * Places every package of the tree in a `node_modules` layout, as npm would: at the top when no other
 * version of it is there, otherwise under the package that needs it. Breadth first, so that the
 * packages nearest the tipx packages get the top places.
 */
export function placeTree(tree: ReadonlyMap<string, TreePackage>, roots: readonly string[]): LockEntry[] {
  const placed = new Map<string, string>();
  const entries: LockEntry[] = [];
  const nameOf = (key: string): string => tree.get(key)?.manifest.name ?? key;
  const queue: { key: string; parent: string }[] = roots.map((key) => ({ key, parent: "" }));
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined) break;
    const name = nameOf(next.key);
    let location: string | undefined;
    let reused = false;
    // Node looks in the parent's node_modules, then in each ancestor's, up to the top.
    for (
      let at = next.parent;
      ;
      at = at.includes("/node_modules/") ? at.slice(0, at.lastIndexOf("/node_modules/")) : ""
    ) {
      const candidate = `${at === "" ? "" : `${at}/`}node_modules/${name}`;
      const there = placed.get(candidate);
      if (there !== undefined) {
        if (there === next.key) reused = true;
        else location = `${next.parent === "" ? "" : `${next.parent}/`}node_modules/${name}`;
        break;
      }
      if (at === "") {
        location = `node_modules/${name}`;
        break;
      }
    }
    if (reused || location === undefined) continue;
    if (placed.has(location)) throw new Error(`Two versions of ${name} need the place ${location}`);
    placed.set(location, next.key);
    entries.push({ location, key: next.key });
    for (const key of tree.get(next.key)?.dependencies.values() ?? []) queue.push({ key, parent: location });
  }
  return entries.sort((a, b) => a.location.localeCompare(b.location));
}

/**
 * The `package.json` and `package-lock.json` (lockfile version 3) of the offline project.
 *
 * @param tree - The packages, by `name@version`.
 * @param roots - The keys of the tipx packages, which the project depends on.
 * @param tarballs - The tarball and integrity of every package, by key.
 */
export function offlineProject(
  tree: ReadonlyMap<string, TreePackage>,
  roots: readonly string[],
  tarballs: ReadonlyMap<string, PackedTarball>,
): { packageJson: string; packageLock: string } {
  const tarballOf = (key: string): PackedTarball => {
    const tarball = tarballs.get(key);
    if (tarball === undefined) throw new Error(`No tarball was packed for ${key}`);
    return tarball;
  };
  const dependencies = Object.fromEntries(
    roots.map((key) => {
      const manifest = tree.get(key)?.manifest;
      return [manifest?.name ?? key, `file:${tarballOf(key).file}`];
    }),
  );
  const root = { name: "tipx-offline", version: "1.0.0", private: true, dependencies };
  const packages: Record<string, unknown> = { "": root };
  for (const { location, key } of placeTree(tree, roots)) {
    const pkg = tree.get(key);
    if (pkg === undefined) continue;
    const { manifest } = pkg;
    const tarball = tarballOf(key);
    const bin =
      typeof manifest.bin === "string" ? { [manifest.name.replace(/^@[^/]+\//, "")]: manifest.bin } : manifest.bin;
    // A tipx package's `workspace:*` dependencies are packed as their versions.
    const deps = Object.fromEntries(
      [...pkg.dependencies].map(([name, depKey]) => [
        name,
        manifest.dependencies?.[name]?.startsWith("workspace:")
          ? (tree.get(depKey)?.manifest.version ?? "*")
          : (manifest.dependencies?.[name] ?? "*"),
      ]),
    );
    packages[location] = {
      version: manifest.version,
      resolved: `file:${tarball.file}`,
      integrity: tarball.integrity,
      ...(manifest.license === undefined ? {} : { license: manifest.license }),
      ...(Object.keys(deps).length === 0 ? {} : { dependencies: deps }),
      ...(bin === undefined ? {} : { bin }),
      ...(manifest.engines === undefined ? {} : { engines: manifest.engines }),
    };
  }
  const lock = { name: root.name, version: root.version, lockfileVersion: 3, requires: true, packages };
  return {
    packageJson: `${JSON.stringify(root, null, 2)}\n`,
    packageLock: `${JSON.stringify(lock, null, 2)}\n`,
  };
}
