import type { z } from "zod";
import type { CodeList } from "../codelists/codelist";
import { nearestCodes } from "../codelists/nearest-codes";
import { CODE_LISTS } from "../codelists/registry";
import type { Catalogue } from "../i18n/catalogue";
import { renderMessage } from "../i18n/text";
import { SHORT_CODE_LIST } from "../issues/codelists";
import type { IssueParamValue, Names, Severity } from "../issues/issue";
import { ISSUES, type Issue } from "../issues/issues";
import { toJsonPointer } from "../rules/json-pointer";
import type { PathSegment } from "../rules/rule";
import { describePath, type PathDescription } from "./describe-path";
import { RESERVED_KEYS } from "./plain-data";
import type { RawIssue } from "./raw-issue";
import { valueAt } from "./value-at";

/** How strictly to judge: `strict` turns warnings into errors; `lenient` lets extensible lists grow. */
export type ValidationLevel = "strict" | "standard" | "lenient";

/** How long a value of a field of sensitivity `none` may be and still be quoted in a message. */
const MAX_ECHOED_VALUE = 80;

let listsByCodes: Map<string, CodeList> | undefined;

// Each enum's codes, and the code list they are, worked out once per enum: the language enum has some
// 8,000 codes, which a file with many unknown languages would otherwise list and sort once per issue.
const codesByEntries = /* @__PURE__ */ new WeakMap<object, readonly string[]>();
const listByCodes = /* @__PURE__ */ new WeakMap<readonly string[], CodeList | null>();

/** The codes an enum schema (or a list of one) allows, in their order. */
function enumCodes(schema: z.core.$ZodType | undefined): readonly string[] | undefined {
  if (!schema) return undefined;
  const def = schema._zod.def as { type: string; element?: z.core.$ZodType; entries?: Record<string, string> };
  const target = def.type === "array" && def.element ? def.element : schema;
  const entries = (target._zod.def as { entries?: Record<string, string> }).entries;
  if (!entries) return undefined;
  let codes = codesByEntries.get(entries);
  if (codes === undefined) {
    codes = Object.values(entries);
    codesByEntries.set(entries, codes);
  }
  return codes;
}

/** The code list whose codes are exactly the given codes (an array from {@link enumCodes}). */
function codeListOf(codes: readonly string[]): CodeList | undefined {
  const known = listByCodes.get(codes);
  if (known !== undefined) return known ?? undefined;
  // A list with user-assigned codes (the countries' ZZ and XXA) also names the fields that accept only
  // its standard codes, and a list with aliases the fields that accept them too (the languages' ISO
  // 639-1 codes).
  listsByCodes ??= new Map(
    Object.values(CODE_LISTS).flatMap((list) => {
      const standard = list.codes.filter((code) => !list.meta[code]?.userAssigned);
      const aliases = list.codes.flatMap((code) => list.meta[code]?.aliases ?? []);
      const keys = [
        [...list.codes].sort().join("|"),
        [...standard].sort().join("|"),
        [...list.codes, ...aliases].sort().join("|"),
      ];
      return keys.map((key) => [key, list] as const);
    }),
  );
  const list = listsByCodes.get([...codes].sort().join("|"));
  listByCodes.set(codes, list ?? null);
  return list;
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

/**
 * The params that say how to fix an unknown code (TIPX201): the list, the value and the codes near it
 * when the field's sensitivity is `none`, and every code of a short list. Nothing is derived from a
 * sensitive value: for such a field only the codes of a short list are named, which reveals nothing.
 */
function unknownCodeParams(
  codes: readonly string[] | undefined,
  list: CodeList | undefined,
  value: unknown,
  sensitivity: PathDescription["sensitivity"],
): Record<string, IssueParamValue> {
  const params: Record<string, IssueParamValue> = list ? { list: list.id } : {};
  const short = codes !== undefined && codes.length > 0 && codes.length <= SHORT_CODE_LIST;
  if (sensitivity === "none" && typeof value === "string" && value.length <= MAX_ECHOED_VALUE) {
    params["received"] = value;
    // Only codes the field accepts: a field of countries is not offered the user-assigned ZZ or XXA.
    const accepted = list && codes && codes.length < list.codes.length ? new Set(codes) : undefined;
    const candidates = list
      ? list.codes
          .filter((code) => accepted === undefined || accepted.has(code))
          .map((code) => ({ code, aliases: list.meta[code]?.aliases ?? [] }))
      : codes;
    // A short list is named whole, so only a spelling variant of a code (case, separators, an alias) is
    // suggested with it; for a long list, the codes within a few edits.
    const suggestions = candidates ? nearestCodes(value, candidates, short ? { max: 1, maxEdits: 0 } : {}) : [];
    if (suggestions.length > 0) params["suggestions"] = suggestions;
  }
  if (short) params["allowed"] = [...codes];
  return params;
}

/**
 * The message of an issue, never throwing: a template of a catalogue that fails (a partial catalogue
 * with a defect) gives way to English, and English to the code's title.
 */
function safeMessage(
  code: Issue["code"],
  params: Record<string, IssueParamValue>,
  locale: Catalogue | undefined,
  names: Names,
): string {
  try {
    return renderMessage(code, params as never, locale, names);
  } catch {
    try {
      return renderMessage(code, params as never);
    } catch {
      return ISSUES[code].title;
    }
  }
}

/** How long a key from the data may be and still be quoted in a path or a message. */
const MAX_QUOTED_KEY = 40;

/**
 * The part of `path` that may be shown: a key the model does not define (an unknown key, a key of
 * `extensions`) is data, so the path stops at the object that holds it when that object's field is not
 * of sensitivity `none` (`{"HIV+ Malee Testkul": 1}` under `extensions`), or when the key is longer than
 * 40 characters. Returns `undefined` when the whole path may be shown.
 */
function shownPath(root: z.core.$ZodType, input: unknown, path: readonly PathSegment[]): PathSegment[] | undefined {
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    // A reserved key is one of three fixed names, not data: it may always be shown.
    if (typeof segment !== "string" || (RESERVED_KEYS as readonly string[]).includes(segment)) continue;
    const container = describePath(root, input, path.slice(0, i));
    const def = container.schema?._zod.def as { type?: string; shape?: Record<string, unknown> } | undefined;
    const free =
      def === undefined || def.type === "record" || (def.type === "object" && !Object.hasOwn(def.shape ?? {}, segment));
    if (free && (container.sensitivity !== "none" || segment.length > MAX_QUOTED_KEY)) return path.slice(0, i);
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
  const cut = shownPath(root, input, raw.path);
  if (cut !== undefined) {
    // The key is data that may identify someone, or too long to print: report on the object that holds it.
    const { key: _key, ...rest } = raw.params;
    return formatIssue({ code, path: cut, params: rest }, root, input, locale, names, level);
  }
  const described = describePath(root, input, raw.path);
  // An unknown key has no metadata: name the object that holds it (unless the path already stops there).
  const keyed = (code === "TIPX104" || code === "TIPX109") && typeof raw.params["key"] === "string";
  const labelPath = keyed ? raw.path.slice(0, -1) : raw.path;
  const labelled = labelPath === raw.path ? described : describePath(root, input, labelPath);
  // As `{ ...raw.params, field }`, the same keys in the same order, without the cost of a spread.
  const params: Record<string, IssueParamValue> = Object.assign({}, raw.params);
  params["field"] = fieldRef(labelled, labelPath);
  let severity: Severity = ISSUES[code].severity;

  if (code === "TIPX201") {
    const codes = enumCodes(described.schema);
    const list = codes && codeListOf(codes);
    Object.assign(params, unknownCodeParams(codes, list, valueAt(input, raw.path).value, described.sensitivity));
    if (level === "lenient" && list?.extensible) severity = "warning";
  }
  if (typeof params["otherPath"] === "string") {
    const otherPath = fromPointer(params["otherPath"]);
    params["otherField"] = fieldRef(describePath(root, input, otherPath), otherPath);
  }
  if (level === "strict" && severity === "warning") severity = "error";
  // The params were built for this code by the mapping or the rule that reported it.
  const message = safeMessage(code, params, locale, names);
  return { code, severity, path: toJsonPointer(raw.path), message, params };
}
