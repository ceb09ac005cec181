// Writes one victim's row: the person, the party's victim and perpetrator contexts, the case's fields,
// and the case's first event, support plan and comment. Records the JSON Pointer of every value it
// wrote, so that the caller can report every other value (TIPX705).
import { FORCED_LABOUR_INDUSTRY_TO_ISIC_SECTION, toIso6392 } from "@tipx/schema";
import { _MULTI_SEPARATOR, _writeBoolean } from "./_cells";
import { _COLUMN_SPECS, type _ColumnSpec, _ID_COLUMNS, type _Target } from "./_column-map";
import { _writePlace } from "./_place-cell";

type Json = Record<string, unknown>;

/** A record a row is written from, with the JSON Pointer it sits at in the bundle. */
export interface _Source {
  readonly record: Json | undefined;
  readonly pointer: string;
}

const HTCDS_INDUSTRY: ReadonlyMap<string, string> = new Map(
  Object.entries(FORCED_LABOUR_INDUSTRY_TO_ISIC_SECTION).map(([htcds, section]) => [section, htcds]),
);

const isJson = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function language(code: string): string {
  return toIso6392(code, "T") ?? code;
}

/** The cell of one column, or `undefined` when the record has no value for it; marks what it used. */
function cellOf(spec: _ColumnSpec, source: _Source, used: (pointer: string) => void): string | undefined {
  const kind = spec.read;
  let node: unknown = source.record;
  let pointer = source.pointer;
  for (const key of spec.path) {
    node = isJson(node) ? node[key] : undefined;
    pointer = `${pointer}/${key}`;
  }
  if (node === undefined || node === null) return undefined;
  switch (kind.kind) {
    case "language": {
      const codes = Array.isArray(node) ? (node as string[]) : [];
      const part = kind.index === "primary" ? codes.slice(0, 1) : codes.slice(1);
      if (part.length === 0) return undefined;
      used(pointer);
      return part.map(language).join(_MULTI_SEPARATOR);
    }
    case "phone": {
      const phones = Array.isArray(node) ? (node as Json[]) : [];
      const index = phones.findIndex((p) =>
        kind.phone === "home" ? p["kind"] === "home" : p["kind"] === "mobile" || p["kind"] === undefined,
      );
      const phone = phones[index];
      if (phone === undefined || typeof phone["number"] !== "string") return undefined;
      used(`${pointer}/${index}/number`);
      if (phone["kind"] !== undefined) used(`${pointer}/${index}/kind`);
      return phone["number"];
    }
    case "identity-number": {
      const documents = Array.isArray(node) ? (node as Json[]) : [];
      const first = documents[0];
      if (first === undefined || typeof first["number"] !== "string") return undefined;
      used(`${pointer}/0/number`);
      return first["number"];
    }
    case "place": {
      if (!isJson(node)) return undefined;
      const place: { locality?: string; subdivision?: string; country?: string } = {};
      for (const key of ["locality", "subdivision", "country"] as const) {
        const value = node[key];
        if (typeof value === "string") {
          place[key] = value;
          used(`${pointer}/${key}`);
        }
      }
      const cell = _writePlace(place);
      return cell === "" ? undefined : cell;
    }
    default:
      break;
  }
  used(pointer);
  switch (kind.kind) {
    case "lines":
      return (node as string[]).join("\n");
    case "boolean":
      return _writeBoolean(node === true);
    case "codes":
    case "citizenships":
      return (node as string[]).join(_MULTI_SEPARATOR);
    case "industries":
      return (node as string[]).map((code) => HTCDS_INDUSTRY.get(code) ?? code).join(_MULTI_SEPARATOR);
    default:
      return String(node);
  }
}

/** The records of one victim's row. */
export type _RowSources = { readonly [T in _Target]: _Source };

/** Writes one row; `ids` adds the case's and the person's UUIDs. */
export function _writeRow(
  sources: _RowSources,
  ids: { readonly case: string; readonly person: string } | undefined,
  used: (pointer: string) => void,
): Record<string, string> {
  const row: Record<string, string> = {};
  if (ids !== undefined) {
    row[_ID_COLUMNS.case] = ids.case;
    row[_ID_COLUMNS.person] = ids.person;
  }
  for (const spec of _COLUMN_SPECS) {
    const cell = cellOf(spec, sources[spec.target], used);
    if (cell !== undefined && cell !== "") row[spec.column] = cell;
  }
  return row;
}
