import { _detectDelimiter, _detectNewline } from "./_layout";
import { _papaParse } from "./_papa";

/** One record of a CSV, or a record that could not be read (its cells are then empty). */
export interface _CsvRecord {
  readonly cells: readonly string[];
  readonly error?: "quotes" | "too-long";
}

/** Splits CSV text, pushed in chunks of any size, into records, with papaparse's core parser. */
export interface _CsvSplitter {
  push(text: string): _CsvRecord[];
  end(): _CsvRecord[];
}

/**
 * A CSV splitter. A record whose quoted cell is never closed is reported (`"quotes"`) and reading goes
 * on from the line after its start; a record longer than `maxRowLength` characters is reported
 * (`"too-long"`) without holding it, so that memory stays flat.
 */
export function _csvSplitter(delimiterOption: string | undefined, maxRowLength: number): _CsvSplitter {
  let pending = "";
  let skipping = false;
  let config: { delimiter: string; newline: "\n" | "\r" | "\r\n" } | undefined;

  const decide = () => {
    config ??= { delimiter: delimiterOption ?? _detectDelimiter(pending), newline: _detectNewline(pending) };
    return config;
  };
  const complete = (into: _CsvRecord[]): void => {
    const layout = decide();
    const result = _papaParse(pending, layout, true);
    const bad = new Set(result.errors.filter((e) => e.code === "InvalidQuotes").map((e) => e.row));
    result.data.forEach((cells, index) => {
      into.push(bad.has(index) ? { cells: [], error: "quotes" } : { cells });
    });
    pending = pending.slice(result.meta.cursor);
  };
  const unclosed = (): boolean => _papaParse(pending, decide(), false).errors.some((e) => e.code === "MissingQuotes");
  const resync = (): void => {
    const at = pending.search(/\r\n|\r|\n/);
    if (at === -1) {
      pending = "";
      skipping = true;
    } else {
      pending = pending.slice(at + (pending.startsWith("\r\n", at) ? 2 : 1));
    }
  };

  return {
    push(text) {
      const out: _CsvRecord[] = [];
      let input = text;
      if (skipping) {
        const at = input.search(/[\r\n]/);
        if (at === -1) return out;
        input = input.slice(at).replace(/^\r?\n|^\r/, "");
        skipping = false;
      }
      pending += input;
      if (!config && !/[\r\n]/.test(pending) && pending.length <= maxRowLength) return out;
      complete(out);
      while (pending.length > maxRowLength) {
        const quotes = unclosed();
        out.push({ cells: [], error: quotes ? "quotes" : "too-long" });
        if (quotes) resync();
        else {
          pending = "";
          skipping = true;
        }
        complete(out);
      }
      return out;
    },
    end() {
      const out: _CsvRecord[] = [];
      if (skipping) return out;
      while (pending !== "") {
        complete(out);
        if (pending === "") break;
        if (unclosed()) {
          out.push({ cells: [], error: "quotes" });
          resync();
          if (skipping) break;
          continue;
        }
        const last = _papaParse(pending, decide(), false);
        for (const cells of last.data) out.push({ cells });
        pending = "";
      }
      return out;
    },
  };
}
