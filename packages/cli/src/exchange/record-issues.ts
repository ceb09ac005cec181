/**
 * Issues of the exchange commands in the language of the run: the library reports them in English,
 * with language-neutral params that render in any catalogue.
 *
 * @module
 */
import type { Catalogue, Issue, IssueParamRecord, Names } from "@tipx/schema";
import type { CliMessages } from "../messages/messages";
import type { InputRecord } from "../validate/records";

/** The parts of `@tipx/schema` used to word issues. */
export type IssueWording = Pick<typeof import("@tipx/schema"), "issueTexts" | "namesIn" | "renderMessage" | "ISSUES">;

/**
 * Creates the function that rewords an issue in the catalogue's language (English issues are returned
 * as they are).
 */
export function reworder(schema: IssueWording, locale: Catalogue | undefined): (issue: Issue) => Issue {
  if (locale === undefined) return (issue) => issue;
  const names = schema.namesIn(locale);
  return (issue) => {
    // The params were made for this code's template; the catalogue types each template by its code.
    const template = schema.issueTexts(issue.code, locale).message as (
      params: IssueParamRecord,
      names: Names,
    ) => string;
    return { ...issue, message: template(issue.params, names) };
  };
}

/** The TIPX101 issue of a record that is not JSON, as `tipx validate` reports it. */
export function notJsonIssue(
  schema: IssueWording,
  record: Extract<InputRecord["parsed"], { ok: false }>,
  messages: CliMessages,
  locale: Catalogue | undefined,
): Issue {
  const detail = messages.jsonProblem(record.problem);
  const message = schema.renderMessage("TIPX101", { detail }, locale);
  return { code: "TIPX101", severity: schema.ISSUES.TIPX101.severity, path: "", message, params: { detail } };
}

/** The JSON type of a value that is not an object. */
function jsonTypeOf(value: unknown): "null" | "array" | "string" | "boolean" | "number" {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return "string";
  return typeof value === "boolean" ? "boolean" : "number";
}

/** The TIPX102 issue of a record that is JSON but not an object, so not a bundle (in English: see `reworder`). */
export function notObjectIssue(schema: IssueWording, value: unknown): Issue {
  const params = { field: "Bundle", expected: "object", received: jsonTypeOf(value) } as const;
  const message = schema.renderMessage("TIPX102", params);
  return { code: "TIPX102", severity: schema.ISSUES.TIPX102.severity, path: "", message, params };
}

/**
 * The TIPX524 issue of a bundle too large to sign or encrypt: receivers refuse inputs over 64 MiB, so
 * @tipx/exchange does not make one (in English: see `reworder`).
 */
export function tooLargeIssue(schema: IssueWording): Issue {
  const params = { reason: "too-large" } as const;
  const message = schema.renderMessage("TIPX524", params);
  return { code: "TIPX524", severity: schema.ISSUES.TIPX524.severity, path: "", message, params };
}

/**
 * Where a record is, for a message on stderr: the file for a JSON document, `file line N` for NDJSON,
 * `file [i] line N` for an element of a JSON array. `file` must already be escaped.
 */
export function recordPlace(shownFile: string, record: InputRecord, messages: CliMessages): string {
  if (record.layout === "document") return shownFile;
  const line = messages.line(record.line);
  return record.index === undefined ? `${shownFile} ${line}` : `${shownFile} [${record.index}] ${line}`;
}
