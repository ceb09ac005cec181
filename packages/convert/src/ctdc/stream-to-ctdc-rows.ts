import { withHxlRow } from "../hxl/with-hxl-row";
import { _reporter } from "../report/_reporter";
import type { Conversion } from "../report/index";
import type { TableRow } from "../table/index";
import { _CTDC_CHANGES } from "./_changes";
import { _columns } from "./_columns";
import type { _Codebook } from "./_derive";
import { _victimRow } from "./_row";
import { _streamCollector } from "./_stream-collector";
import { _victims } from "./_victims";
import { _VP_COLUMNS, _vpRow } from "./_vp-derive";
import { _numberedBundles, type BundleSource } from "./bundle-source";
import { CTDC_QUASI_IDENTIFIERS, type ToCtdcOptions } from "./to-ctdc-rows";
import { CTDC_VP_QUASI_IDENTIFIERS, type ToCtdcVictimPerpetratorOptions } from "./to-ctdc-vp-rows";

/**
 * {@link toCtdcRows} over a stream of bundles (an NDJSON file), holding only the flat rows: each bundle
 * is written to rows as it arrives and let go, and k-anonymity runs once over all the rows at the end,
 * so that memory grows with the rows, not with the bundles. The rows are those of `toCtdcRows` on the
 * bundles joined into one (an entity whose id an earlier bundle had is left out, as joining does); each
 * bundle is read on its own, so a case's victims must be in its bundle. The report is that of
 * `toCtdcRows`, with the bundle's line (or position) as the `row` of TIPX706 and TIPX705 issues and
 * their paths inside that bundle; every bundle's own values (its id, sender) are counted.
 *
 * @param bundles - The bundles, or numbered bundles, from an iterable or an async iterable.
 * @param options - As for {@link toCtdcRows}.
 * @returns The rows and the report, once the stream has ended.
 * @example
 * ```ts
 * import { streamNdjson, streamToCtdcRows } from "@tipx/convert";
 * import type { Bundle } from "@tipx/schema";
 * declare const lines: string[];
 * async function* bundles() {
 *   for await (const { line, value } of streamNdjson(lines)) yield { row: line, bundle: value as unknown as Bundle };
 * }
 * const { value: rows, report } = await streamToCtdcRows(bundles(), { codebook: "2024", k: 11 });
 * report.counts.rows === rows.length + report.counts.skipped; // true
 * ```
 */
export async function streamToCtdcRows(bundles: BundleSource, options: ToCtdcOptions): Promise<Conversion<TableRow[]>> {
  const codebook: _Codebook = options.codebook;
  const format = codebook === "2017" ? "ctdc-2017" : "ctdc-2024";
  const reporter = _reporter("tipx", format, options);
  const columns = _columns(codebook);
  const collector = _streamCollector(format, _CTDC_CHANGES);
  for await (const { row, bundle } of _numberedBundles(bundles)) {
    const written = _victims(bundle).map((v) => ({ ..._victimRow(v, columns, codebook), path: v.partyPath }));
    collector.add(bundle, written, row);
  }
  const quasi = options.quasiIdentifiers ?? CTDC_QUASI_IDENTIFIERS[codebook];
  const out = collector.finish(reporter, quasi, options.k ?? 11);
  const names = columns.map((variable) => variable.name);
  return { value: options.hxl ? [withHxlRow(names), ...out] : out, report: reporter.report() };
}

/**
 * {@link toCtdcVictimPerpetratorRows} over a stream of bundles, holding only the flat rows, as
 * {@link streamToCtdcRows} does for the victims' layout: one row per victim–suspect link, k-anonymised
 * once over all the rows at the end, with the bundle's line (or position) as the `row` of its issues.
 *
 * @param bundles - The bundles, or numbered bundles, from an iterable or an async iterable.
 * @param options - As for {@link toCtdcVictimPerpetratorRows}.
 * @returns The rows and the report, once the stream has ended.
 * @example
 * ```ts
 * import { streamToCtdcVictimPerpetratorRows } from "@tipx/convert";
 * import type { Bundle } from "@tipx/schema";
 * declare const bundles: AsyncIterable<Bundle>;
 * const { value: rows } = await streamToCtdcVictimPerpetratorRows(bundles, { k: 11 });
 * rows[0]?.IP_Relation;
 * ```
 */
export async function streamToCtdcVictimPerpetratorRows(
  bundles: BundleSource,
  options: ToCtdcVictimPerpetratorOptions = {},
): Promise<Conversion<TableRow[]>> {
  const reporter = _reporter("tipx", "ctdc-vp", options);
  const collector = _streamCollector("ctdc-vp", []);
  for await (const { row, bundle } of _numberedBundles(bundles)) {
    const written = _victims(bundle).flatMap((v) =>
      (v.victim.perpetrators ?? []).map((link, index) => ({
        ..._vpRow(v, link, index),
        path: `${v.partyPath}/victim/perpetrators/${index}`,
      })),
    );
    collector.add(bundle, written, row);
  }
  const out = collector.finish(reporter, options.quasiIdentifiers ?? CTDC_VP_QUASI_IDENTIFIERS, options.k ?? 11);
  return { value: options.hxl ? [withHxlRow(_VP_COLUMNS), ...out] : out, report: reporter.report() };
}
