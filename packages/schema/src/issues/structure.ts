import { _cap, _codes, _isEntityRef, _the } from "./_words";
import { defineIssue } from "./issue";
import type { FormatName, JsonType, NotPlainReason, SizeUnit } from "./terms";

/** What TIPX112 says about each reason, in English. */
const NOT_PLAIN_WORDS: { readonly [R in NotPlainReason]: string } = {
  accessor: "it is a getter, not a data property",
  "not-a-plain-object": "it is not a plain object or list (it is a Date, a boxed value or a class instance)",
  cycle: "it contains itself (a cycle)",
  undefined: "it is undefined",
  function: "it is a function",
  symbol: "it is a symbol",
  bigint: "it is a bigint",
  "non-finite-number": "it is a number that is not finite (NaN or Infinity)",
  "array-hole": "it is a list with holes",
};

/** The JSON types as TIPX102 names them in a sentence, with their article. */
const TYPE_PHRASES: { readonly [T in JsonType]: string } = {
  object: "an object",
  array: "a list",
  string: "text",
  number: "a number",
  integer: "a whole number",
  boolean: "true or false",
  null: "null",
  undefined: "missing",
  "allowed-types": "one of the allowed types",
  "valid-value": "a valid value",
};

/**
 * Issue codes TIPX1xx: the input's structure and types.
 *
 * @example
 * ```ts
 * import { STRUCTURE_ISSUES } from "@tipx/schema";
 * STRUCTURE_ISSUES.TIPX104.severity; // "error"
 * ```
 */
export const STRUCTURE_ISSUES = {
  TIPX100: defineIssue({
    severity: "error",
    title: "Input could not be validated",
    message: () => "This value could not be read: reading it threw (a revoked proxy, for example).",
    explanation:
      "validate() never throws. When reading the input fails (a revoked proxy, an object whose keys cannot be listed), it reports TIPX100 where the read failed. Pass plain JSON data. A failure of tipx itself is TIPX900, never TIPX100.",
  }),
  TIPX101: defineIssue<{ readonly detail?: string }>({
    severity: "error",
    title: "Not JSON",
    message: (p) => `The text is not valid JSON${p.detail ? `: ${p.detail}` : ""}.`,
    explanation:
      "A file or NDJSON line could not be parsed as JSON. The CLI reports the file and line and goes on with the next line. Check for a truncated line, a trailing comma or a byte-order mark in the middle of a file.",
  }),
  TIPX102: defineIssue<{ readonly field: string; readonly expected: JsonType; readonly received: JsonType }>({
    severity: "error",
    title: "Wrong type",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} must be ${TYPE_PHRASES[p.expected]}, but it is ${TYPE_PHRASES[p.received]}.`,
    explanation:
      "A value has the wrong JSON type: a string where a number is expected, an object where a list is expected, and so on. The message names the expected and received types, never the value.",
  }),
  TIPX103: defineIssue<{ readonly field: string }>({
    severity: "error",
    title: "Required field missing",
    message: (p, n) =>
      _isEntityRef(p.field)
        ? `The ${n.field(p.field)} is missing.`
        : `The required field ${_the(n, p.field)} is missing.`,
    explanation:
      "A field the model requires is absent, for example an entity without an id, a bundle without a sender, or a charge without the persons charged.",
  }),
  TIPX104: defineIssue<{ readonly field: string; readonly key?: string }>({
    severity: "error",
    title: "Unknown field",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} has a field ${p.key === undefined ? "" : `"${p.key}" `}that the model does not define; put data that has no place in the model under "extensions", with a namespaced key.`,
    explanation:
      'Objects in tipx are strict: a key the model does not define is an error, never silently dropped, so that a misspelt field is caught. Data that has no home in the model goes under the entity\'s `extensions` with a key such as "org.example/field".',
  }),
  TIPX105: defineIssue<{ readonly field: string; readonly format: FormatName }>({
    severity: "error",
    title: "Invalid format",
    message: (p, n) => `${_cap(_the(n, p.field))} is not a valid ${n.term(`format.${p.format}`)}.`,
    explanation:
      "A string does not have the required format: UUID for ids, YYYY / YYYY-MM / YYYY-MM-DD for partial dates (and the day must exist), RFC 3339 date-time with offset, E.164 phone numbers (+ and up to 15 digits), ISO 3166-2 subdivision codes, e-mail addresses, namespaced extension keys.",
  }),
  TIPX106: defineIssue<{ readonly expected: string }>({
    severity: "error",
    title: "Unsupported tipx version",
    message: (p) => `This validator reads tipx ${p.expected}, but the bundle declares another version.`,
    explanation:
      'The bundle\'s `tipx` field names the model version. This package reads "1.0" and "1.1" (1.1 only adds optional fields and codes). Upgrade @tipx/schema or migrate the payload.',
  }),
  TIPX107: defineIssue<{ readonly expected: readonly string[] }>({
    severity: "error",
    title: "Unknown entity type",
    message: (p, n) => `The entity type is not one the model knows; it must be ${_codes(n, p.expected)}.`,
    explanation:
      "Every entity's `type` must be one of Person, Organization, Case, Operation, Referral, Consent, Assessment, LegalProceeding.",
  }),
  TIPX108: defineIssue<{
    readonly field: string;
    readonly relation: "min" | "max" | "multiple-of";
    readonly limit: number;
    readonly unit?: SizeUnit;
  }>({
    severity: "error",
    title: "Out of range",
    message: (p, n) => {
      const subject = _cap(_the(n, p.field));
      const bound = p.relation === "max" ? "at most" : "at least";
      if (p.unit === undefined)
        return `${subject} must be ${p.relation === "multiple-of" ? "a multiple of" : bound} ${p.limit}.`;
      const unit = p.unit === "items" ? ["item", "items"] : ["character", "characters"];
      if (p.relation === "multiple-of")
        return `The number of ${unit[1]} in ${_the(n, p.field)} must be a multiple of ${p.limit}.`;
      return `${subject} must have ${bound} ${p.limit} ${p.limit === 1 ? unit[0] : unit[1]}.`;
    },
    explanation:
      "A number, a text or a list is too small or too large: an empty name, a negative count, an age over 130, a case party without roles, a consent without purposes.",
  }),
  TIPX109: defineIssue<{ readonly field: string; readonly key?: string }>({
    severity: "error",
    title: "Invalid extension key",
    message: (p) =>
      p.key === undefined
        ? `An extension key is not namespaced; write a reversed domain and a name, such as "org.example/field".`
        : `The extension key "${p.key}" is not namespaced; write a reversed domain and a name, such as "org.example/field".`,
    explanation:
      'Keys of `extensions` must be namespaced ("org.example/field") so that two organisations\' extensions never collide. `extensions` may hold sensitive data, so the message never quotes its keys and the path stops at `extensions`.',
  }),
  TIPX110: defineIssue<{ readonly omitted: number; readonly limit: number }>({
    severity: "info",
    title: "More issues not listed",
    message: (p) => `${p.omitted} more issues were found but are not listed; only the first ${p.limit} are.`,
    explanation:
      "validate() keeps the first issues of a record (100 unless `maxIssues` says otherwise) and counts the rest, so that a record with millions of problems costs bounded memory. Fix the listed ones and validate again.",
  }),
  TIPX111: defineIssue<{ readonly field: string }>({
    severity: "error",
    title: "Reserved key",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} has one of the keys "__proto__", "constructor" and "prototype", which are not allowed; the key was left out.`,
    explanation:
      'JavaScript reads these keys through the prototype chain, and a program that merges the data into its own objects could have its objects changed through them ("prototype pollution"). tipx rejects them wherever a key is free (under `extensions`, as an unknown key) and never returns them in `value`.',
  }),
  TIPX112: defineIssue<{ readonly field: string; readonly reason: NotPlainReason }>({
    severity: "error",
    title: "Not plain JSON data",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} is not plain JSON data: ${NOT_PLAIN_WORDS[p.reason]}; pass plain JSON data.`,
    explanation:
      "validate() accepts plain JSON data only, so that whatever it accepts stays the same after JSON.stringify and JSON.parse. It reads own properties, once each, and never runs a getter. A Date, a boxed number, a class instance, a Map, a getter, a cycle, undefined, a function, a symbol, a bigint, a non-finite number or a hole in an array is reported here. Serialise such values first (a Date as an ISO 8601 string), or validate the JSON text with validateJson().",
  }),
} as const;
