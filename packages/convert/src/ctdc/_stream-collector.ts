// Collects the flat rows of a stream of bundles, one bundle at a time, with just enough of each bundle's
// values to write the report of the whole stream once k-anonymity has decided which rows are released:
// the bundle is not held. A value used by rows is kept as a count per set of rows (and per kind of
// change it went through); a value no row uses is reported at once (TIPX705, aggregated per field).
import type { Bundle, ConversionFormat } from "@tipx/schema";
import type { _Reporter } from "../report/_reporter";
import type { TableRow } from "../table/index";
import { _anonymise } from "./_anonymise";
import { _fieldOf, _leaves } from "./_leaves";

/** One written row of a bundle: its cells, the pointers of the values it used, and its place. */
export interface _WrittenRow {
  readonly cells: Record<string, string>;
  readonly used: ReadonlySet<string>;
  /** The JSON Pointer, in its bundle, of the record the row stands for. */
  readonly path: string;
}

/** Values of one bundle used by the same rows, with the same kind of change. */
interface Group {
  readonly rows: readonly number[];
  readonly leaf: boolean;
  readonly change: number;
  readonly count: number;
}

/** What a finished collection reports a change as (TIPX709): the field, and the pointers it applies to. */
export interface _Change {
  readonly field: string;
  /** Whether a used pointer of `bundle` went through this change. */
  readonly applies: (pointer: string, bundle: Bundle) => boolean;
}

/** Collects the rows of bundles and reports them (see the file comment). */
export interface _StreamCollector {
  add(bundle: Bundle, written: readonly _WrittenRow[], row: number): void;
  finish(reporter: _Reporter, quasiIdentifiers: readonly string[], k: number): TableRow[];
}

/** A collector writing `format`, reporting the `changes` of the values its released rows used. */
export function _streamCollector(format: ConversionFormat, changes: readonly _Change[]): _StreamCollector {
  const rows: Record<string, string>[] = [];
  // Per row: its bundle's row, its path (interned: the bundles of a stream repeat them), the count of
  // the bundle's values only it used, and of those, per change, how many went through the change.
  const bundleRows: number[] = [];
  const paths: string[] = [];
  // Paths are interned: the bundles of a stream repeat them.
  const interned = new Map<string, string>();
  // Rows are copied from a template of their columns: a row written a column at a time is a dictionary
  // (about 1.6 kB for 27 columns in V8), a copy of a template parsed from JSON a compact object (250 B).
  let template: { readonly key: string; readonly row: Readonly<Record<string, string>> } | undefined;
  const compact = (cells: Readonly<Record<string, string>>): Record<string, string> => {
    const columns = Object.keys(cells);
    const key = columns.join("\u0000");
    if (template?.key !== key) {
      const empty = JSON.stringify(Object.fromEntries(columns.map((column) => [column, ""])));
      template = { key, row: JSON.parse(empty) as Record<string, string> };
    }
    const row: Record<string, string> = { ...template.row };
    for (const column of columns) row[column] = cells[column] ?? "";
    return row;
  };
  const ownValues: number[] = [];
  const ownChanges: number[][] = changes.map(() => []);
  // Values used by several rows, grouped by the rows that used them.
  const groups: Group[] = [];
  const unused = new Map<string, { readonly first: string; readonly row: number; count: number }>();
  let unusedCount = 0;
  const changeOf = (pointer: string, bundle: Bundle): number => changes.findIndex((c) => c.applies(pointer, bundle));
  const intern = (text: string): string => {
    const known = interned.get(text);
    if (known !== undefined) return known;
    if (interned.size < 65536) interned.set(text, text);
    return text;
  };
  return {
    add(bundle, written, row) {
      const base = rows.length;
      const users = new Map<string, number[]>();
      for (const [index, item] of written.entries()) {
        rows.push(compact(item.cells));
        bundleRows.push(row);
        paths.push(intern(item.path));
        ownValues.push(0);
        for (const counts of ownChanges) counts.push(0);
        for (const pointer of item.used) {
          const known = users.get(pointer);
          if (known === undefined) users.set(pointer, [base + index]);
          else known.push(base + index);
        }
      }
      const local = new Map<string, { rows: number[]; leaf: boolean; change: number; count: number }>();
      const note = (pointer: string, by: number[], leaf: boolean): void => {
        const change = changes.length === 0 ? -1 : changeOf(pointer, bundle);
        const only = by.length === 1 ? by[0] : undefined;
        if (only !== undefined) {
          if (leaf) ownValues[only] = (ownValues[only] ?? 0) + 1;
          const counts = ownChanges[change];
          if (counts !== undefined) counts[only] = (counts[only] ?? 0) + 1;
          return;
        }
        const key = `${leaf ? 1 : 0}|${change}|${by.join(",")}`;
        const known = local.get(key);
        if (known === undefined) local.set(key, { rows: by, leaf, change, count: 1 });
        else known.count += 1;
      };
      const leaves = _leaves(bundle);
      let usedLeaves = 0;
      for (const leaf of leaves) {
        const by = users.get(leaf);
        if (by !== undefined) {
          usedLeaves += 1;
          note(leaf, by, true);
          continue;
        }
        unusedCount += 1;
        const field = _fieldOf(leaf);
        const entry = unused.get(field);
        if (entry === undefined) unused.set(field, { first: leaf, row, count: 1 });
        else entry.count += 1;
      }
      if (usedLeaves < users.size) {
        const isLeaf = new Set(leaves);
        for (const [pointer, by] of users) if (!isLeaf.has(pointer)) note(pointer, by, false);
      }
      for (const group of local.values()) groups.push(group);
    },
    finish(reporter, quasiIdentifiers, k) {
      const kept = _anonymise(rows, quasiIdentifiers, k);
      const changed = changes.map(() => 0);
      let carried = 0;
      let notCarried = 0;
      kept.forEach((isKept, index) => {
        reporter.row();
        const own = ownValues[index] ?? 0;
        if (isKept) {
          reporter.converted();
          carried += own;
          ownChanges.forEach((counts, change) => {
            changed[change] = (changed[change] ?? 0) + (counts[index] ?? 0);
          });
          return;
        }
        notCarried += own;
        reporter.skipped();
        reporter.issue(
          "TIPX706",
          { k, columns: quasiIdentifiers },
          { path: paths[index] ?? "", row: bundleRows[index] ?? 0 },
        );
      });
      for (const group of groups) {
        const released = group.rows.some((index) => kept[index] === true);
        if (group.leaf) {
          if (released) carried += group.count;
          else notCarried += group.count;
        }
        if (released && group.change >= 0) changed[group.change] = (changed[group.change] ?? 0) + group.count;
      }
      if (carried > 0) reporter.carried(carried);
      if (notCarried + unusedCount > 0) reporter.notCarried(notCarried + unusedCount);
      for (const [field, { first, row, count }] of unused) {
        reporter.issue("TIPX705", { field, format }, { path: first, row, count });
      }
      changes.forEach((change, index) => {
        const count = changed[index] ?? 0;
        if (count > 0) reporter.issue("TIPX709", { field: change.field, change: "generalised" }, { count });
      });
      return rows.filter((_, index) => kept[index] === true);
    },
  };
}
