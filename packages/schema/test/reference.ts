// Shared by the tests that cross-check tipx against the reference tables in ../shared/reference (a
// folder next to the repository, not inside it). The tables may be absent on a given machine, so the
// tests skip themselves and say so:
//
//   const file = "countries.csv";
//   warnIfAbsent(file);
//   it.skipIf(!hasReference(file))("agrees with countries.csv", () => { const rows = readReferenceCsv(file); ... });
//
// This file lives under test/, not src/, so it is never part of the package build.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";

let repoRoot: string | undefined;

/** The monorepo root: the nearest folder above this file that holds `pnpm-workspace.yaml`. */
function findRepoRoot(): string {
  if (repoRoot !== undefined) return repoRoot;
  const from = path.dirname(fileURLToPath(import.meta.url));
  let dir = from;
  while (!existsSync(path.join(dir, "pnpm-workspace.yaml"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  repoRoot = dir;
  return dir;
}

/**
 * Resolves a path inside the reference folder, `<repo root>/../shared/reference`. The repo root is the
 * nearest folder above this helper that holds `pnpm-workspace.yaml`.
 *
 * @param relative - The path under the reference folder, such as `"htcds/fields.csv"`.
 * @returns The absolute path. The file need not exist.
 * @throws Error when no folder above this helper holds `pnpm-workspace.yaml`.
 */
export function referencePath(relative: string): string {
  return path.resolve(findRepoRoot(), "../shared/reference", relative);
}

/**
 * Tells whether a reference file is present, for `it.skipIf(!hasReference(relative))`.
 *
 * @param relative - The path under the reference folder, such as `"countries.csv"`.
 * @returns `true` when the file exists.
 */
export function hasReference(relative: string): boolean {
  return existsSync(referencePath(relative));
}

/**
 * Reads a reference CSV (RFC 4180: quoted fields may hold commas, doubled quotes and newlines) into one
 * record per row, keyed by the header row. Empty lines are skipped and every value is kept as a string.
 *
 * @param relative - The path under the reference folder, such as `"subdivisions/TH.csv"`.
 * @returns The rows, in file order.
 * @throws Error naming the file when it cannot be read or is not well-formed CSV (for example a row
 *   with more or fewer fields than the header).
 */
export function readReferenceCsv(relative: string): Record<string, string>[] {
  const file = referencePath(relative);
  const result = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
    delimiter: ",",
  });
  if (result.errors.length > 0) {
    const problems = result.errors.map((error) => `${error.row === undefined ? "" : `data row ${error.row + 1}: `}${error.message}`);
    throw new Error(`Could not parse the reference file ${file}: ${problems.join("; ")}`);
  }
  return result.data;
}

/**
 * Says on the console that the tests using a reference file are skipped, when that file is absent:
 * `Skipped: the reference file <path> is absent`. Says nothing when the file is present.
 *
 * @param relative - The path under the reference folder, such as `"htcds/picklist_values.csv"`.
 */
export function warnIfAbsent(relative: string): void {
  if (!hasReference(relative)) console.warn(`Skipped: the reference file ${referencePath(relative)} is absent`);
}
