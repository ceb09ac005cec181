import type { Bundle } from "@tipx/schema";
import { withHxlRow } from "../hxl/with-hxl-row";
import { _reporter } from "../report/_reporter";
import type { Conversion, ConvertOptions } from "../report/index";
import type { TableRow } from "../table/index";
import { _anonymiseAndReport } from "./_anonymise";
import { _caseOpenedOn, _GENERALISED } from "./_changes";
import { _columns } from "./_columns";
import type { _Codebook } from "./_derive";
import { _accountValues, _leaves } from "./_leaves";
import { _victimRow } from "./_row";
import { _victims } from "./_victims";

/** Options of {@link toCtdcRows}. */
export interface ToCtdcOptions extends ConvertOptions {
  /** The codebook: `"2017"` (Global Dataset v6: 0/1 flags, `-99` missing, alpha-2) or `"2024"` (synthetic v2: 1/NULL flags, alpha-3). */
  readonly codebook: "2017" | "2024";
  /** The smallest group of rows sharing the quasi-identifiers that is released; 11 by default (as CTDC). 1 turns k-anonymity off. */
  readonly k?: number | undefined;
  /** The quasi-identifier columns; by default {@link CTDC_QUASI_IDENTIFIERS} of the codebook. */
  readonly quasiIdentifiers?: readonly string[];
  /** Put the HXL hashtag row first (row 2 of a file under the header). */
  readonly hxl?: boolean | undefined;
}

/**
 * The columns k-anonymity groups rows by, per codebook: registration year, gender, age band, majority,
 * citizenship and country of exploitation, what an outsider could know of a person.
 *
 * @example
 * ```ts
 * import { CTDC_QUASI_IDENTIFIERS } from "@tipx/convert";
 * CTDC_QUASI_IDENTIFIERS["2024"].includes("ageBroad"); // true
 * ```
 */
export const CTDC_QUASI_IDENTIFIERS = {
  "2017": ["yearOfRegistration", "gender", "ageBroad", "majorityStatus", "citizenship", "CountryofExploitation"],
  "2024": ["yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation"],
} as const;

/**
 * Writes one CTDC row per victim or presumed victim of a bundle's cases, with the codebook's exact column
 * names and codings, k-anonymised (k = 11 by default). The report counts the victims as rows, the suppressed
 * ones as skipped (TIPX706), names every bundle field CTDC has no column for (TIPX705, once per field with a
 * count) and every value made less precise (TIPX709: birth date to age band, opening date to year).
 *
 * @param bundle - A valid bundle.
 * @param options - The codebook, `k`, the quasi-identifiers and `hxl`.
 * @returns The rows, each keyed by column name in codebook order, and the report.
 * @example
 * ```ts
 * import { toCtdcRows } from "@tipx/convert";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundle: Bundle;
 * const { value: rows, report } = toCtdcRows(bundle, { codebook: "2017", k: 11 });
 * report.counts.skipped; // victims left out for k-anonymity
 * ```
 */
export function toCtdcRows(bundle: Bundle, options: ToCtdcOptions): Conversion<TableRow[]> {
  const codebook: _Codebook = options.codebook;
  const format = codebook === "2017" ? "ctdc-2017" : "ctdc-2024";
  const reporter = _reporter("tipx", format, options);
  const columns = _columns(codebook);
  const victims = _victims(bundle);
  const written = victims.map((v) => ({ ..._victimRow(v, columns, codebook), path: v.partyPath }));
  const k = options.k ?? 11;
  const quasi = options.quasiIdentifiers ?? CTDC_QUASI_IDENTIFIERS[codebook];
  const { rows: out, used, covered } = _anonymiseAndReport(reporter, written, quasi, k);
  _accountValues(reporter, _leaves(bundle), used, covered, format);
  for (const [field, pattern] of Object.entries(_GENERALISED)) {
    const count = [...used].filter((pointer) => pattern.test(pointer)).length;
    if (count > 0) reporter.issue("TIPX709", { field, change: "generalised" }, { count });
  }
  const precise = [...used].filter(
    (pointer) => pointer.endsWith("/openedOn") && _caseOpenedOn(bundle, pointer).length > 4,
  );
  if (precise.length > 0)
    reporter.issue("TIPX709", { field: "Case.openedOn", change: "generalised" }, { count: precise.length });
  const names = columns.map((variable) => variable.name);
  return { value: options.hxl ? [withHxlRow(names), ...out] : out, report: reporter.report() };
}
