import type { FlatRow } from "../k-anonymity/k-anonymity";
import { PrivacyOptionsError } from "../k-anonymity/options-error";
import type { PrivateCountsFacts } from "../locales/catalogue";
import { en } from "../locales/en";
import { _cryptoUniform, _twoSidedGeometric, type UniformSource } from "./geometric";

/** The most cells one table may have: a guard against a cross product that would not fit in memory. */
export const MAX_PRIVATE_COUNT_CELLS = 1_000_000;

/** One grouping column of {@link privateCounts}. */
export interface GroupByColumn {
  /** The column to count by, e.g. `"CountryOfExploitation"`. */
  readonly column: string;
  /**
   * Every value the column can take, so that empty groups are counted too. Without it the values are read
   * from the data, and a value appearing in the table shows that someone has it. Numbers in the data match
   * their string form (`2019` matches `"2019"`); `null` stands for a missing value.
   */
  readonly values?: readonly (string | null)[];
}

/** Options of {@link privateCounts}. */
export interface PrivateCountsOptions {
  /** The columns to count by, each with its domain of values when known. */
  readonly groupBy: readonly GroupByColumn[];
  /** The privacy-loss budget of the table (ε > 0): smaller is more private and noisier. */
  readonly epsilon: number;
  /** Raise negative noisy counts to 0 (post-processing, which keeps ε-DP but biases small cells upwards); default `true`. */
  readonly clampAtZero?: boolean;
  /**
   * FOR TESTS ONLY: a seeded source of uniform numbers in [0, 1) to make the noise reproducible. Noise
   * from a predictable source protects no one; without it the noise comes from `crypto.getRandomValues`.
   */
  readonly random?: () => number;
  /** The English words for the columns in the description, e.g. `{ CountryOfExploitation: "country of exploitation" }`. */
  readonly labels?: Readonly<Record<string, string>>;
}

/** One cell of a {@link PrivateCountTable}: a combination of grouping values and its noisy count. */
export interface PrivateCountCell {
  /** The value of each grouping column (`null` for missing). */
  readonly key: Readonly<Record<string, string | null>>;
  /** The noisy count: an integer, never the true count. */
  readonly count: number;
}

/** A differentially private count table: the noisy counts with everything needed to read them honestly. */
export interface PrivateCountTable {
  /** The privacy-loss budget spent by this table. */
  readonly epsilon: number;
  /** The noise mechanism. */
  readonly mechanism: "two-sided-geometric";
  /** How much one person changes the counts (one row, in one cell). */
  readonly sensitivity: 1;
  /** The grouping columns and where their values came from: `"given"` by the caller or `"observed"` in the data. */
  readonly groupBy: readonly { readonly column: string; readonly domain: "given" | "observed" }[];
  /** `true` when every grouping column's values were given, so the list of cells reveals nothing. */
  readonly domainGiven: boolean;
  /** The post-processing applied to the noisy counts. */
  readonly postprocessing: "clamp-at-zero" | "none";
  /** One cell per combination of the columns' values (empty ones included), in the order of the domains. */
  readonly cells: readonly PrivateCountCell[];
  /** The table in one plain English paragraph (see `privateCountsText` for Thai and Spanish). */
  readonly description: string;
}

function _validated(options: PrivateCountsOptions): UniformSource {
  const columns = options.groupBy.map((group) => group.column);
  if (columns.length === 0)
    throw new PrivacyOptionsError("no-columns", "groupBy", "`groupBy` must name at least one column.");
  if (new Set(columns).size !== columns.length)
    throw new PrivacyOptionsError("duplicate-column", "groupBy", "`groupBy` names a column twice.");
  if (!(Number.isFinite(options.epsilon) && options.epsilon > 0))
    throw new PrivacyOptionsError("invalid-epsilon", "epsilon", "`epsilon` must be a finite number greater than 0.");
  if (options.random === undefined) return _cryptoUniform();
  const random = options.random;
  return () => {
    const u = random();
    if (!(u >= 0 && u < 1))
      throw new PrivacyOptionsError("invalid-random", "random", "`random` must return a number in [0, 1).");
    return u;
  };
}

/** A value as a cell key: numbers as their string form, missing as `null`. */
function _keyValue(value: string | number | null | undefined): string | null {
  return value === undefined || value === null ? null : String(value);
}

/** Sorted with `null` first, so that an observed domain does not reveal the order of the input. */
function _sorted(values: Iterable<string | null>): (string | null)[] {
  return [...values].sort((a, b) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1));
}

/**
 * Counts rows by some columns (country, year, exploitation type…) and adds noise from the two-sided
 * geometric mechanism (the discrete Laplace mechanism), so the table is ε-differentially private: whether
 * any one person is in the data changes the probability of any table by a factor of at most e^ε. The
 * noise, G1 − G2 with G ~ Geometric(1 − e^(−ε)), is an integer with mean 0 and variance
 * 2e^(−ε) / (1 − e^(−ε))²; it comes from `crypto.getRandomValues`. The true counts are not returned.
 *
 * - Sensitivity 1: each person is one row and adds 1 to one cell. If a person can have several rows
 *   (one per exploitation type, say), deduplicate first or divide ε by the most rows a person can have.
 * - Budget: every table spends its ε; two tables from the same people spend the sum.
 * - Domain: give `values` for every column. Cells then cover every combination, empty ones included.
 *   Without `values` the values are read from the data, and a value listed shows that someone has it
 *   (`domainGiven: false` says so). Rows whose value is outside a given domain are not counted, and how
 *   many they are is not released (that number would itself be unprotected); add a value such as
 *   `"Other"` or `null` to count them.
 * - Small cells get the same noise as large ones and need no suppression: the guarantee does not depend
 *   on a cell's size. Their relative error is large, which is the point.
 * - Negative counts: by default raised to 0 (`clampAtZero`, `postprocessing: "clamp-at-zero"`).
 *   Post-processing keeps ε-DP but biases small cells and totals upwards; pass `clampAtZero: false` for
 *   unbiased integers that can be negative (sums of cells are then unbiased too).
 *
 * @param rows - The flat records, one per person.
 * @param options - `groupBy` columns with their domains, `epsilon`, `clampAtZero` (default `true`),
 *   English `labels` for the description, and `random` for tests only.
 * @returns The noisy table with the epsilon spent, the mechanism, the post-processing and a description.
 * @throws {PrivacyOptionsError} On no or repeated `groupBy` columns, an `epsilon` that is not a finite
 *   positive number, a `random` that returns a number outside [0, 1), or more than
 *   {@link MAX_PRIVATE_COUNT_CELLS} cells.
 * @see CTDC Global Synthetic Data Codebook v2 (February 2024): the 2024 global dataset is differentially private synthetic data.
 *
 * @example
 * ```ts
 * import { privateCounts } from "@tipx/privacy";
 * const rows = [
 *   { country: "THA", year: 2023 },
 *   { country: "THA", year: 2024 },
 *   { country: "PRY", year: 2024 },
 * ];
 * const table = privateCounts(rows, {
 *   groupBy: [
 *     { column: "country", values: ["ARG", "LBR", "PRY", "THA"] },
 *     { column: "year", values: ["2023", "2024"] },
 *   ],
 *   epsilon: 1,
 * });
 * table.cells.length; // 8: every country and year, empty ones too
 * table.cells[0]; // e.g. { key: { country: "ARG", year: "2023" }, count: 1 }
 * ```
 */
export function privateCounts(rows: readonly FlatRow[], options: PrivateCountsOptions): PrivateCountTable {
  const uniform = _validated(options);
  const { groupBy, epsilon, clampAtZero = true, labels = {} } = options;

  const domains = groupBy.map(({ column, values }) =>
    values === undefined ? _sorted(new Set(rows.map((row) => _keyValue(row[column])))) : [...new Set(values)],
  );
  const size = domains.reduce((product, domain) => product * domain.length, 1);
  if (size > MAX_PRIVATE_COUNT_CELLS)
    throw new PrivacyOptionsError(
      "too-many-cells",
      "groupBy",
      `the \`groupBy\` domains make ${size} cells; at most ${MAX_PRIVATE_COUNT_CELLS} are allowed.`,
    );

  // Index each domain value, then count rows into a flat array of cells in mixed radix.
  const indexes = domains.map((domain) => new Map(domain.map((value, i) => [value, i])));
  const counts = new Array<number>(size).fill(0);
  for (const row of rows) {
    let cell = 0;
    let inside = true;
    groupBy.forEach(({ column }, c) => {
      const i = indexes[c]?.get(_keyValue(row[column]));
      if (i === undefined) inside = false;
      else cell = cell * (domains[c]?.length ?? 0) + i;
    });
    if (inside) counts[cell] = (counts[cell] ?? 0) + 1;
  }

  const cells: PrivateCountCell[] = counts.map((count, cell) => {
    const key: Record<string, string | null> = {};
    let rest = cell;
    for (let c = groupBy.length - 1; c >= 0; c--) {
      const domain = domains[c] ?? [];
      const column = groupBy[c]?.column ?? "";
      key[column] = domain[rest % domain.length] ?? null;
      rest = Math.floor(rest / domain.length);
    }
    const noisy = count + _twoSidedGeometric(epsilon, uniform);
    return {
      key: Object.fromEntries(groupBy.map(({ column }) => [column, key[column] ?? null])),
      count: clampAtZero ? Math.max(0, noisy) : noisy,
    };
  });

  const domainGiven = groupBy.every((group) => group.values !== undefined);
  const facts: PrivateCountsFacts = {
    epsilon,
    groupBy: groupBy.map(({ column }) => labels[column] ?? column),
    domainGiven,
    clampedAtZero: clampAtZero,
  };
  return {
    epsilon,
    mechanism: "two-sided-geometric",
    sensitivity: 1,
    groupBy: groupBy.map(({ column, values }) => ({ column, domain: values === undefined ? "observed" : "given" })),
    domainGiven,
    postprocessing: clampAtZero ? "clamp-at-zero" : "none",
    cells,
    description: en.privateCounts.text(facts),
  };
}
