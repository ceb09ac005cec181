import type { GuaranteeFacts } from "../locales/catalogue";
import { en } from "../locales/en";
import { PrivacyOptionsError } from "./options-error";

/** One flat record, such as a CTDC row: column name to a string, a number or `null`. */
export type FlatRow = Readonly<Record<string, string | number | null>>;

/** The value of a quasi-identifier in a class key: missing and `null` both read as `null`. */
export type QuasiIdentifierValue = string | number | null;

/** Options of {@link kAnonymity}. */
export interface KAnonymityOptions {
  /** The columns an attacker could know from elsewhere (age band, gender, citizenship…); rows are grouped by them. */
  readonly quasiIdentifiers: readonly string[];
  /** The smallest class size kept. CTDC's Global Dataset uses 11; default 11. */
  readonly k?: number;
  /** The sensitive column whose values each class must vary in (l-diversity). */
  readonly sensitive?: string;
  /** The least number of distinct non-null `sensitive` values per class; default 2 when `sensitive` is given. */
  readonly l?: number;
  /** `false` reports the failing classes and keeps their rows; default `true` (their rows are removed). */
  readonly suppress?: boolean;
  /** The English words for the columns in the guarantee sentence, e.g. `{ ageBroad: "age band" }`; default the column name. */
  readonly labels?: Readonly<Record<string, string>>;
}

/** An equivalence class: the rows that share one combination of quasi-identifier values. */
export interface EquivalenceClass {
  /** The combination of quasi-identifier values, and nothing else from the rows. */
  readonly key: Readonly<Record<string, QuasiIdentifierValue>>;
  /** The number of rows in the class. */
  readonly size: number;
}

/** A class that has at least `k` rows but fewer than `l` distinct values of the sensitive column. */
export interface NonDiverseClass extends EquivalenceClass {
  /** The number of distinct non-null sensitive values in the class (never the values). */
  readonly distinct: number;
}

/** The result of {@link kAnonymity}. */
export interface KAnonymityResult<R extends FlatRow = FlatRow> {
  /** The rows released: the input without the rows of failing classes (all of them with `suppress: false`), in input order. */
  readonly rows: readonly R[];
  /** The number of rows removed. */
  readonly suppressed: number;
  /** The classes of `rows`, by key. */
  readonly classes: readonly EquivalenceClass[];
  /** The classes with fewer than `k` rows. For the data holder: their keys are exactly the rare combinations, never publish them. */
  readonly failingK: readonly EquivalenceClass[];
  /** The classes with at least `k` rows but fewer than `l` distinct sensitive values (a class failing both is in `failingK` only). */
  readonly failingL: readonly NonDiverseClass[];
  /** The number of rows kept: `kept + suppressed === input`. */
  readonly kept: number;
  /** The number of input rows. */
  readonly input: number;
  /** The quasi-identifier columns. */
  readonly quasiIdentifiers: readonly string[];
  /** The `k` applied. */
  readonly k: number;
  /** The l-diversity requirement applied, when a `sensitive` column was given. */
  readonly diversity?: { readonly sensitive: string; readonly l: number };
  /** Whether failing classes were suppressed. */
  readonly suppress: boolean;
  /** What the table guarantees, in one plain English sentence; {@link guaranteeText} gives it in another language. */
  readonly guarantee: string;
}

function _positiveInteger(value: number, option: "k" | "l"): number {
  if (!Number.isSafeInteger(value) || value < 1)
    throw new PrivacyOptionsError(`invalid-${option}`, option, `\`${option}\` must be a positive integer.`);
  return value;
}

function _validated(options: KAnonymityOptions): { k: number; diversity?: { sensitive: string; l: number } } {
  const { quasiIdentifiers, sensitive } = options;
  if (quasiIdentifiers.length === 0)
    throw new PrivacyOptionsError(
      "no-columns",
      "quasiIdentifiers",
      "`quasiIdentifiers` must name at least one column.",
    );
  if (new Set(quasiIdentifiers).size !== quasiIdentifiers.length)
    throw new PrivacyOptionsError("duplicate-column", "quasiIdentifiers", "`quasiIdentifiers` names a column twice.");
  const k = _positiveInteger(options.k ?? 11, "k");
  if (sensitive === undefined) {
    if (options.l !== undefined)
      throw new PrivacyOptionsError("l-without-sensitive", "l", "`l` needs a `sensitive` column to count values in.");
    return { k };
  }
  if (quasiIdentifiers.includes(sensitive))
    throw new PrivacyOptionsError(
      "sensitive-is-quasi-identifier",
      "sensitive",
      "`sensitive` must not be one of the `quasiIdentifiers`: it would be constant within each class.",
    );
  return { k, diversity: { sensitive, l: _positiveInteger(options.l ?? 2, "l") } };
}

/**
 * Makes a table k-anonymous: groups flat rows (such as CTDC rows) by their quasi-identifier values, finds
 * the combinations shared by fewer than `k` rows and removes those rows (or, with `suppress: false`, only
 * reports them), optionally checks l-diversity of a `sensitive` column, and states the guarantee in one
 * plain sentence. A missing quasi-identifier and `null` are one value of their own; `1` and `"1"` are
 * different values (convert first if a file mixes them). Each row is taken to be one person.
 *
 * What k-anonymity does NOT protect against:
 * - attribute disclosure: when everyone in a class shares the sensitive value, knowing someone's class
 *   tells their value; check `sensitive` with `l` (l-diversity), and even then skewed classes leak;
 * - linkage across releases: two k-anonymous tables of the same people, cut differently, can be joined to
 *   isolate a person; release one cut, or use {@link privateCounts}, whose privacy losses add up knowably;
 * - small tables: with few rows, suppression removes most of them and what is left is still identifiable
 *   to someone who knows who is in the data;
 * - columns not named as quasi-identifiers: an attacker who knows one more column is not covered.
 * For published statistics prefer {@link privateCounts} (differential privacy), as CTDC did in 2024.
 *
 * @param rows - The flat records, one per person.
 * @param options - The quasi-identifiers, `k` (default 11, as CTDC's Global Dataset), an optional
 *   `sensitive` column with `l`, `suppress` (default `true`) and English `labels` for the sentence.
 * @returns The rows kept, the classes and the failing ones, the counts (`kept + suppressed === input`)
 *   and the `guarantee` sentence.
 * @throws {PrivacyOptionsError} On no quasi-identifier, a repeated one, `k` or `l` not a positive
 *   integer, `l` without `sensitive`, or a `sensitive` column that is also a quasi-identifier.
 * @see CTDC Data Codebook v6 (November 2017): the Global Dataset is k-anonymised with k = 11.
 *
 * @example
 * ```ts
 * import { kAnonymity } from "@tipx/privacy";
 * const rows = [
 *   ...Array.from({ length: 11 }, (_, i) => ({ ageBroad: "18--20", gender: "Woman", type: i % 2 ? "Labour" : "Sexual" })),
 *   { ageBroad: "48+", gender: "Man", type: "Labour" },
 * ];
 * const result = kAnonymity(rows, {
 *   quasiIdentifiers: ["ageBroad", "gender"],
 *   sensitive: "type",
 *   labels: { ageBroad: "age band", gender: "gender", type: "exploitation type" },
 * });
 * result.kept; // 11
 * result.suppressed; // 1
 * result.guarantee;
 * // "Every combination of age band and gender in this table is shared by at least 11 people,
 * //  and each such group has at least 2 different values of exploitation type."
 * ```
 */
export function kAnonymity<R extends FlatRow>(rows: readonly R[], options: KAnonymityOptions): KAnonymityResult<R> {
  const { quasiIdentifiers, suppress = true, labels = {} } = options;
  const { k, diversity } = _validated(options);

  // Group by the QI values, as JSON so that null, numbers and strings stay apart.
  const groups = new Map<
    string,
    { key: Record<string, QuasiIdentifierValue>; indexes: number[]; values: Set<string> }
  >();
  rows.forEach((row, index) => {
    const values = quasiIdentifiers.map((column) => row[column] ?? null);
    const id = JSON.stringify(values);
    let group = groups.get(id);
    if (group === undefined) {
      group = {
        key: Object.fromEntries(quasiIdentifiers.map((column, i) => [column, values[i] ?? null])),
        indexes: [],
        values: new Set(),
      };
      groups.set(id, group);
    }
    group.indexes.push(index);
    const value = diversity ? row[diversity.sensitive] : undefined;
    if (value !== undefined && value !== null) group.values.add(JSON.stringify(value));
  });

  // Sorted by key so that the report does not reveal the order of the input.
  const sorted = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
  const failingK: EquivalenceClass[] = [];
  const failingL: NonDiverseClass[] = [];
  const classes: EquivalenceClass[] = [];
  const removed = new Set<number>();
  for (const group of sorted) {
    const size = group.indexes.length;
    const fails = size < k || (diversity !== undefined && group.values.size < diversity.l);
    if (size < k) failingK.push({ key: group.key, size });
    else if (fails) failingL.push({ key: group.key, size, distinct: group.values.size });
    if (fails && suppress) for (const index of group.indexes) removed.add(index);
    else classes.push({ key: group.key, size });
  }

  const kept = rows.filter((_, index) => !removed.has(index));
  const failing = failingK.length + failingL.length;
  const result = {
    rows: kept,
    suppressed: removed.size,
    classes,
    failingK,
    failingL,
    kept: kept.length,
    input: rows.length,
    quasiIdentifiers,
    k,
    ...(diversity ? { diversity } : {}),
    suppress,
  };
  return { ...result, guarantee: en.guarantee.text(_guaranteeFacts(result, labels, failing)) };
}

/** The facts of a result's guarantee sentence, with the column labels of one language. */
export function _guaranteeFacts(
  result: Pick<
    KAnonymityResult,
    "kept" | "quasiIdentifiers" | "k" | "diversity" | "suppress" | "failingK" | "failingL"
  >,
  labels: Readonly<Record<string, string>>,
  failing = result.failingK.length + result.failingL.length,
): GuaranteeFacts {
  const label = (column: string): string => labels[column] ?? column;
  return {
    outcome: !result.suppress && failing > 0 ? "does-not-hold" : result.kept === 0 ? "empty" : "holds",
    quasiIdentifiers: result.quasiIdentifiers.map(label),
    k: result.k,
    ...(result.diversity ? { diversity: { sensitive: label(result.diversity.sensitive), l: result.diversity.l } } : {}),
    failing,
  };
}
