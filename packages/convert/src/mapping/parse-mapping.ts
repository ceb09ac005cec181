import { type MappingProblem, toJsonPointer } from "@tipx/schema";
import type * as z from "zod";
import { _reporter } from "../report/_reporter";
import type { ConversionIssue, ConvertOptions } from "../report/index";
import { _columnKey, _isSubdivision } from "./_columns";
import { _target } from "./_targets";
import { ColumnMapping } from "./mapping";

/** A problem found in a mapping, before messages: the JSON Pointer of the member at fault. */
export interface _MappingProblem {
  readonly problem: MappingProblem;
  readonly path: readonly (string | number)[];
}

/** The outcome of {@link parseMapping}. */
export type MappingParse =
  | { readonly ok: true; readonly mapping: ColumnMapping }
  | { readonly ok: false; readonly issues: readonly ConversionIssue[] };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function fromZod(issue: z.core.$ZodIssue, input: unknown): _MappingProblem[] {
  const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({ problem: "unknown-key", path: [...path, key] }));
    case "invalid_type":
      return [{ problem: valueAt(input, path) === undefined ? "missing" : "type", path }];
    case "invalid_value": {
      const last = path.at(-1);
      const problem = last === "field" ? "unknown-field" : last === "dateFormat" ? "date-format" : "type";
      return [{ problem, path }];
    }
    default:
      return [{ problem: "type", path }];
  }
}

/** The checks JSON Schema cannot state: one field or `ignore` per column, codes, duplicates. */
function semanticProblems(mapping: ColumnMapping): _MappingProblem[] {
  const problems: _MappingProblem[] = [];
  const columns = new Set<string>();
  const singleFields = new Set<string>();
  if (mapping.records) columns.add(_columnKey(mapping.records.caseId));
  for (const [column, rule] of Object.entries(mapping.columns)) {
    const at = (...rest: string[]) => ["columns", column, ...rest];
    const key = _columnKey(column);
    if (columns.has(key)) problems.push({ problem: "duplicate-column", path: at() });
    columns.add(key);
    if (rule.ignore === true) {
      if (rule.field !== undefined) problems.push({ problem: "unknown-key", path: at("field") });
      continue;
    }
    if (rule.field === undefined) {
      problems.push({ problem: "missing", path: at("field") });
      continue;
    }
    const target = _target(rule.field);
    if (!target.multiple) {
      if (singleFields.has(rule.field)) problems.push({ problem: "duplicate-column", path: at("field") });
      singleFields.add(rule.field);
    }
    const allowed = new Set<string>(["field", "note"]);
    if (target.kind === "code" || target.kind === "subdivision") allowed.add("values");
    if (target.multiple) allowed.add("split");
    if (target.kind === "date") for (const k of ["dateFormat", "calendar"]) allowed.add(k);
    if (target.kind === "phone") allowed.add("phoneRegion");
    for (const member of Object.keys(rule)) {
      if (!allowed.has(member)) problems.push({ problem: "unknown-key", path: at(member) });
    }
    for (const [text, code] of Object.entries(rule.values ?? {})) {
      const known = target.kind === "subdivision" ? _isSubdivision(code) : (target.accepts?.(code) ?? false);
      if (!known) problems.push({ problem: "unknown-code", path: at("values", text) });
    }
  }
  return problems;
}

/**
 * Reads and checks a column mapping before any row is read: its shape against the mapping's JSON
 * Schema, then that every field is a tipx field, every code of a value map is a code of its field's
 * list, and no column is mapped twice. Every problem is a TIPX710 issue whose `path` is the JSON
 * Pointer of the member at fault, in the mapping.
 *
 * @param json - The mapping: its JSON text, or the parsed value.
 * @param options - The language of the messages.
 * @returns The mapping, or every problem found in it.
 *
 * @example
 * ```ts
 * import { parseMapping } from "@tipx/convert";
 * const parsed = parseMapping('{"sheet":{"sender":{"name":"Shelter"}},"columns":{"Sexo":{"field":"Person.sex"}}}');
 * if (!parsed.ok) parsed.issues.map((issue) => issue.path); // ["/columns/Sexo/field"]
 * ```
 */
export function parseMapping(json: unknown, options: ConvertOptions = {}): MappingParse {
  const checked = _checkMapping(json);
  if ("mapping" in checked) return { ok: true, mapping: checked.mapping };
  const reporter = _reporter("mapped", "tipx", options);
  for (const { problem, path } of checked.problems)
    reporter.issue("TIPX710", { problem }, { path: toJsonPointer(path) });
  return { ok: false, issues: reporter.report().issues };
}

/** Checks a mapping (JSON text or value): the mapping, or its problems. */
export function _checkMapping(
  json: unknown,
): { readonly mapping: ColumnMapping } | { readonly problems: readonly _MappingProblem[] } {
  let input = json;
  if (typeof json === "string") {
    try {
      input = JSON.parse(json);
    } catch {
      return { problems: [{ problem: "not-json", path: [] }] };
    }
  }
  const parsed = ColumnMapping.safeParse(input);
  if (!parsed.success) return { problems: parsed.error.issues.flatMap((issue) => fromZod(issue, input)) };
  const problems = semanticProblems(parsed.data);
  return problems.length === 0 ? { mapping: parsed.data } : { problems };
}
