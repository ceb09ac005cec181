import { type JsonProblem, locateJsonProblem } from "./json-problem";
import type { InputLine } from "./lines";

/**
 * How a file holds its records: `"document"` is one JSON value (possibly over many lines), `"lines"`
 * is NDJSON, one value per line, `"array"` a JSON array of them, read element by element. Text reports
 * show line numbers only for `"lines"` and `"array"`.
 */
export type RecordLayout = "document" | "lines" | "array";

/** A record's text after `JSON.parse`: the value and the text it came from, or why it is not JSON. */
export type ParsedText =
  | { readonly ok: true; readonly value: unknown; readonly text: string }
  | { readonly ok: false; readonly problem: JsonProblem };

/** One record read from an input, not validated yet. */
export interface InputRecord {
  /** The 1-based line the record starts on. */
  readonly line: number;
  /** The record's 0-based position in a JSON array (layout `"array"`); absent for an error in the array itself. */
  readonly index?: number;
  /** How the input holds its records. */
  readonly layout: RecordLayout;
  /** The parsed value, or the JSON problem. */
  readonly parsed: ParsedText;
}

/** Options of {@link readRecords}. */
export interface ReadRecordsOptions {
  /** `true` when the input is NDJSON whatever it looks like (a `.ndjson` or `.jsonl` file). */
  readonly lineDelimited: boolean;
  /**
   * The largest multi-line document read whole, in UTF-8 bytes (line breaks counted as one byte); larger
   * ones are reported, not read. Lines are bounded before they get here (see `readLines`).
   */
  readonly maxDocumentBytes: number;
}

const BOM = "\uFEFF";

/**
 * Parses one record's text: its value, or why it is not JSON (`line-too-long` for an over-long line).
 *
 * @param text - a line as `readLines` yields it, or a document's text.
 * @returns the parsed value with its text, or the problem.
 */
export function parseText(text: InputLine): ParsedText {
  if (typeof text !== "string") return { ok: false, problem: { kind: "line-too-long", limit: text.limit } };
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch {
    return { ok: false, problem: locateJsonProblem(text) };
  }
}

/** Tells whether a line holds nothing but white space (a blank line of NDJSON is no record). */
export function isBlank(text: InputLine): boolean {
  return typeof text === "string" && text.trim() === "";
}

/**
 * Turns the lines of an input into records, a line at a time so memory stays flat for NDJSON of any
 * size.
 *
 * The layout is decided from the first two non-blank lines: when either parses as JSON on its own,
 * the input is NDJSON (a pretty-printed document never has a complete value on its first or second
 * line), and every non-blank line is a record, malformed ones included (they come out with a
 * problem, and reading goes on). Otherwise the input is one document, read whole up to
 * `maxDocumentBytes`. A single non-blank line is one document unless `lineDelimited` is set.
 * Blank lines are skipped; a byte-order mark at the start is ignored. A line over the limit of
 * `readLines` is a record with the problem `line-too-long` (a document holding one is `too-large`).
 *
 * @param lines - the input's lines, without their line breaks (as `readLines` yields them).
 * @param options - whether the input is known to be NDJSON, and the document size limit.
 * @returns the records, in input order.
 */
export async function* readRecords(
  lines: AsyncIterable<InputLine>,
  options: ReadRecordsOptions,
): AsyncGenerator<InputRecord, void, undefined> {
  const iterator = lines[Symbol.asyncIterator]();
  try {
    const head: InputLine[] = [];
    const probes: { readonly line: number; readonly parsed: ParsedText }[] = [];
    while (probes.length < 2) {
      const next = await iterator.next();
      if (next.done === true) break;
      const text =
        head.length === 0 && typeof next.value === "string" && next.value.startsWith(BOM)
          ? next.value.slice(1)
          : next.value;
      head.push(text);
      if (!isBlank(text)) probes.push({ line: head.length, parsed: parseText(text) });
    }
    const [first, second] = probes;
    if (first === undefined) {
      // An empty NDJSON file is an export with nothing in it; an empty JSON file is a mistake.
      if (!options.lineDelimited)
        yield { line: 1, layout: "document", parsed: { ok: false, problem: { kind: "empty" } } };
      return;
    }
    if (second === undefined) {
      yield { line: first.line, layout: options.lineDelimited ? "lines" : "document", parsed: first.parsed };
      return;
    }
    if (options.lineDelimited || first.parsed.ok || second.parsed.ok) {
      yield { line: first.line, layout: "lines", parsed: first.parsed };
      yield { line: second.line, layout: "lines", parsed: second.parsed };
      let line = head.length;
      for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
        line += 1;
        if (!isBlank(next.value)) yield { line, layout: "lines", parsed: parseText(next.value) };
      }
      return;
    }
    yield {
      line: first.line,
      layout: "document",
      parsed: await readDocument(head, iterator, options.maxDocumentBytes),
    };
  } finally {
    await iterator.return?.();
  }
}

async function readDocument(
  head: readonly InputLine[],
  iterator: AsyncIterator<InputLine>,
  maxBytes: number,
): Promise<ParsedText> {
  const tooLarge: ParsedText = { ok: false, problem: { kind: "too-large", limit: maxBytes } };
  const lines: string[] = [];
  let bytes = -1; // no line break before the first line
  const add = (line: InputLine): boolean => {
    if (typeof line !== "string") return false;
    bytes += Buffer.byteLength(line, "utf8") + 1;
    lines.push(line);
    return bytes <= maxBytes;
  };
  for (const line of head) if (!add(line)) return tooLarge;
  for (let next = await iterator.next(); next.done !== true; next = await iterator.next())
    if (!add(next.value)) return tooLarge;
  const text = lines.join("\n");
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch {
    return { ok: false, problem: locateJsonProblem(text, 1) };
  }
}

/**
 * Turns the lines of NDJSON known to be NDJSON into records (layout `"lines"`), from a line part way
 * through an input: what {@link readRecords} does after its first two lines.
 *
 * @param lines - the lines, as `readLines` yields them.
 * @param lineBefore - the number of the line before the first one (0 at the start of an input).
 * @returns the records of the non-blank lines, in order.
 */
export async function* lineRecords(
  lines: AsyncIterable<InputLine>,
  lineBefore: number,
): AsyncGenerator<InputRecord, void, undefined> {
  let line = lineBefore;
  for await (const text of lines) {
    line += 1;
    if (!isBlank(text)) yield { line, layout: "lines", parsed: parseText(text) };
  }
}
