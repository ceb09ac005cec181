import { jsonSyntaxErrorOffset } from "./json-syntax";

/**
 * Why a file or an NDJSON line is not JSON, described without quoting the input: JSON.parse's own
 * messages can quote the text, and the text may hold personal data.
 */
export type JsonProblem =
  /** The input has no content at all. */
  | { readonly kind: "empty" }
  /** The text stops in the middle of a value. */
  | { readonly kind: "end-of-input" }
  /** A syntax error; `line` is given for multi-line documents, `column` when it is known. */
  | { readonly kind: "syntax"; readonly line?: number; readonly column?: number }
  /** A multi-line document larger than the limit tipx reads whole (`--max-line-bytes`, in bytes). */
  | { readonly kind: "too-large"; readonly limit: number }
  /** A line longer than the limit tipx reads (`--max-line-bytes`, in bytes); it was skipped unread. */
  | { readonly kind: "line-too-long"; readonly limit: number };

/**
 * Describes why `text` is not JSON, with the line and column of the first error.
 *
 * @param text - a text `JSON.parse` rejected.
 * @param firstLine - the line number of the text's first line in its file, when the text spans lines;
 *   omit it for a single NDJSON line (the record's line number already says where).
 * @returns the problem.
 */
export function locateJsonProblem(text: string, firstLine?: number): JsonProblem {
  if (text.trim() === "") return { kind: "empty" };
  const offset = jsonSyntaxErrorOffset(text);
  if (offset === undefined) return { kind: "syntax" };
  if (offset >= text.length) return { kind: "end-of-input" };
  if (firstLine === undefined) return { kind: "syntax", column: offset + 1 };
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let line = firstLine;
  for (let index = text.indexOf("\n"); index !== -1 && index < lineStart; index = text.indexOf("\n", index + 1))
    line += 1;
  return { kind: "syntax", line, column: offset - lineStart + 1 };
}
