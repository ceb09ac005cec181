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
  const places: { readonly row: number; readonly path: string }[] = [];
  const groups: Group[] = [];
  const unused = new Map<string, { readonly first: string; readonly row: number; count: number }>();
  let unusedCount = 0;
  const changeOf = (pointer: string, bundle: Bundle): number => changes.findIndex((c) => c.applies(pointer, bundle));
  return {
    add(bundle, written, row) {
      const base = rows.length;
      const users = new Map<string, number[]>();
      written.forEach((item, index) => {
        rows.push(item.cells);
        places.push({ row, path: item.path });
        for (const pointer of item.used) {
          const known = users.get(pointer);
          if (known === undefined) users.set(pointer, [base + index]);
          else known.push(base + index);
        }
      });
      const local = new Map<string, { rows: number[]; leaf: boolean; change: number; count: number }>();
      const note = (pointer: string, by: number[], leaf: boolean): void => {
        const change = changes.length === 0 ? -1 : changeOf(pointer, bundle);
        const key = `${leaf ? 1 : 0}|${change}|${by.join(",")}`;
        const known = local.get(key);
        if (known === undefined) local.set(key, { rows: by, leaf, change, count: 1 });
        else known.count += 1;
      };
      const leaves = new Set(_leaves(bundle));
      for (const leaf of leaves) {
        const by = users.get(leaf);
        if (by !== undefined) {
          note(leaf, by, true);
          continue;
        }
        unusedCount += 1;
        const field = _fieldOf(leaf);
        const entry = unused.get(field);
        if (entry === undefined) unused.set(field, { first: leaf, row, count: 1 });
        else entry.count += 1;
      }
      for (const [pointer, by] of users) if (!leaves.has(pointer)) note(pointer, by, false);
      for (const group of local.values()) groups.push(group);
    },
    finish(reporter, quasiIdentifiers, k) {
      const kept = _anonymise(rows, quasiIdentifiers, k);
      kept.forEach((isKept, index) => {
        reporter.row();
        if (isKept) {
          reporter.converted();
          return;
        }
        reporter.skipped();
        const place = places[index];
        reporter.issue("TIPX706", { k, columns: quasiIdentifiers }, { path: place?.path ?? "", row: place?.row ?? 0 });
      });
      const changed = changes.map(() => 0);
      for (const group of groups) {
        const released = group.rows.some((index) => kept[index] === true);
        if (group.leaf) {
          if (released) reporter.carried(group.count);
          else reporter.notCarried(group.count);
        }
        if (released && group.change >= 0) changed[group.change] = (changed[group.change] ?? 0) + group.count;
      }
      if (unusedCount > 0) reporter.notCarried(unusedCount);
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
