import type { UnreadableFileReason } from "@tipx/schema";
import { type _Reporter, _reporter } from "../report/_reporter";
import type { ConvertOptions } from "../report/index";
import { _conversionStream, type ConversionStream } from "../report/stream";
import { type _DecodeState, _decodeChunks } from "../text/_decode-chunks";
import type { TextSource } from "../text/source";
import { _lineSplitter } from "./_lines";

/**
 * One record of an NDJSON file: its line number and its JSON object.
 *
 * @example
 * ```ts
 * import type { NdjsonRecord } from "@tipx/convert";
 * const record: NdjsonRecord = { line: 1, value: { tipx: "1.1" } };
 * ```
 */
export interface NdjsonRecord {
  /** The line of the file, counting blank lines (the first line is 1). */
  readonly line: number;
  /** The JSON object on that line. */
  readonly value: Readonly<Record<string, unknown>>;
}

/**
 * Options of the NDJSON reader.
 *
 * @example
 * ```ts
 * import type { NdjsonReadOptions } from "@tipx/convert";
 * const options: NdjsonReadOptions = { maxLineLength: 1024 * 1024 };
 * ```
 */
export interface NdjsonReadOptions extends ConvertOptions {
  /** The longest line, in characters (64 MiB by default); a longer one is reported and skipped. */
  readonly maxLineLength?: number;
  /** The largest input, in bytes; a larger one stops with TIPX708 `"too-large"`. No limit by default. */
  readonly maxBytes?: number;
}

const DEFAULT_MAX_LINE_LENGTH = 64 * 1024 * 1024;

const isLines = (source: Iterable<string> | TextSource): source is Iterable<string> =>
  typeof source === "object" && source !== null && Symbol.iterator in source && !(Symbol.asyncIterator in source);

async function* linesAsChunks(lines: Iterable<string | Uint8Array>): AsyncGenerator<string | Uint8Array> {
  for (const line of lines) yield typeof line === "string" ? `${line}\n` : line;
}

/**
 * Reads NDJSON (one JSON object a line) as it streams in, one record at a time with its line number.
 * Blank lines are skipped and not counted as rows; a line that is not JSON, not a JSON object, or
 * longer than the limit is reported with its line number (TIPX704) and reading goes on. An iterable
 * (an array) of strings gives lines; an async iterable or a Web Stream gives chunks of text or bytes.
 *
 * @param source - Lines, or chunks of bytes or text.
 * @param options - The limits and the report's language.
 * @returns The records, and the report of the read.
 *
 * @example
 * ```ts
 * import { streamNdjson } from "@tipx/convert";
 * const stream = streamNdjson(['{"tipx":"1.1"}', "", "not json"]);
 * for await (const { line, value } of stream) console.log(line, value); // 1 { tipx: "1.1" }
 * stream.report().issues[0]?.row; // 3
 * ```
 */
export function streamNdjson(
  source: Iterable<string> | TextSource,
  options: NdjsonReadOptions = {},
): ConversionStream<NdjsonRecord> {
  const reporter = _reporter("ndjson", "ndjson", options);
  async function* records(): AsyncGenerator<NdjsonRecord, void, undefined> {
    for await (const record of _ndjsonRecords(() => source, options, reporter)) {
      reporter.carried();
      reporter.converted();
      yield record;
    }
  }
  return _conversionStream(records, () => reporter.report());
}

/**
 * The records of an NDJSON source, after an optional check of the file. Each record's row is counted
 * (`row()`); a bad line is reported, counted as one value not carried, and skipped. The caller counts
 * the values of the records it yields and marks them converted.
 */
export async function* _ndjsonRecords(
  open: () => Iterable<string> | TextSource,
  options: NdjsonReadOptions,
  reporter: _Reporter,
  precheck?: () => Promise<UnreadableFileReason | undefined>,
): AsyncGenerator<NdjsonRecord, void, undefined> {
  const problem = await precheck?.();
  if (problem !== undefined) {
    reporter.issue("TIPX708", { reason: problem });
    return;
  }
  const source = open();
  const state: _DecodeState = { bytes: 0 };
  const splitter = _lineSplitter(options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH);
  let lines = 0;
  const take = function* (found: ReturnType<typeof splitter.push>) {
    for (const { number, text } of found) {
      if (text !== undefined && text.trim() === "") continue;
      lines += 1;
      reporter.row();
      const record = text === undefined ? "too-long" : parse(text);
      if (typeof record === "string") {
        reporter.issue("TIPX704", { reason: record }, { row: number });
        reporter.notCarried();
        reporter.skipped();
        continue;
      }
      yield { line: number, value: record };
    }
  };
  const input = isLines(source) ? linesAsChunks(source) : source;
  for await (const text of _decodeChunks(input, state, options.maxBytes)) yield* take(splitter.push(text));
  if (state.failure === undefined) yield* take(splitter.end());
  if (state.failure !== undefined) reporter.issue("TIPX708", { reason: state.failure });
  else if (lines === 0) reporter.issue("TIPX708", { reason: "empty" });
}

function parse(text: string): Readonly<Record<string, unknown>> | "not-json" | "not-an-object" {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "not-json";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not-an-object";
  return value as Readonly<Record<string, unknown>>;
}
