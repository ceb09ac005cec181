import { isUtf8 } from "node:buffer";
import type { RecordOutcome } from "./check-record";
import { NotTextError, readLines } from "./lines";
import { type InputRecord, isBlank, lineRecords, parseText } from "./records";
import { countRecord, emptyTally, type RecordTally } from "./tally";

/** Whole lines of an NDJSON input, cut after a line feed, as the main thread hands them to a worker. */
export interface LineBatch {
  /** The bytes: whole lines (the last one ends with LF, unless it is the end of the input). */
  readonly bytes: Buffer;
  /** The number of the batch's first line in its input (1-based). */
  readonly firstLine: number;
}

/** What validating a batch gave: its counts, and its records' part of the report. */
export interface BatchOutcome extends RecordTally {
  /** The report of the batch's records, rendered (see `textRecordLines` and `jsonRecordLine`). */
  readonly text: string;
}

/** How to validate and render the records of a batch. */
export interface BatchSettings {
  /** `--max-line-bytes`. */
  readonly maxLineBytes: number;
  /** Validates one record (see `createChecker`). */
  readonly check: (record: InputRecord) => RecordOutcome;
  /** Renders one record's part of the report. */
  readonly render: (outcome: RecordOutcome) => string;
}

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Validates the records of a batch of NDJSON lines, as the single-threaded reader would have read them
 * (`readLines`, then `lineRecords`), and renders them.
 *
 * Lines that end in LF alone and fit within the limit (the usual case) are split here without an
 * async step per line; anything else (CR line breaks, over-long lines) goes through `readLines` itself.
 *
 * @param batch - the lines and the number of the first one.
 * @param settings - the limit, the checker and the renderer.
 * @returns the batch's counts and report, or `undefined` when the batch cannot be read this way: it is
 *   not valid UTF-8, or an over-long line holds a NUL byte. The caller then reads the input from this
 *   batch on as the single-threaded reader does, which reports the error where it stands.
 */
export async function validateLineBatch(batch: LineBatch, settings: BatchSettings): Promise<BatchOutcome | undefined> {
  const { bytes } = batch;
  if (!isUtf8(bytes)) return undefined;
  return (
    (bytes.indexOf(CARRIAGE_RETURN) === -1 ? _splitLineFeeds(batch, settings) : undefined) ??
    _readLines(batch, settings)
  );
}

/** The fast path: LF line breaks only; `undefined` when a line is over the limit. */
function _splitLineFeeds(batch: LineBatch, settings: BatchSettings): BatchOutcome | undefined {
  const { bytes } = batch;
  const tally = emptyTally();
  let text = "";
  let line = batch.firstLine;
  for (let start = 0; start < bytes.length; line += 1) {
    const found = bytes.indexOf(LINE_FEED, start);
    const end = found === -1 ? bytes.length : found;
    if (end - start > settings.maxLineBytes) return undefined;
    const content = bytes.toString("utf8", start, end);
    start = end + 1;
    if (isBlank(content)) continue;
    const record: InputRecord = { line, layout: "lines", parsed: parseText(content) };
    const outcome = settings.check(record);
    countRecord(tally, record, outcome);
    text += settings.render(outcome);
  }
  return { ...tally, text };
}

/** The general path, through `readLines`. */
async function _readLines(batch: LineBatch, settings: BatchSettings): Promise<BatchOutcome | undefined> {
  const tally = emptyTally();
  let text = "";
  try {
    const lines = readLines(_once(batch.bytes), settings.maxLineBytes, batch.firstLine);
    for await (const record of lineRecords(lines, batch.firstLine - 1)) {
      const outcome = settings.check(record);
      countRecord(tally, record, outcome);
      text += settings.render(outcome);
    }
  } catch (error) {
    if (error instanceof NotTextError) return undefined;
    throw error;
  }
  return { ...tally, text };
}

/** One chunk, as the async iterable `readLines` takes. */
async function* _once(bytes: Buffer): AsyncGenerator<Buffer, void, undefined> {
  yield bytes;
}
