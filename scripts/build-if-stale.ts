/**
 * Builds the workspace packages whose `dist/` is missing or older than what it is built from, and only
 * those: `pnpm run demo` and `pnpm run pack` call it, so that a second run does not rebuild anything.
 *
 * A package's build inputs are every file under its `src/` except tests, its `package.json`,
 * `tsup.config.ts` and `tsconfig.json`, the shared `tsconfig.base.json`, and `pnpm-lock.yaml` (the CLI
 * bundles some of its dependencies, whose versions the lockfile pins). The package is stale when a file
 * its `package.json` exports from `dist/` is missing (a build that failed half-way), or when the newest
 * input is newer than the oldest file in `dist/` (a build empties and rewrites all of `dist/`). The
 * packages are checked in dependency order, schema before CLI.
 *
 * @module
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The workspace packages in build order: a package comes after the packages it depends on. */
export const PACKAGE_DIRS = [
  "packages/schema",
  "packages/indicators",
  "packages/privacy",
  "packages/convert",
  "packages/exchange",
  "packages/cli",
] as const;

const SHARED_INPUTS = ["tsconfig.base.json", "pnpm-lock.yaml"];
const PACKAGE_INPUTS = ["package.json", "tsup.config.ts", "tsconfig.json"];
const TEST_FILE = /\.test(?:-d)?\.ts$/;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Every file path an `exports` map (or a `main`/`types` field) names. */
function targets(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(targets);
}

function mtime(file: string): number {
  return statSync(file).mtimeMs;
}

/**
 * Why a package needs building, or `undefined` when its `dist/` is up to date.
 *
 * @param packageDir - The package folder, relative to `root` (`"packages/cli"`).
 * @param root - The repository root.
 */
export function staleReason(packageDir: string, root: string = REPO_ROOT): string | undefined {
  const dir = path.join(root, packageDir);
  const built = filesUnder(path.join(dir, "dist"));
  if (built.length === 0) return "dist/ is missing";
  // A build that failed half-way (say in the type declarations) leaves new files but not all of them.
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as Record<string, unknown>;
  const expected = [manifest["exports"], manifest["main"], manifest["module"], manifest["types"]]
    .flatMap(targets)
    .filter((target) => target.startsWith("./dist/") && !target.includes("*"));
  const absent = expected.find((target) => !existsSync(path.join(dir, target)));
  if (absent !== undefined) return `${absent.slice(2)} is missing`;
  const oldestOutput = Math.min(...built.map(mtime));
  const inputs = [
    ...filesUnder(path.join(dir, "src")).filter((file) => !TEST_FILE.test(file)),
    ...PACKAGE_INPUTS.map((name) => path.join(dir, name)),
    ...SHARED_INPUTS.map((name) => path.join(root, name)),
  ].filter((file) => existsSync(file));
  const newer = inputs.find((file) => mtime(file) > oldestOutput);
  return newer === undefined
    ? undefined
    : `${path.relative(root, newer).split(path.sep).join("/")} is newer than dist/`;
}

/**
 * Builds each stale package with `pnpm --filter <name> run build`, in dependency order.
 *
 * @param log - Where to say what is built or skipped and why.
 * @returns The names of the packages built.
 * @throws Error when a build fails.
 */
export function buildIfStale(log: (line: string) => void = console.log): string[] {
  const rebuilt: string[] = [];
  for (const packageDir of PACKAGE_DIRS) {
    const { name } = JSON.parse(readFileSync(path.join(REPO_ROOT, packageDir, "package.json"), "utf8")) as {
      name: string;
    };
    const reason = staleReason(packageDir);
    if (reason === undefined) {
      log(`${name}: dist/ is up to date, not rebuilt`);
      continue;
    }
    log(`${name}: building (${reason})`);
    const build = spawnSync("pnpm", ["--filter", name, "run", "build"], {
      cwd: REPO_ROOT,
      stdio: "inherit",
      shell: process.platform === "win32",
    });
    if (build.status !== 0) throw new Error(`The build of ${name} failed (exit code ${build.status}).`);
    rebuilt.push(name);
  }
  return rebuilt;
}
