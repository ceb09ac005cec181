import type { z } from "zod";
import { isOneOf } from "../codelists/codelist";
import { isIssueCode } from "../issues/issues";
import { FORMAT_NAMES, type FormatName, type JsonType } from "../issues/terms";
import { ENTITY_TYPES } from "../model/entity-base";
import { PATTERNS } from "../model/patterns";
import type { PathSegment } from "../rules/rule";
import type { IssueTarget } from "./issue-sink";
import { valueAt } from "./value-at";

type ZodIssue = z.core.$ZodIssue;

/** Names of the string formats zod reports, as tipx messages show them. */
const FORMAT_KEYS: Readonly<Record<string, FormatName>> = {
  uuid: "uuid",
  guid: "uuid",
  date: "date",
  datetime: "date-time",
  email: "email",
};

/** Format names of the model's regular expressions, keyed as zod reports a pattern (`/source/flags`). */
const PATTERN_NAMES: ReadonlyMap<string, FormatName> = /* @__PURE__ */ new Map(
  (Object.keys(PATTERNS) as (keyof typeof PATTERNS)[]).map((name) => [String(PATTERNS[name]), name]),
);

function formatName(issue: ZodIssue & { code: "invalid_format" }): FormatName {
  if (issue.format === "regex" && issue.pattern) {
    return PATTERN_NAMES.get(issue.pattern) ?? "pattern";
  }
  return Object.hasOwn(FORMAT_KEYS, issue.format) ? (FORMAT_KEYS[issue.format] ?? "pattern") : "pattern";
}

/** The JSON type zod expected, as messages name it: zod's `int` is an integer, anything else a valid value. */
function expectedType(expected: string): JsonType {
  if (expected === "int") return "integer";
  return (
    (["object", "array", "string", "number", "boolean", "null"] as const).find((type) => type === expected) ??
    "valid-value"
  );
}

function jsonType(value: unknown): JsonType {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "object") return "object";
  return value === undefined ? "undefined" : "valid-value";
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

/**
 * Maps one zod issue onto tipx raw issues (codes, paths and params). Values are never copied into
 * params here: whether a value may be echoed depends on the field's sensitivity, decided later.
 */
export function mapZodIssue(issue: ZodIssue, input: unknown, into: IssueTarget): void {
  const path = toPath(issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const { present, value } = valueAt(input, path);
      // A key present with `undefined` (which JSON cannot hold) is a wrong type, not a missing field.
      if (!present) into.push({ code: "TIPX103", path, params: {} });
      else
        into.push({
          code: "TIPX102",
          path,
          params: { expected: expectedType(issue.expected), received: jsonType(value) },
        });
      return;
    }
    case "unrecognized_keys":
      for (const key of issue.keys) into.push({ code: "TIPX104", path: [...path, key], params: { key } });
      return;
    case "invalid_value":
      if (!valueAt(input, path).present) {
        into.push({ code: "TIPX103", path, params: {} });
      } else if (path[path.length - 1] === "tipx" && path.length === 1) {
        into.push({ code: "TIPX106", path, params: { expected: issue.values.map(String).join(", ") } });
      } else if (path.length === 3 && path[0] === "entities" && path[2] === "type") {
        into.push({ code: "TIPX107", path, params: { expected: ENTITY_TYPES } });
      } else {
        into.push({ code: "TIPX201", path, params: {} });
      }
      return;
    case "invalid_union": {
      if (issue.discriminator !== undefined) {
        const typePath = path[path.length - 1] === issue.discriminator ? path : [...path, issue.discriminator];
        const { present } = valueAt(input, typePath);
        into.push(
          present
            ? { code: "TIPX107", path: typePath, params: { expected: ENTITY_TYPES } }
            : { code: "TIPX103", path: typePath, params: {} },
        );
        return;
      }
      const { value } = valueAt(input, path);
      into.push({ code: "TIPX102", path, params: { expected: "allowed-types", received: jsonType(value) } });
      return;
    }
    case "invalid_format":
      into.push({ code: "TIPX105", path, params: { format: formatName(issue) } });
      return;
    case "too_small":
    case "too_big": {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const relation = issue.code === "too_small" ? "min" : "max";
      const unit = issue.origin === "array" ? "items" : issue.origin === "string" ? "characters" : undefined;
      into.push({ code: "TIPX108", path, params: { relation, limit: Number(limit), ...(unit ? { unit } : {}) } });
      return;
    }
    case "not_multiple_of":
      into.push({ code: "TIPX108", path, params: { relation: "multiple-of", limit: Number(issue.divisor) } });
      return;
    case "invalid_key":
      into.push({ code: "TIPX109", path, params: { key: String(path[path.length - 1] ?? "") } });
      return;
    case "custom": {
      const params = issue.params ?? {};
      const code = isIssueCode(params["tipx"]) ? params["tipx"] : "TIPX105";
      into.push({
        code,
        path,
        params: { format: isOneOf(FORMAT_NAMES, params["format"]) ? params["format"] : "pattern" },
      });
      return;
    }
    default:
      into.push({
        code: "TIPX102",
        path,
        params: { expected: "valid-value", received: jsonType(valueAt(input, path).value) },
      });
  }
}
