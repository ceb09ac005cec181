import type { z } from "zod";
import type { CodeList } from "../codelists/_codelist";
import { CODE_LISTS } from "../codelists/index";
import { translate, type Lang, type Translated } from "../i18n/lang";
import { ISSUES, isIssueCode } from "../issues/catalogue";
import type { Issue, IssueParams, Severity } from "../issues/issue";
import { describePath, type PathDescription } from "./describe-path";
import { FORMAT_NAMES, JSON_TYPE_NAMES } from "./format-names";
import { toJsonPointer, type RawIssue } from "./raw-issue";
import type { PathSegment } from "./rule";
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

function labelOf(described: PathDescription, path: readonly PathSegment[], lang: Lang): string {
  if (path.length === 2 && path[0] === "entities" && described.entityType) return described.entityType;
  if (path.length === 0) return "Bundle";
  return described.meta ? translate(described.meta.label, lang) : String(path[path.length - 1]);
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
 * Settles a raw issue's severity under `level`, fills in the labels and code-list names its message
 * needs (in `lang`), and writes the message. Values are echoed only for fields of sensitivity `none`.
 */
export function formatIssue(
  raw: RawIssue,
  root: z.core.$ZodType,
  input: unknown,
  lang: Lang,
  level: ValidationLevel,
): Issue {
  const code = isIssueCode(raw.code) ? raw.code : "TIPX100";
  const definition = ISSUES[code];
  const described = describePath(root, input, raw.path);
  // An unknown key has no metadata: name the object that holds it.
  const labelPath = code === "TIPX104" || code === "TIPX109" ? raw.path.slice(0, -1) : raw.path;
  const labelled = labelPath === raw.path ? described : describePath(root, input, labelPath);
  const params: Record<string, string | number | boolean> = { ...raw.params, label: labelOf(labelled, labelPath, lang) };
  const localize = (key: string, names: Readonly<Record<string, Translated>>): void => {
    const name = names[String(params[key])];
    if (name) params[key] = translate(name, lang);
  };
  if (code === "TIPX105") {
    params["formatId"] = String(params["format"]);
    localize("format", FORMAT_NAMES);
  }
  if (code === "TIPX102") {
    localize("expected", JSON_TYPE_NAMES);
    localize("received", JSON_TYPE_NAMES);
  }
  let severity: Severity = definition.severity;

  if (code === "TIPX201") {
    const list = codeListOf(described.schema);
    params["list"] = list ? translate(list.name, lang) : params["label"] ?? "";
    if (list) params["listId"] = list.id;
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
    const other = describePath(root, input, otherPath);
    params["otherLabel"] = `${labelOf(other, otherPath, lang)} (${params["otherPath"]})`;
  }
  if (level === "strict" && severity === "warning") severity = "error";
  const frozen: IssueParams = params;
  return { code, severity, path: toJsonPointer(raw.path), message: definition.message[lang](frozen), params: frozen };
}
