import { kAnonymity } from "@tipx/privacy";
import type { _Reporter } from "../report/_reporter";
import type { TableRow } from "../table/index";

/** Runs k-anonymity over rows and tells which were kept, by index. */
export function _anonymise(rows: readonly TableRow[], quasiIdentifiers: readonly string[], k: number): boolean[] {
  if (k <= 1) return rows.map(() => true);
  const result = kAnonymity(rows, { quasiIdentifiers, k });
  const kept = new Set<TableRow>(result.rows);
  return rows.map((row) => kept.has(row));
}

/** A row written for one victim or one victim–suspect link, with the pointers of the values it used. */
export interface _WrittenRow {
  readonly cells: TableRow;
  readonly used: Iterable<string>;
  /** The JSON Pointer of what the row stands for (a case party, or a victim–suspect link). */
  readonly path: string;
}

/**
 * Anonymises the rows of one bundle and reports each: converted, or skipped with TIPX706. Returns the
 * rows kept, the pointers of the values they carried, and those only suppressed rows used (which the
 * caller counts as not carried).
 */
export function _anonymiseAndReport(
  reporter: _Reporter,
  written: readonly _WrittenRow[],
  quasiIdentifiers: readonly string[],
  k: number,
): { readonly rows: TableRow[]; readonly used: Set<string>; readonly covered: Set<string> } {
  const kept = _anonymise(
    written.map((row) => row.cells),
    quasiIdentifiers,
    k,
  );
  const used = new Set<string>();
  const covered = new Set<string>();
  written.forEach((row, index) => {
    reporter.row();
    if (kept[index]) {
      reporter.converted();
      for (const pointer of row.used) used.add(pointer);
      return;
    }
    reporter.skipped();
    reporter.issue("TIPX706", { k, columns: quasiIdentifiers }, { path: row.path });
    for (const pointer of row.used) covered.add(pointer);
  });
  for (const pointer of used) covered.delete(pointer);
  return { rows: written.filter((_, index) => kept[index]).map((row) => row.cells), used, covered };
}
