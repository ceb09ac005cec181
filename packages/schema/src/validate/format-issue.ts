import type { z } from "zod";
import type { CodeList } from "../codelists/codelist";
import { CODE_LISTS } from "../codelists/registry";
import type { Catalogue } from "../i18n/catalogue";
import { renderMessage } from "../i18n/text";
import type { IssueParamValue, Names, Severity } from "../issues/issue";
import { ISSUES, type Issue } from "../issues/issues";
import { toJsonPointer } from "../rules/json-pointer";
import type { PathSegment } from "../rules/rule";
import { describePath, type PathDescription } from "./describe-path";
import type { RawIssue } from "./raw-issue";
import { valueAt } from "./value-at";

/** How strictly to judge: `strict` turns warnings into errors; `lenient` lets extensible lists grow. */
export type ValidationLevel = "strict" | "standard" | "lenient";

let listsByCodes: Map<string, CodeList> | undefined;

/** The code list whose codes are exactly the options of an enum schema. */
function codeListOf(schema: z.core.$ZodType | undefined): CodeList | undefined {
  if (!schema) return undefined;
  const def = schema._zod.def as { type: string; element?: z.core.$ZodType; entries?: Record<string, string> };
  const target = def.type === "array" && def.element ? def.element : schema;
  const entries = (target._zod.def as { entries?: Record<string, string> }).entries;
  if (!entries) return undefined;
  listsByCodes ??= new Map(Object.values(CODE_LISTS).map((list) => [[...list.codes].sort().join("|"), list]));
  return listsByCodes.get(Object.values(entries).sort().join("|"));
}

function fromPointer(pointer: string): PathSegment[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * What a message calls the value at `path`: the field's id when the model describes it, the entity
 * type for an entity, `"Bundle"` for the root, or else the key itself. `Names.field` renders it.
 */
function fieldRef(described: PathDescription, path: readonly PathSegment[]): string {
  if (path.length === 2 && path[0] === "entities" && described.entityType) return described.entityType;
  if (path.length === 0) return "Bundle";
  return described.meta ? described.meta.id : String(path[path.length - 1]);
}

function suggest(list: CodeList, value: string): string | undefined {
  const folded = value.toLowerCase().replace(/[\s_-]/g, "");
  for (const code of list.codes) {
    if (code.toLowerCase().replace(/[\s_-]/g, "") === folded) return code;
    if (list.meta[code]?.aliases?.some((alias) => alias.toLowerCase() === value.toLowerCase())) return code;
  }
  return undefined;
}

/**
 * Settles a raw issue's severity under `level`, fills in the field references its message needs, and
 * writes the message in the catalogue's language. Values are echoed only for fields of sensitivity `none`.
 */
export function formatIssue(
  raw: RawIssue,
  root: z.core.$ZodType,
  input: unknown,
  locale: Catalogue | undefined,
  names: Names,
  level: ValidationLevel,
): Issue {
  const { code } = raw;
  const described = describePath(root, input, raw.path);
  // An unknown key has no metadata: name the object that holds it.
  const labelPath = code === "TIPX104" || code === "TIPX109" ? raw.path.slice(0, -1) : raw.path;
  const labelled = labelPath === raw.path ? described : describePath(root, input, labelPath);
  const params: Record<string, IssueParamValue> = { ...raw.params, field: fieldRef(labelled, labelPath) };
  let severity: Severity = ISSUES[code].severity;

  if (code === "TIPX201") {
    const list = codeListOf(described.schema);
    if (list) params["list"] = list.id;
    const { value } = valueAt(input, raw.path);
    if (described.sensitivity === "none" && typeof value === "string" && value.length <= 80) {
      params["received"] = value;
      const suggestion = list && suggest(list, value);
      if (suggestion) params["suggestion"] = suggestion;
    }
    if (level === "lenient" && list?.extensible) severity = "warning";
  }
  if (typeof params["otherPath"] === "string") {
    const otherPath = fromPointer(params["otherPath"]);
    params["otherField"] = fieldRef(describePath(root, input, otherPath), otherPath);
  }
  if (level === "strict" && severity === "warning") severity = "error";
  // The params were built for this code by the mapping or the rule that reported it.
  const message = renderMessage(code, params as never, locale, names);
  return { code, severity, path: toJsonPointer(raw.path), message, params };
}
