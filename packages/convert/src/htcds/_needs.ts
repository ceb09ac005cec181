// Values not carried because tipx needs a field the row does not have (TIPX712), reported once per
// column and missing field, with the first row and the count of rows, so that a long input gives a
// readable report.
import type { _Reporter } from "../report/_reporter";

/** Where a value was: its row and sheet. */
export interface _RowPlace {
  readonly row: number;
  readonly sheet?: string | undefined;
}

/** Notes values that need a missing field, and reports them (TIPX712) when the rows end. */
export interface _Needs {
  /** Notes `count` values of `column` not carried for want of `needs` (counts them as not carried). */
  note(column: string, needs: string, where: _RowPlace, count?: number): void;
  flush(): void;
}

/** A collector of TIPX712 issues reporting to `reporter`. */
export function _needs(reporter: _Reporter): _Needs {
  const seen = new Map<string, { column: string; needs: string; where: _RowPlace; count: number }>();
  return {
    note(column, needs, where, count = 1) {
      reporter.notCarried(count);
      const key = `${column}\u0000${needs}`;
      const known = seen.get(key);
      if (known === undefined) seen.set(key, { column, needs, where, count });
      else known.count += count;
    },
    flush() {
      for (const { column, needs, where, count } of seen.values()) {
        reporter.issue(
          "TIPX712",
          { field: column, needs },
          { row: where.row, column, count, ...(where.sheet === undefined ? {} : { sheet: where.sheet }) },
        );
      }
      seen.clear();
    },
  };
}
