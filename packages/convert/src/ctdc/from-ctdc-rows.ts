import { type Bundle, type Case, type Party, type Person, TIPX_VERSION, type VictimContext } from "@tipx/schema";
import { _reporter } from "../report/_reporter";
import type { Conversion, ConvertOptions } from "../report/index";
import { type NumberedRow, numberRows, type TableRow } from "../table/index";
import { _layout } from "./_read-layout";
import { _putValue, type _RowRecord } from "./_read-row";
import { _readValue } from "./_read-value";
import { _CTDC_EXTENSION } from "./_victims";
import { _CODEBOOK_2017, _CODEBOOK_2024 } from "./codebooks.generated";

/** Options of {@link fromCtdcRows}. */
export interface FromCtdcOptions extends ConvertOptions {
  /** The codebook, when the header should not decide it. */
  readonly codebook?: "2017" | "2024";
  /** The bundle's sender; `{ name: "CTDC dataset" }` by default. */
  readonly sender?: Party;
  /** The bundle's creation time; now by default. */
  readonly createdAt?: string;
  /** Makes the ids of the bundle and its entities; `crypto.randomUUID` by default. */
  readonly newId?: () => string;
}

function numbered(rows: readonly TableRow[] | Iterable<NumberedRow>): NumberedRow[] {
  const list = [...rows] as (TableRow | NumberedRow)[];
  const first = list[0];
  if (first !== undefined && typeof first["row"] === "number" && typeof first["cells"] === "object")
    return list as NumberedRow[];
  return [...numberRows(list as TableRow[])];
}

function entities(record: _RowRecord, newId: () => string): [Person, Case] {
  const personId = newId();
  const person: Person = {
    type: "Person",
    id: personId,
    ...(record.gender ? { gender: record.gender } : {}),
    ...(record.majorityStatus ? { majorityStatus: record.majorityStatus } : {}),
    ...(record.citizenships ? { citizenships: record.citizenships as Person["citizenships"] & string[] } : {}),
  };
  const victim: VictimContext = {
    ...(record.relationshipToTrafficker ? { relationshipToTrafficker: record.relationshipToTrafficker } : {}),
    ...(record.methodsOfControl ? { methodsOfControl: record.methodsOfControl } : {}),
    ...(record.exploitationTypes ? { exploitationTypes: record.exploitationTypes } : {}),
    ...(record.forcedLabourIndustries ? { forcedLabourIndustries: record.forcedLabourIndustries } : {}),
    ...(record.sexExploitationTypes ? { sexExploitationTypes: record.sexExploitationTypes } : {}),
    ...(record.exploitationCountry ? { exploitationPlace: { country: record.exploitationCountry } } : {}),
  } as VictimContext;
  const extensions = Object.fromEntries(
    Object.entries(record.extensions).map(([name, value]) => [`${_CTDC_EXTENSION}${name}`, value]),
  );
  const kase: Case = {
    type: "Case",
    id: newId(),
    ...(record.openedOn ? { openedOn: record.openedOn } : {}),
    parties: [{ person: personId, roles: ["victim"], victim }],
    ...(Object.keys(extensions).length > 0 ? { extensions } : {}),
  };
  return [person, kase];
}

/**
 * Reads CTDC rows as published (Global Dataset 2017 codebook v6, or the 2024 synthetic dataset v2) into a
 * bundle: each row becomes a Person and a Case in which the person is a victim. The header decides the
 * codebook; the terms-of-use sentence in the first header cell and the empty column under it are passed
 * over; `-99`, `NULL` and empty cells are missing; age bands may use an em dash or `--`; `ZZ` is an unknown
 * citizenship. Values the model has a field for go there; the others are kept in the case's extensions under
 * `org.ctdatacollaborative/<variable>`. A value outside the coding is TIPX702 (with the value), an unknown
 * column TIPX701 (once, with a count), a header with no CTDC variable TIPX707.
 *
 * @param rows - The rows keyed by header, or numbered rows from a file reader.
 * @param options - The codebook, sender, creation time and id maker.
 * @returns A bundle (valid under `validate`) and the report.
 * @example
 * ```ts
 * import { fromCtdcRows } from "@tipx/convert";
 * const { value: bundle, report } = fromCtdcRows([
 *   { yearOfRegistration: "2016", gender: "Female", ageBroad: "9--17", citizenship: "ZZ", isSexualExploit: "1" },
 * ]);
 * bundle.entities.length; // 2: a Person and a Case
 * ```
 */
export function fromCtdcRows(
  rows: readonly TableRow[] | Iterable<NumberedRow>,
  options: FromCtdcOptions = {},
): Conversion<Bundle> {
  const input = numbered(rows);
  const columns = [...new Set(input.flatMap((row) => Object.keys(row.cells)))];
  const layout = _layout(
    columns,
    input.map((row) => row.cells["gender"] ?? ""),
    options.codebook,
  );
  const format = layout?.codebook === "2024" ? "ctdc-2024" : "ctdc-2017";
  const reporter = _reporter(format, "tipx", options);
  const newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  const bundle: Bundle = {
    tipx: TIPX_VERSION,
    id: newId(),
    createdAt: options.createdAt ?? new Date().toISOString(),
    sender: options.sender ?? { name: "CTDC dataset" },
    purpose: "statistics",
    entities: [],
  };
  if (layout === undefined) {
    reporter.issue("TIPX707", {
      format: "ctdc-2017",
      expected: _CODEBOOK_2017.concat(_CODEBOOK_2024).map((v) => v.name),
    });
    for (const row of input) {
      reporter.row();
      reporter.skipped();
      const values = Object.values(row.cells).filter((cell) => cell.trim() !== "").length;
      if (values > 0) reporter.notCarried(values);
    }
    return { value: bundle, report: reporter.report() };
  }
  const unknown = new Map<string, number>();
  const entityList: Bundle["entities"] = [];
  for (const row of input) {
    reporter.row();
    const record: _RowRecord = { extensions: {} };
    for (const [column, raw] of Object.entries(row.cells)) {
      const variable = layout.variables.get(column);
      if (variable === undefined) {
        if (raw.trim() === "") continue;
        reporter.notCarried();
        unknown.set(column, (unknown.get(column) ?? 0) + 1);
        continue;
      }
      const read = _readValue(variable, raw, layout.codebook);
      if (read.kind === "missing") continue;
      if (read.kind === "value") {
        reporter.carried();
        _putValue(record, variable.name, read.value, layout.codebook);
        continue;
      }
      reporter.notCarried();
      const where = { row: row.row, column, ...(row.sheet ? { sheet: row.sheet } : {}) };
      if (read.kind === "unknown-code")
        reporter.issue(
          "TIPX702",
          { field: column, list: `ctdc-${layout.codebook}.${variable.name}` },
          { ...where, value: raw.trim() },
        );
      else reporter.issue("TIPX703", { field: column, expected: "year" }, where);
    }
    entityList.push(...entities(record, newId));
    reporter.converted();
  }
  for (const [column, count] of unknown) reporter.issue("TIPX701", { column, format }, { column, count });
  return { value: { ...bundle, entities: entityList }, report: reporter.report() };
}
