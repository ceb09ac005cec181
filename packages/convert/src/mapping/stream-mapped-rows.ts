import { type Bundle, toJsonPointer } from "@tipx/schema";
import { _reporter } from "../report/_reporter";
import type { Conversion, ConversionStream, ConvertOptions } from "../report/index";
import { _conversionStream } from "../report/stream";
import type { NumberedRow, RowSource, TableRow } from "../table/index";
import { _columnKey } from "./_columns";
import { _addMember, _bundle, type _Group, _group, _pointerBase, _put } from "./_group";
import { _numbered } from "./_numbered";
import { type _ColumnReader, _columnReader } from "./_read-cell";
import { _target } from "./_targets";
import type { ColumnMapping } from "./mapping";
import { _checkMapping } from "./parse-mapping";

/**
 * Options of {@link fromMappedRows} and {@link streamMappedRows}: those of every converter, and how the
 * bundles' ids and creation time are made (random UUIDs and the present time by default).
 */
export interface MappedRowsOptions extends ConvertOptions {
  /** Makes the id of each bundle, case and person (`crypto.randomUUID` by default). */
  readonly newId?: () => string;
  /** The `createdAt` of every bundle (the time of the conversion by default). */
  readonly createdAt?: string;
}

/** A column's tally of values reported once for the whole column. */
interface Tally {
  count: number;
  readonly field: string;
}

/**
 * Converts the rows of an agency spreadsheet to tipx bundles through a column mapping, one bundle per
 * case (a row, or the adjacent rows that share a case number), streaming: memory stays flat. The
 * mapping is checked first; with a problem, no row is read and the report holds its TIPX710 issues.
 * The report names every column not mapped (TIPX701) or ignored (TIPX705) once with its count, every
 * value not in its value map nor a code (TIPX702) and every unreadable date, phone or number (TIPX703)
 * with its row and column, and counts the phones and Buddhist-Era dates rewritten (TIPX709) per column.
 *
 * @param rows - The rows, numbered (as a reader gives them) or plain (numbered from the row after the header).
 * @param mapping - The column mapping.
 * @param options - The language of the messages, the issue limit, and how ids are made.
 * @returns The bundles, and the report once the iteration has ended.
 *
 * @example
 * ```ts
 * import { streamMappedRows } from "@tipx/convert";
 * const mapping = { sheet: { sender: { name: "Shelter" } }, columns: { Nombre: { field: "Person.names.given" } } } as const;
 * const stream = streamMappedRows([{ Nombre: "Lucía Prueba" }], mapping);
 * for await (const bundle of stream) console.log(bundle.entities.length); // 2
 * stream.report().counts.converted; // 1
 * ```
 */
export function streamMappedRows(
  rows: RowSource | readonly TableRow[],
  mapping: ColumnMapping,
  options: MappedRowsOptions = {},
): ConversionStream<Bundle> {
  const reporter = _reporter("mapped", "tipx", options);
  const newId = options.newId ?? (() => crypto.randomUUID());
  const createdAt = options.createdAt ?? new Date().toISOString();

  async function* bundles(): AsyncGenerator<Bundle, void, undefined> {
    const checked = _checkMapping(mapping);
    if (!("mapping" in checked)) {
      for (const { problem, path } of checked.problems)
        reporter.issue("TIPX710", { problem }, { path: toJsonPointer(path) });
      return;
    }
    const map = checked.mapping;
    const readers = new Map<string, _ColumnReader>();
    const ignored = new Map<string, Tally>();
    for (const [column, rule] of Object.entries(map.columns)) {
      if (rule.field) readers.set(_columnKey(column), _columnReader(_target(rule.field), rule, map.sheet));
      else ignored.set(_columnKey(column), { count: 0, field: column });
    }
    const caseColumn = map.records ? _columnKey(map.records.caseId) : undefined;
    const unmapped = new Map<string, Tally>();
    const normalised = new Map<string, Tally>();
    const finish = (group: _Group): Bundle => _bundle(group, map, { bundle: newId(), caseId: newId() }, createdAt);
    let group: _Group | undefined;

    for await (const row of _numbered(rows, map.sheet.headerRow ?? 1)) {
      reporter.row();
      const cells = Object.entries(row.cells)
        .map(([column, text]) => [column, _columnKey(column), String(text ?? "").trim()] as const)
        .filter(([, , text]) => text !== "");
      if (cells.length === 0) {
        reporter.skipped();
        continue;
      }
      const caseNumber = cells.find(([, key]) => key === caseColumn)?.[2];
      if (group && (caseNumber === undefined || caseNumber !== group.caseNumber)) {
        yield finish(group);
        group = undefined;
      }
      group ??= _group(caseNumber);
      const member = _addMember(group, newId());
      for (const [column, key, text] of cells) readCell(row, group, member, column, key, text);
      reporter.converted();
    }
    if (group) yield finish(group);
    for (const [column, { count }] of unmapped) {
      reporter.issue("TIPX701", { column, format: "mapped" }, { column, count });
    }
    for (const [column, { count }] of ignored) {
      reporter.issue("TIPX705", { field: column, format: "mapped" }, { column, count });
    }
    for (const [column, { count, field }] of normalised) {
      reporter.issue("TIPX709", { field, change: "normalised" }, { column, count });
    }

    function readCell(row: NumberedRow, group: _Group, member: number, column: string, key: string, text: string) {
      if (key === caseColumn) return reporter.carried();
      const reader = readers.get(key);
      if (!reader) {
        const tally = ignored.get(key) ?? unmapped.get(column) ?? { count: 0, field: column };
        if (!ignored.has(key)) unmapped.set(column, tally);
        tally.count += 1;
        return reporter.notCarried();
      }
      const { target } = reader;
      const record =
        target.record === "person"
          ? group.members[member]?.person
          : target.record === "victim"
            ? group.members[member]?.victim
            : group.caseRecord;
      const where = {
        row: row.row,
        column,
        path: toJsonPointer([..._pointerBase(target.record, member), ...target.path]),
        ...(row.sheet ? { sheet: row.sheet } : {}),
      };
      for (const value of reader.read(text)) {
        if (!value.ok) {
          if (value.code === "TIPX702") {
            reporter.issue(
              "TIPX702",
              { field: target.id, list: target.list?.id ?? "iso3166-2" },
              { ...where, value: value.value },
            );
          } else reporter.issue("TIPX703", { field: target.id, expected: value.expected }, where);
          reporter.notCarried();
          continue;
        }
        if (record === undefined || _put(record, target.path, value.value, target.multiple) === "conflict") {
          reporter.issue("TIPX711", { field: target.id }, where);
          reporter.notCarried();
          continue;
        }
        reporter.carried();
        if (value.normalised) {
          const tally = normalised.get(column) ?? { count: 0, field: target.id };
          normalised.set(column, tally);
          tally.count += 1;
        }
      }
    }
  }
  return _conversionStream(bundles, () => reporter.report());
}

/**
 * Converts the rows of an agency spreadsheet to one tipx bundle through a column mapping: the cases
 * {@link streamMappedRows} gives, in one envelope. For large sheets, stream instead.
 *
 * @param rows - The rows, numbered (as a reader gives them) or plain.
 * @param mapping - The column mapping.
 * @param options - The language of the messages, the issue limit, and how ids are made.
 * @returns The bundle, with a case per row or group of rows, and the report.
 *
 * @example
 * ```ts
 * import { fromMappedRows } from "@tipx/convert";
 * const mapping = { sheet: { sender: { name: "Shelter" } }, columns: { Género: { field: "Person.gender", values: { Mujer: "Feminine" } } } } as const;
 * const { value, report } = await fromMappedRows([{ Género: "Mujer" }, { Género: "X" }], mapping);
 * value.entities.length; // 4: two cases, two persons
 * report.issues.map((issue) => issue.code); // ["TIPX702"]
 * ```
 */
export async function fromMappedRows(
  rows: RowSource | readonly TableRow[],
  mapping: ColumnMapping,
  options: MappedRowsOptions = {},
): Promise<Conversion<Bundle>> {
  const newId = options.newId ?? (() => crypto.randomUUID());
  const createdAt = options.createdAt ?? new Date().toISOString();
  const stream = streamMappedRows(rows, mapping, { ...options, newId, createdAt });
  const entities: Bundle["entities"][number][] = [];
  for await (const bundle of stream) entities.push(...bundle.entities);
  const empty = _bundle(_group(undefined), mapping, { bundle: newId(), caseId: "" }, createdAt);
  return { value: { ...empty, entities }, report: stream.report() };
}
