// Shared by the tests that read tables: the committed inputs of the generated code lists under
// packages/schema/data (always there), and the reference tables in ../shared/reference (a folder next to
// the repository, not inside it, which CI does not have). Tests that need a reference table skip
// themselves when it is absent and say so, naming the path they looked for:
//
//   const file = "countries.csv";
//   warnIfAbsent(file);
//   it.skipIf(!hasReference(file))(`agrees with ${shownReferencePath(file)}`, () => { const rows = readReferenceCsv(file); ... });
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
  return parseCsvFile(referencePath(relative));
}

/**
 * Resolves a path inside the committed data folder, `packages/schema/data`.
 *
 * @param relative - The path under the data folder, such as `"htcds/picklist_values.csv"`.
 * @returns The absolute path.
 */
export function dataPath(relative: string): string {
  return path.resolve(findRepoRoot(), "packages/schema/data", relative);
}

/**
 * Reads a committed data table (packages/schema/data) like {@link readReferenceCsv}. The tables are in
 * the repository, so the tests that read them never skip.
 *
 * @param relative - The path under the data folder, such as `"subdivisions/TH.csv"`.
 * @returns The rows, in file order.
 * @throws Error naming the file when it cannot be read or is not well-formed CSV.
 */
export function readDataCsv(relative: string): Record<string, string>[] {
  return parseCsvFile(dataPath(relative));
}

function parseCsvFile(file: string): Record<string, string>[] {
  const result = Papa.parse<Record<string, string>>(readFileSync(file, "utf8"), {
    header: true,
    skipEmptyLines: true,
    delimiter: ",",
  });
  if (result.errors.length > 0) {
    const problems = result.errors.map(
      (error) => `${error.row === undefined ? "" : `data row ${error.row + 1}: `}${error.message}`,
    );
    throw new Error(`Could not parse ${file}: ${problems.join("; ")}`);
  }
  return result.data;
}

/**
 * The path of a reference file as seen from the repository root, such as
 * `../shared/reference/countries.csv`: what a test that skips without the file names in its title, so
 * the skip says what to put where.
 *
 * @param relative - The path under the reference folder, such as `"countries.csv"`.
 * @returns The repository-relative path, with `/` separators.
 */
export function shownReferencePath(relative: string): string {
  return path.relative(findRepoRoot(), referencePath(relative)).split(path.sep).join("/");
}

/**
 * Says on the console that the tests using a reference file are skipped, when that file is absent:
 * `Skipped: the reference file ../shared/reference/<relative> (from the repository root) is absent`. Says
 * nothing when the file is present.
 *
 * @param relative - The path under the reference folder, such as `"htcds/picklist_values.csv"`.
 */
export function warnIfAbsent(relative: string): void {
  if (hasReference(relative)) return;
  console.warn(`Skipped: the reference file ${shownReferencePath(relative)} (from the repository root) is absent`);
}
