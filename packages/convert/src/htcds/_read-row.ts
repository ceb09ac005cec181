// Reads one HTCDS row into the records it describes: the person, the victim and perpetrator contexts, the
// case fields, at most one trafficking event, support plan and comment, and the referral and consent
// values. Every non-empty cell is counted as carried or not carried (case, referral and consent values
// when the row's entities are built), and every value not carried is named by an issue.
import { CITIZENSHIP_CODES, COUNTRY_CODES, codeForAlias, ISIC_CODES, isicCodes, toIso6393 } from "@tipx/schema";
import * as z from "zod";
import type { _Reporter } from "../report/_reporter";
import type { NumberedRow } from "../table/index";
import { _MULTI_SEPARATOR, _readBoolean, _readCode, _readDate, _readInteger, _readNumber, _splitMulti } from "./_cells";
import { type _ColumnSpec, _ID_COLUMNS, _SPEC_BY_COLUMN, type _Target, _UNCARRIED_COLUMNS } from "./_column-map";
import { _CONSENT_COLUMN, _REFERRAL_BY_COLUMN } from "./_links";
import type { _Needs } from "./_needs";
import { _readPlace } from "./_place-cell";
import { type _RowLinks, _readConsentCell, _readReferralCell } from "./_read-links";

type Json = Record<string, unknown>;

/** The records one row describes, each a plain object of tipx fields (empty when the row has none). */
export interface _RowRecords {
  readonly row: number;
  readonly caseId: string | undefined;
  readonly personId: string | undefined;
  readonly records: { readonly [T in _Target]: Json };
  /** The column each case field came from, to name it when rows of one case disagree. */
  readonly caseColumns: ReadonlyMap<string, string>;
  /** The referral values and the consent, carried or not when the row's entities are built. */
  readonly links: _RowLinks;
  readonly sheet: string | undefined;
}

/** What reading a row needs besides the row: where unknown columns and missing fields go, and options. */
export interface _ReadContext {
  /** Notes a column that is no HTCDS field (the caller reports each once, with its count). */
  readonly onUnknownColumn: (column: string) => void;
  readonly needs: _Needs;
  /** The day the consents of the rows were given (`FromHtcdsOptions.consentGivenOn`). */
  readonly consentGivenOn: string | undefined;
}

/** The field a record of a row cannot be made without (TIPX712 for its other cells). */
const REQUIRED_FIELD: { readonly [T in "event" | "plan"]: string } = {
  event: "TraffickingEvent.eventType",
  plan: "SupportPlan.planType",
};

const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_CODES);
const CITIZENSHIPS: ReadonlySet<string> = new Set(CITIZENSHIP_CODES);
const INDUSTRIES: ReadonlySet<string> = new Set(ISIC_CODES);
const SUBDIVISION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
const EMAIL = z.email();
const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

function setPath(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (let index = 0; index < path.length - 1; index += 1) {
    const key = path[index] ?? "";
    const next = node[key];
    if (typeof next === "object" && next !== null && !Array.isArray(next)) node = next as Json;
    else {
      const created: Json = {};
      node[key] = created;
      node = created;
    }
  }
  const last = path.at(-1);
  if (last !== undefined) node[last] = value;
}

function pushTo(target: Json, key: string, values: readonly unknown[]): void {
  const existing = target[key];
  target[key] = Array.isArray(existing) ? [...existing, ...values] : [...values];
}

/** Whether a record has a key (without listing its keys). */
function hasKeys(record: Json): boolean {
  for (const _ in record) return true;
  return false;
}

const DOTTED = new Map<_ColumnSpec, string>();

/** A spec's path, dotted (`caseWorker.staffId`). */
function dotted(spec: _ColumnSpec): string {
  let path = DOTTED.get(spec);
  if (path === undefined) {
    path = spec.path.join(".");
    DOTTED.set(spec, path);
  }
  return path;
}

/** What reading one cell gave: the value to set, or why it was not carried. */
type CellResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** The context a cell is read in. */
interface CellContext {
  readonly reporter: _Reporter;
  readonly row: number;
  readonly sheet: string | undefined;
}

function where(ctx: CellContext, column: string, value?: string) {
  return {
    row: ctx.row,
    column,
    ...(ctx.sheet === undefined ? {} : { sheet: ctx.sheet }),
    ...(value === undefined ? {} : { value }),
  };
}

function unknownCode(ctx: CellContext, spec: _ColumnSpec, list: string, value: string): void {
  ctx.reporter.issue("TIPX702", { field: spec.column, list }, where(ctx, spec.column, value));
}

function unreadable(
  ctx: CellContext,
  spec: _ColumnSpec,
  expected: "date" | "number" | "integer" | "boolean" | "phone" | "country" | "language" | "text",
): CellResult {
  ctx.reporter.issue("TIPX703", { field: spec.column, expected }, where(ctx, spec.column));
  return { ok: false };
}

/** Reads a multi-valued cell: the values it could read, and an issue for each other one. */
function readMany(
  ctx: CellContext,
  spec: _ColumnSpec,
  cell: string,
  list: string,
  read: (v: string) => string | undefined,
): CellResult {
  const values: string[] = [];
  // An XLSForm (ODK, KoboToolbox) export separates the choices of a select_multiple with spaces; such a
  // cell is read so only when every space-separated part is a value of the list.
  const trimmed = cell.trim();
  const spaced = cell.includes(_MULTI_SEPARATOR) || !/\s/.test(trimmed) ? [] : trimmed.split(/\s+/);
  const parts =
    spaced.length > 1 && read(cell) === undefined && spaced.every((p) => read(p) !== undefined)
      ? spaced
      : _splitMulti(cell);
  for (const part of parts) {
    const found = read(part);
    if (found === undefined) unknownCode(ctx, spec, list, part);
    else if (!values.includes(found)) values.push(found);
  }
  return values.length === 0 ? { ok: false } : { ok: true, value: values };
}

function readCell(ctx: CellContext, spec: _ColumnSpec, cell: string): CellResult {
  const kind = spec.read;
  switch (kind.kind) {
    case "text":
    case "staff-id":
    case "identity-number":
      return { ok: true, value: cell.trim() };
    case "lines":
      return {
        ok: true,
        value: cell
          .split(/\r?\n/)
          .map((l) => l.trim())
          .filter((l) => l !== ""),
      };
    case "date": {
      const value = _readDate(cell);
      return value === undefined ? unreadable(ctx, spec, "date") : { ok: true, value };
    }
    case "integer": {
      const value = _readInteger(cell);
      return value === undefined || value < kind.min || value > kind.max
        ? unreadable(ctx, spec, "integer")
        : { ok: true, value };
    }
    case "number": {
      const value = _readNumber(cell);
      return value === undefined || value < kind.min || value > kind.max
        ? unreadable(ctx, spec, "number")
        : { ok: true, value };
    }
    case "email": {
      const value = cell.trim();
      return EMAIL.safeParse(value).success ? { ok: true, value } : unreadable(ctx, spec, "text");
    }
    case "boolean": {
      const value = _readBoolean(cell);
      return value === undefined ? unreadable(ctx, spec, "boolean") : { ok: true, value };
    }
    case "code": {
      const value = _readCode(kind.list, cell);
      if (value === undefined) unknownCode(ctx, spec, kind.list.id, cell.trim());
      return value === undefined ? { ok: false } : { ok: true, value };
    }
    case "codes":
      return readMany(ctx, spec, cell, kind.list.id, (v) => _readCode(kind.list, v));
    case "industries":
      return readMany(ctx, spec, cell, isicCodes.id, (v) => {
        const found = _readCode(isicCodes, v) ?? codeForAlias(isicCodes, v);
        return found !== undefined && INDUSTRIES.has(found) ? found : undefined;
      });
    case "citizenships":
      return readMany(ctx, spec, cell, "iso3166-1", (v) =>
        CITIZENSHIPS.has(v.toUpperCase()) ? v.toUpperCase() : undefined,
      );
    case "country": {
      const value = cell.trim().toUpperCase();
      if (COUNTRIES.has(value)) return { ok: true, value };
      unknownCode(ctx, spec, "iso3166-1", cell.trim());
      return { ok: false };
    }
    case "subdivision": {
      const value = cell.trim().toUpperCase();
      return SUBDIVISION.test(value) ? { ok: true, value } : unreadable(ctx, spec, "text");
    }
    case "language":
      return readMany(ctx, spec, cell, "iso639-3", (v) => toIso6393(v));
    case "phone": {
      const value = cell.replace(/[\s().-]/g, "");
      return E164.test(value) ? { ok: true, value } : unreadable(ctx, spec, "phone");
    }
    case "place": {
      const place = _readPlace(cell);
      return Object.keys(place).length === 0 ? unreadable(ctx, spec, "text") : { ok: true, value: place };
    }
  }
}

function apply(records: { [T in _Target]: Json }, spec: _ColumnSpec, value: unknown): void {
  const target = records[spec.target];
  const kind = spec.read;
  const key = spec.path[0] ?? "";
  if (kind.kind === "language") {
    const values = value as string[];
    if (kind.index === "primary") {
      const existing = Array.isArray(target[key]) ? (target[key] as string[]) : [];
      target[key] = [...values, ...existing.filter((v) => !values.includes(v))];
    } else pushTo(target, key, values);
  } else if (kind.kind === "phone") {
    pushTo(target, key, [{ number: value, kind: kind.phone }]);
  } else if (kind.kind === "identity-number") {
    pushTo(target, key, [{ kind: "other", number: value }]);
  } else setPath(target, spec.path, value);
}

/**
 * Reads one row. Unknown columns are not reported here (the caller reports each once, with its count);
 * their values are counted as not carried.
 */
export function _readRow(input: NumberedRow, reporter: _Reporter, context: _ReadContext): _RowRecords {
  const ctx: CellContext = { reporter, row: input.row, sheet: input.sheet };
  const records: { [T in _Target]: Json } = {
    person: {},
    victim: {},
    perpetrator: {},
    case: {},
    event: {},
    plan: {},
    comment: {},
  };
  const caseColumns = new Map<string, string>();
  let caseId: string | undefined;
  let personId: string | undefined;
  const carried: _ColumnSpec[] = [];
  const links: _RowLinks = { referrals: { incoming: [], outgoing: [] }, consent: undefined };
  const place = { row: input.row, sheet: input.sheet };
  const cells = input.cells;
  for (const column of Object.keys(cells)) {
    const raw = cells[column];
    const cell = typeof raw === "string" ? raw : String(raw ?? "");
    if (cell.trim() === "") continue;
    // Most columns are fields (no field column is an id, referral or consent column): read them first.
    const field = _SPEC_BY_COLUMN.get(column);
    if (field !== undefined) {
      const result = readCell(ctx, field, cell);
      if (!result.ok) {
        reporter.notCarried();
        continue;
      }
      apply(records, field, result.value);
      if (field.target === "case") caseColumns.set(dotted(field), column);
      carried.push(field);
      continue;
    }
    if (column === _ID_COLUMNS.case || column === _ID_COLUMNS.person) {
      if (UUID.test(cell.trim())) {
        if (column === _ID_COLUMNS.case) caseId = cell.trim().toLowerCase();
        else personId = cell.trim().toLowerCase();
        reporter.carried();
      } else {
        reporter.issue("TIPX703", { field: column, expected: "uuid" }, where(ctx, column));
        reporter.notCarried();
      }
      continue;
    }
    const referral = _REFERRAL_BY_COLUMN.get(column);
    if (referral !== undefined) {
      if (!_readReferralCell(reporter, place, referral, cell, links)) reporter.notCarried();
      continue;
    }
    if (column === _CONSENT_COLUMN) {
      // A tipx Consent needs the day it was given, which HTCDS does not record: without
      // `consentGivenOn` the checkbox is not carried (TIPX712), and no consent is made up.
      if (context.consentGivenOn === undefined) context.needs.note(column, "Consent.givenOn", place);
      else if (_readConsentCell(reporter, place, cell, links)) reporter.carried();
      else reporter.notCarried();
      continue;
    }
    if (_UNCARRIED_COLUMNS.has(column)) {
      // The organisation columns describe an Organization, but a victim's row does not say which of
      // the case's organisations it is (tipx would need the case's owner to place it).
      context.needs.note(column, "Case.owner", place);
    } else {
      context.onUnknownColumn(column);
      reporter.notCarried();
    }
  }
  // A trafficking event needs its type and a support plan its type: without them, their other cells
  // cannot make a record.
  const incomplete = {
    event: records.event["eventType"] === undefined && hasKeys(records.event),
    plan: records.plan["planType"] === undefined && hasKeys(records.plan),
  };
  let counted = 0;
  for (const spec of carried) {
    // The case's own fields are counted when the rows of a case are joined (they may disagree).
    if (spec.target === "case") continue;
    if (spec.target === "event" || spec.target === "plan") {
      if (incomplete[spec.target]) {
        context.needs.note(spec.column, REQUIRED_FIELD[spec.target], place);
        continue;
      }
    }
    counted += 1;
  }
  if (counted > 0) reporter.carried(counted);
  if (incomplete.event) records.event = {};
  if (incomplete.plan) records.plan = {};
  return { row: input.row, caseId, personId, records, caseColumns, links, sheet: input.sheet };
}
