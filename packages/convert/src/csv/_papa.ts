import * as PapaModule from "papaparse";

type Papa = typeof PapaModule;

/** papaparse as a CommonJS module gives it: its namespace under `default` when Node.js loads it as ESM. */
export const _papa: Papa = (PapaModule as unknown as { readonly default?: Papa }).default ?? PapaModule;

/** What papaparse's incremental parser returns (its typings say `any`). */
export interface _PapaResult {
  readonly data: string[][];
  readonly errors: readonly { readonly code: string; readonly row?: number }[];
  readonly meta: { readonly cursor: number };
}

/** Parses text with papaparse's core parser; `ignoreLastRow` keeps an incomplete last record for later. */
export function _papaParse(
  input: string,
  config: { readonly delimiter: string; readonly newline: "\n" | "\r" | "\r\n" },
  ignoreLastRow: boolean,
): _PapaResult {
  const parser = new _papa.Parser({ delimiter: config.delimiter, newline: config.newline, quoteChar: '"' });
  return parser.parse(input, 0, ignoreLastRow) as _PapaResult;
}
