import type { _Codebook } from "./_derive";
import type { _CtdcVariable } from "./_variable";
import { _CODEBOOK_2017, _CODEBOOK_2024 } from "./codebooks.generated";

/** Column names that published files spell differently from the codebooks, by codebook. */
const ALIASES: { readonly [C in _Codebook]: Readonly<Record<string, string>> } = {
  // The 2020 CSV writes CountryOfExploitation; codebook v6 CountryofExploitation.
  "2017": { CountryOfExploitation: "CountryofExploitation" },
  // Codebook v2's detail section calls variable 14 meansWithholdDocuments.
  "2024": { meansWithholdDocuments: "meansWithholdDocs" },
};

/** Columns of published files that no codebook defines but that are known: kept in extensions. */
const EXTRA: { readonly [C in _Codebook]: readonly _CtdcVariable[] } = {
  "2017": [{ name: "isSlaveryAndPractices", number: 63, type: "binary", missing: "-99", values: ["0", "1"] }],
  "2024": [],
};

/** What a file's header says: its codebook, and each column's variable (undefined for unknown ones). */
export interface _Layout {
  readonly codebook: _Codebook;
  readonly variables: ReadonlyMap<string, _CtdcVariable | undefined>;
  /** Columns to pass over without a word: the empty first column under the terms-of-use sentence. */
  readonly ignored: ReadonlySet<string>;
}

function lookup(codebook: _Codebook, column: string): _CtdcVariable | undefined {
  const name = ALIASES[codebook][column] ?? column;
  const list = codebook === "2017" ? _CODEBOOK_2017 : _CODEBOOK_2024;
  return list.find((variable) => variable.name === name) ?? EXTRA[codebook].find((variable) => variable.name === name);
}

/** A header cell that is a note rather than a column: empty, or a sentence (the CTDC terms of use). */
function isNote(column: string): boolean {
  return column.trim() === "" || /\s/.test(column.trim());
}

/**
 * Reads a CTDC header: the codebook is the one whose own variables the header names most (2024 when it
 * names only shared ones and `gender` holds 2024 codes); undefined when it names no CTDC variable.
 */
export function _layout(
  columns: readonly string[],
  genders: readonly string[],
  forced?: _Codebook,
): _Layout | undefined {
  const score = (codebook: _Codebook) => columns.filter((column) => lookup(codebook, column) !== undefined).length;
  const only = (codebook: _Codebook, other: _Codebook) =>
    columns.filter((column) => lookup(codebook, column) !== undefined && lookup(other, column) === undefined).length;
  if (score("2017") === 0 && score("2024") === 0) return undefined;
  const a = only("2017", "2024");
  const b = only("2024", "2017");
  const codebook: _Codebook =
    forced ??
    (a !== b ? (a > b ? "2017" : "2024") : genders.some((g) => g === "Woman" || g === "Man") ? "2024" : "2017");
  const ignored = new Set(columns.filter((column, index) => index === 0 && isNote(column)));
  return {
    codebook,
    ignored,
    variables: new Map(columns.filter((c) => !ignored.has(c)).map((column) => [column, lookup(codebook, column)])),
  };
}
