import { type JsonProblem, locateJsonProblem } from "./json-problem";
import { NotTextError } from "./lines";
import type { InputRecord, ParsedText } from "./records";

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const NUL = 0x00;

// Where the scanner is: before the opening `[`; after `[` or `,`, where an element (or, after `[`,
// the closing `]`) is due; inside an element; after the closing `]`.
const BEFORE = 0;
const ELEMENT_DUE = 1;
const IN_ELEMENT = 2;
const AFTER = 3;

function isWhitespace(byte: number): boolean {
  return byte === SPACE || byte === LINE_FEED || byte === CARRIAGE_RETURN || byte === TAB;
}

/** An element's text parsed, with the position of a syntax error counted in the whole file. */
function parseElement(text: string, line: number, column: number): ParsedText {
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch {
    const problem = locateJsonProblem(text, line);
    // On the element's first line, the column counts from the element's start: count it from the line's.
    if (problem.kind === "syntax" && problem.line === line && problem.column !== undefined)
      return { ok: false, problem: { ...problem, column: problem.column + column - 1 } };
    return { ok: false, problem };
  }
}

/**
 * Reads a JSON array of records element by element, holding one element (at most `maxElementBytes` of
 * it) and the chunk being read, never the whole array: a 1 GB array of bundles on one line is read in
 * the same memory as an NDJSON file.
 *
 * A small scanner follows strings, their escapes and the nesting of brackets to find where each
 * top-level element starts and ends, and gives each element's text to `JSON.parse`. Each element is a
 * record with its 0-based `index` and the line it starts on; an element that is not JSON is a record
 * with its problem (its line and column counted in the whole file), and reading goes on with the next.
 * An element longer than `maxElementBytes` is a record with the problem `line-too-long`: its bytes are
 * dropped as they are read. Errors in the array itself (an empty element, a trailing comma, text after
 * the closing `]`, an array that is not closed) are records without an index; reading stops after text
 * that follows the array.
 *
 * @param chunks - the input as UTF-8, starting (after whitespace) with `[`.
 * @param maxElementBytes - the longest element read, in bytes.
 * @returns the records, in order.
 * @throws {@link NotTextError} when an element over the limit holds a NUL byte (the input is binary);
 *   any error of `chunks`.
 */
export async function* readArrayRecords(
  chunks: AsyncIterable<Buffer>,
  maxElementBytes: number,
): AsyncGenerator<InputRecord, void, undefined> {
  const overlong: ParsedText = { ok: false, problem: { kind: "line-too-long", limit: maxElementBytes } };
  const problemAt = (problem: JsonProblem, line: number): InputRecord => ({
    line,
    layout: "array",
    parsed: { ok: false, problem },
  });
  let place: number = BEFORE;
  let afterComma = false;
  let index = 0;
  // The position of the next character: 1-based line, and column in UTF-16 code units as JSON.parse
  // counts them (a 4-byte UTF-8 sequence is two units).
  let line = 1;
  let column = 1;
  let afterCarriageReturn = false;
  // The element being read.
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: Buffer[] = [];
  let length = 0;
  let skipping = false;
  let elementLine = 1;
  let elementColumn = 1;

  const element = (last: Buffer): InputRecord => {
    if (length + last.length > maxElementBytes) skipping = true;
    const record: InputRecord = {
      line: elementLine,
      layout: "array",
      index,
      parsed: skipping
        ? overlong
        : parseElement(
            (parts.length === 0 ? last : Buffer.concat([...parts, last])).toString("utf8"),
            elementLine,
            elementColumn,
          ),
    };
    index += 1;
    parts = [];
    length = 0;
    skipping = false;
    return record;
  };
  const keep = (segment: Buffer): void => {
    if (!skipping && length + segment.length > maxElementBytes) {
      skipping = true;
      parts = [];
      length = 0;
    }
    if (skipping) {
      if (segment.includes(NUL)) throw new NotTextError(elementLine, maxElementBytes);
      return;
    }
    parts.push(segment);
    length += segment.length;
  };

  for await (const chunk of chunks) {
    let start = place === IN_ELEMENT ? 0 : -1; // where the element's bytes in this chunk begin
    for (let at = 0; at < chunk.length; at += 1) {
      const byte = chunk[at] ?? 0;
      const here = column;
      const hereLine = line;
      if (byte === LINE_FEED) {
        if (!afterCarriageReturn) line += 1;
        column = 1;
        afterCarriageReturn = false;
      } else if (byte === CARRIAGE_RETURN) {
        line += 1;
        column = 1;
        afterCarriageReturn = true;
      } else {
        afterCarriageReturn = false;
        if ((byte & 0xc0) !== 0x80) column += byte >= 0xf0 ? 2 : 1;
      }

      if (place === IN_ELEMENT) {
        if (inString) {
          if (escaped) escaped = false;
          else if (byte === BACKSLASH) escaped = true;
          else if (byte === QUOTE) inString = false;
          continue;
        }
        if (byte === QUOTE) inString = true;
        else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
        else if (depth > 0 && (byte === CLOSE_BRACE || byte === CLOSE_BRACKET)) depth -= 1;
        else if (depth === 0 && (byte === COMMA || byte === CLOSE_BRACKET)) {
          yield element(chunk.subarray(start, at));
          start = -1;
          place = byte === COMMA ? ELEMENT_DUE : AFTER;
          afterComma = byte === COMMA;
        }
        continue;
      }
      if (isWhitespace(byte)) continue;
      if (place === BEFORE) {
        if (byte !== OPEN_BRACKET) {
          yield problemAt({ kind: "syntax", line: hereLine, column: here }, hereLine);
          return;
        }
        place = ELEMENT_DUE;
        afterComma = false;
      } else if (place === ELEMENT_DUE) {
        if (byte === CLOSE_BRACKET || byte === COMMA) {
          // `[]` is an empty array; `[,` `,,` and `,]` are not JSON.
          if (byte === COMMA || afterComma) yield problemAt({ kind: "syntax", line: hereLine, column: here }, hereLine);
          if (byte === CLOSE_BRACKET) place = AFTER;
          afterComma = byte === COMMA;
          continue;
        }
        place = IN_ELEMENT;
        start = at;
        elementLine = hereLine;
        elementColumn = here;
        depth = byte === OPEN_BRACE || byte === OPEN_BRACKET ? 1 : 0;
        inString = byte === QUOTE;
        escaped = false;
      } else {
        // Text after the closing bracket: the file is not one JSON array.
        yield problemAt({ kind: "syntax", line: hereLine, column: here }, hereLine);
        return;
      }
    }
    if (place === IN_ELEMENT && start !== -1) keep(chunk.subarray(start));
  }
  if (place === IN_ELEMENT) {
    const record = element(Buffer.alloc(0));
    yield record;
    if (record.parsed.ok) yield problemAt({ kind: "end-of-input" }, line);
  } else if (place === ELEMENT_DUE) {
    yield problemAt({ kind: "end-of-input" }, line);
  }
}
