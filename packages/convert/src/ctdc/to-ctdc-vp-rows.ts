import type { Bundle } from "@tipx/schema";
import { withHxlRow } from "../hxl/with-hxl-row";
import { _reporter } from "../report/_reporter";
import type { Conversion, ConvertOptions } from "../report/index";
import type { TableRow } from "../table/index";
import { _anonymiseAndReport } from "./_anonymise";
import { _accountValues, _leaves } from "./_leaves";
import { _victims } from "./_victims";
import { _VP_COLUMNS, _vpRow } from "./_vp-derive";

/** Options of {@link toCtdcVictimPerpetratorRows}. */
export interface ToCtdcVictimPerpetratorOptions extends ConvertOptions {
  /** The smallest group of rows sharing the quasi-identifiers that is released; 11 by default. 1 turns it off. */
  readonly k?: number | undefined;
  /** The quasi-identifier columns; by default {@link CTDC_VP_QUASI_IDENTIFIERS}. */
  readonly quasiIdentifiers?: readonly string[];
  /** Put the HXL hashtag row first (row 2 of a file under the header). */
  readonly hxl?: boolean | undefined;
}

/**
 * The columns k-anonymity groups victim–perpetrator rows by: registration year, the victim's gender,
 * majority and UN regions, and the suspect's gender and age band.
 *
 * @example
 * ```ts
 * import { CTDC_VP_QUASI_IDENTIFIERS } from "@tipx/convert";
 * CTDC_VP_QUASI_IDENTIFIERS.includes("UN_COO_Region"); // true
 * ```
 */
export const CTDC_VP_QUASI_IDENTIFIERS = [
  "yearRegister",
  "gender",
  "majorityStatus",
  "UN_COO_Region",
  "UN_COE_Region",
  "IP_Gender",
  "IP_ageBroad",
] as const;

/**
 * Writes the CTDC victim–perpetrator layout: one row per victim–suspect link (`VictimContext.perpetrators`),
 * with empty cells for missing values and `;`-joined multi-values, UN M49 sub-regions for the region
 * columns, k-anonymised (k = 11 by default). The IP_ codings are ours (see the package README).
 *
 * @param bundle - A valid bundle.
 * @param options - `k`, the quasi-identifiers and `hxl`.
 * @returns The rows and the report (rows are links; suppressed links are skipped with TIPX706).
 * @example
 * ```ts
 * import { toCtdcVictimPerpetratorRows } from "@tipx/convert";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundle: Bundle;
 * const { value: rows } = toCtdcVictimPerpetratorRows(bundle, { k: 1 });
 * rows[0]?.IP_Relation; // "Stranger"
 * ```
 */
export function toCtdcVictimPerpetratorRows(
  bundle: Bundle,
  options: ToCtdcVictimPerpetratorOptions = {},
): Conversion<TableRow[]> {
  const reporter = _reporter("tipx", "ctdc-vp", options);
  const written = _victims(bundle).flatMap((v) =>
    (v.victim.perpetrators ?? []).map((link, index) => ({
      ..._vpRow(v, link, index),
      path: `${v.partyPath}/victim/perpetrators/${index}`,
    })),
  );
  const k = options.k ?? 11;
  const quasi = options.quasiIdentifiers ?? CTDC_VP_QUASI_IDENTIFIERS;
  const { rows: out, used, covered } = _anonymiseAndReport(reporter, written, quasi, k);
  _accountValues(reporter, _leaves(bundle), used, covered, "ctdc-vp");
  return { value: options.hxl ? [withHxlRow(_VP_COLUMNS), ...out] : out, report: reporter.report() };
}
