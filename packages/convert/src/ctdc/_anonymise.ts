import { kAnonymity } from "@tipx/privacy";
import type { TableRow } from "../table/index";

/** Runs k-anonymity over rows and tells which were kept, by index. */
export function _anonymise(rows: readonly TableRow[], quasiIdentifiers: readonly string[], k: number): boolean[] {
  if (k <= 1) return rows.map(() => true);
  const result = kAnonymity(rows, { quasiIdentifiers, k });
  const kept = new Set<TableRow>(result.rows);
  return rows.map((row) => kept.has(row));
}
