import type { Bundle } from "@tipx/schema";
import { type _Reporter, _reporter } from "../report/_reporter";
import type { Conversion, ConversionStream } from "../report/index";
import { _conversionStream } from "../report/stream";
import type { NumberedRow, RowSource } from "../table/index";
import { numberRows } from "../table/index";
import { _assembler, _linkState } from "./_assemble";
import { _readDate } from "./_cells";
import { _needs } from "./_needs";
import { _readRow } from "./_read-row";
import type { HtcdsRow } from "./columns";
import type { FromHtcdsOptions } from "./options";

/** Counts the rows of each unknown column, to report it once (TIPX701) with its count. */
function unknownColumns(reporter: _Reporter) {
  const seen = new Map<string, { row: number; count: number; sheet: string | undefined }>();
  return {
    note(column: string, row: NumberedRow) {
      const known = seen.get(column);
      if (known === undefined) seen.set(column, { row: row.row, count: 1, sheet: row.sheet });
      else known.count += 1;
    },
    flush() {
      for (const [column, { row, count, sheet }] of seen) {
        reporter.issue(
          "TIPX701",
          { column, format: "htcds-2.0" },
          { row, column, count, ...(sheet === undefined ? {} : { sheet }) },
        );
      }
      seen.clear();
    },
  };
}

function isNumbered(row: HtcdsRow | NumberedRow): row is NumberedRow {
  return typeof (row as NumberedRow).cells === "object" && typeof (row as NumberedRow).row === "number";
}

function* numbered(rows: readonly HtcdsRow[] | Iterable<NumberedRow>): Generator<NumberedRow> {
  let next = 2;
  for (const row of rows as Iterable<HtcdsRow | NumberedRow>) {
    if (isNumbered(row)) yield row;
    else yield* numberRows([row], next);
    next += 1;
  }
}

/** The day consents were given, checked: a partial date, or a RangeError (a caller's mistake, not the input's). */
function consentDay(options: FromHtcdsOptions): string | undefined {
  const day = options.consentGivenOn;
  if (day === undefined) return undefined;
  if (_readDate(day) !== day) throw new RangeError("consentGivenOn must be a date: YYYY, YYYY-MM or YYYY-MM-DD");
  return day;
}

function isEmpty(row: NumberedRow): boolean {
  const cells = row.cells;
  for (const column of Object.keys(cells)) {
    const cell = cells[column];
    if ((typeof cell === "string" ? cell : String(cell ?? "")).trim() !== "") return false;
  }
  return true;
}

/**
 * Reads HTCDS 2.0 rows (one victim's case record each, as {@link toHtcdsRows} writes them or an agency's
 * export gives them) into one tipx bundle: a Person per row, a Case per row with the person as a party
 * and the `vic_` and `per_` fields as the party's contexts, and the case's event, support plan and
 * comment. Rows that carry `cas_Id` and `prs_Id` join into one Case and one Person, keeping those ids
 * (rows of one case that disagree are reported with TIPX711); other records get new UUIDs (TIPX709,
 * once per kind). Picklist values are read by code, by the aliases the schema knows, or by their English
 * label; an unknown code is reported (TIPX702) and never guessed, an unknown column once with its count
 * (TIPX701), an unreadable date or number with TIPX703. An empty row is skipped.
 *
 * @param rows - Plain rows (the first is row 2), or numbered rows.
 * @param options - The bundle's sender, purpose and time, and the report's language.
 * @returns The bundle and the report.
 *
 * @example
 * ```ts
 * import { fromHtcdsRows } from "@tipx/convert";
 * const { value, report } = fromHtcdsRows([
 *   { prs_FirstName: "Somchai", prs_Gender: "Masculine", vic_TraffickingStatus: "PossibleVictimOfTrafficking" },
 * ]);
 * value.entities.length; // 2 (a Person and a Case)
 * report.counts.carried; // 3
 * ```
 */
export function fromHtcdsRows(
  rows: readonly HtcdsRow[] | Iterable<NumberedRow>,
  options: FromHtcdsOptions = {},
): Conversion<Bundle> {
  const consentGivenOn = consentDay(options);
  const reporter = _reporter("htcds-2.0", "tipx", options);
  const unknown = unknownColumns(reporter);
  const needs = _needs(reporter);
  const assembler = _assembler(reporter, options, needs);
  for (const row of numbered(rows)) {
    reporter.row();
    if (isEmpty(row)) {
      reporter.skipped();
      continue;
    }
    const onUnknownColumn = (column: string) => unknown.note(column, row);
    assembler.add(_readRow(row, reporter, { onUnknownColumn, needs, consentGivenOn }));
    reporter.converted();
  }
  unknown.flush();
  needs.flush();
  // The assembler builds only what the schema accepts (checked by the tests with `validate`).
  const value = assembler.bundle(assembler.entities()) as unknown as Bundle;
  return { value, report: reporter.report() };
}

/**
 * Reads HTCDS 2.0 rows one at a time and yields one bundle per row (a Person and a Case), so that memory
 * stays flat for inputs of any size, as NDJSON output needs. The report is that of
 * {@link fromHtcdsRows}; unknown columns are reported once, with their count, when the rows end.
 *
 * @param rows - Numbered rows, from an iterable or an async iterable (a file reader).
 * @param options - As for {@link fromHtcdsRows}.
 * @returns The stream of bundles, with its report.
 *
 * @example
 * ```ts
 * import { numberRows, streamFromHtcdsRows } from "@tipx/convert";
 * const stream = streamFromHtcdsRows(numberRows([{ prs_FirstName: "Somchai" }, { prs_FirstName: "Malee" }]));
 * for await (const bundle of stream) console.log(bundle.entities.length); // 2, then 2
 * stream.report().counts.rows; // 2
 * ```
 */
export function streamFromHtcdsRows(rows: RowSource, options: FromHtcdsOptions = {}): ConversionStream<Bundle> {
  const consentGivenOn = consentDay(options);
  const reporter = _reporter("htcds-2.0", "tipx", options);
  const unknown = unknownColumns(reporter);
  const needs = _needs(reporter);
  const state = _linkState();
  async function* items(): AsyncGenerator<Bundle, void, undefined> {
    for await (const row of rows) {
      reporter.row();
      if (isEmpty(row)) {
        reporter.skipped();
        continue;
      }
      const assembler = _assembler(reporter, options, needs, state);
      const onUnknownColumn = (column: string) => unknown.note(column, row);
      assembler.add(_readRow(row, reporter, { onUnknownColumn, needs, consentGivenOn }));
      reporter.converted();
      yield assembler.bundle(assembler.entities()) as unknown as Bundle;
    }
    unknown.flush();
    needs.flush();
  }
  return _conversionStream(items, () => reporter.report());
}
