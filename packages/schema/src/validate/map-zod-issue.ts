import type { z } from "zod";
import { ENTITY_TYPES } from "../model/entity-base";
import { PATTERNS } from "../model/patterns";
import type { RawIssue } from "./raw-issue";
import type { PathSegment } from "./rule";
import { valueAt } from "./value-at";

type ZodIssue = z.core.$ZodIssue;

/** Names of the string formats zod reports, as tipx messages show them. */
const FORMAT_KEYS: Record<string, string> = {
  uuid: "uuid",
  guid: "uuid",
  date: "date",
  datetime: "date-time",
  email: "email",
};

/** Format names of the model's regular expressions, keyed as zod reports a pattern (`/source/flags`). */
const PATTERN_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(PATTERNS).map(([name, pattern]) => [String(pattern), name]));

function formatName(issue: ZodIssue & { code: "invalid_format" }): string {
  if (issue.format === "regex" && issue.pattern) {
    return PATTERN_NAMES.get(issue.pattern) ?? "pattern";
  }
  return FORMAT_KEYS[issue.format] ?? issue.format;
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

function toPath(path: readonly PropertyKey[]): PathSegment[] {
  return path.map((segment) => (typeof segment === "number" ? segment : String(segment)));
}

/**
 * Maps one zod issue onto tipx raw issues (codes, paths and params). Values are never copied into
 * params here: whether a value may be echoed depends on the field's sensitivity, decided later.
 */
export function mapZodIssue(issue: ZodIssue, input: unknown, into: RawIssue[]): void {
  const path = toPath(issue.path);
  switch (issue.code) {
    case "invalid_type": {
      const { present, value } = valueAt(input, path);
      if (!present || value === undefined) into.push({ code: "TIPX103", path, params: {} });
      else into.push({ code: "TIPX102", path, params: { expected: issue.expected, received: jsonType(value) } });
      return;
    }
    case "unrecognized_keys":
      for (const key of issue.keys) into.push({ code: "TIPX104", path: [...path, key], params: { key } });
      return;
    case "invalid_value":
      if (!valueAt(input, path).present) {
        into.push({ code: "TIPX103", path, params: {} });
      } else if (path[path.length - 1] === "tipx" && path.length === 1) {
        into.push({ code: "TIPX106", path, params: { expected: String(issue.values[0]) } });
      } else if (path.length === 3 && path[0] === "entities" && path[2] === "type") {
        into.push({ code: "TIPX107", path, params: { expected: ENTITY_TYPES.join(", ") } });
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
            ? { code: "TIPX107", path: typePath, params: { expected: ENTITY_TYPES.join(", ") } }
            : { code: "TIPX103", path: typePath, params: {} },
        );
        return;
      }
      const { value } = valueAt(input, path);
      into.push({ code: "TIPX102", path, params: { expected: "one of the allowed types", received: jsonType(value) } });
      return;
    }
    case "invalid_format":
      into.push({ code: "TIPX105", path, params: { format: formatName(issue) } });
      return;
    case "too_small":
    case "too_big": {
      const limit = issue.code === "too_small" ? issue.minimum : issue.maximum;
      const unit = issue.origin === "array" ? "items" : issue.origin === "string" ? "characters" : "";
      into.push({
        code: "TIPX108",
        path,
        params: { relation: issue.code === "too_small" ? "min" : "max", limit: String(limit), unit },
      });
      return;
    }
    case "not_multiple_of":
      into.push({ code: "TIPX108", path, params: { relation: "min", limit: `a multiple of ${issue.divisor}`, unit: "" } });
      return;
    case "invalid_key":
      into.push({ code: "TIPX109", path, params: { key: String(path[path.length - 1] ?? "") } });
      return;
    case "custom": {
      const params = issue.params ?? {};
      const code = typeof params["tipx"] === "string" ? params["tipx"] : "TIPX105";
      into.push({ code, path, params: { format: String(params["format"] ?? "pattern") } });
      return;
    }
    default:
      into.push({ code: "TIPX102", path, params: { expected: "a valid value", received: jsonType(valueAt(input, path).value) } });
  }
}
