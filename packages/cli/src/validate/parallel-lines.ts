import { isUtf8 } from "node:buffer";
import { open } from "node:fs/promises";
import type { InputEncoding } from "./encodings";
import { isGzipName, startsLikeGzip } from "./gzip";
import { isLineDelimitedName } from "./inputs";
import type { BatchOutcome } from "./line-batch";
import { readLines } from "./lines";
import { isBlank, type ParsedText, parseText } from "./records";
import { SNIFF_BYTES, sniffContent } from "./sniff";
import { POOL_BUFFER_BYTES, type ValidatePool } from "./worker-pool";

/**
 * The size from which an NDJSON file is validated by worker threads, when `TIPX_WORKERS_MIN_BYTES` does
 * not say otherwise: below it, starting the workers (each loads the schema package) costs more than
 * they save.
 */
export const WORKERS_MIN_BYTES = 8 * 1024 * 1024;

/**
 * The size from which an NDJSON file is validated by worker threads: `TIPX_WORKERS_MIN_BYTES` (an
 * internal setting, for tests and measurements) when it is a whole number of bytes, else
 * {@link WORKERS_MIN_BYTES}.
 *
 * @param env - the run's environment.
 * @returns the size in bytes.
 */
export function workersMinBytes(env: Readonly<Record<string, string | undefined>>): number {
  const value = env["TIPX_WORKERS_MIN_BYTES"];
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : WORKERS_MIN_BYTES;
}

/** A file that can be validated in parallel: where its first line starts (after a byte-order mark). */
export interface ParallelPlan {
  /** The byte offset of the first line. */
  readonly offset: number;
}

/** The bytes read at the start of a file to decide whether it is NDJSON. */
const HEAD_BYTES = 1024 * 1024;

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Decides whether a file is read by worker threads: it is at least `minBytes` long, and its start shows
 * UTF-8 NDJSON as the single-threaded reader would take it (not gzip, no other encoding, not a JSON
 * array, and a `.ndjson`/`.jsonl` name or one of its first two non-blank lines being JSON on its own,
 * both within the first MiB). Anything else, and any doubt, is left to the single-threaded reader.
 *
 * @param file - the file's path and name and size.
 * @param options - `--encoding`, `--max-line-bytes` and the size threshold.
 * @returns the plan, or `undefined` to read the file on the main thread.
 */
export async function planParallel(
  file: { readonly path: string; readonly name: string; readonly size: number | undefined },
  options: { readonly encoding: InputEncoding | undefined; readonly maxLineBytes: number; readonly minBytes: number },
): Promise<ParallelPlan | undefined> {
  if (file.size === undefined || file.size < options.minBytes || isGzipName(file.name)) return undefined;
  const head = Buffer.alloc(Math.min(HEAD_BYTES, file.size));
  let length: number;
  try {
    const handle = await open(file.path, "r");
    try {
      ({ bytesRead: length } = await handle.read(head, 0, head.length, 0));
    } finally {
      await handle.close();
    }
  } catch {
    return undefined; // the single-threaded reader reports it
  }
  const bytes = head.subarray(0, length);
  if (startsLikeGzip(bytes)) return undefined;
  let sniffed: ReturnType<typeof sniffContent>;
  try {
    sniffed = sniffContent(bytes.subarray(0, SNIFF_BYTES), options.encoding);
  } catch {
    return undefined;
  }
  if (sniffed.encoding !== "utf-8") return undefined;
  const offset = sniffed.bomLength;
  // A second byte-order mark is taken off by the single-threaded reader's first line only.
  if (UTF8_BOM.every((byte, at) => bytes[offset + at] === byte)) return undefined;
  const lineDelimited = isLineDelimitedName(file.name);
  if (lineDelimited) return { offset };
  if (sniffed.first === "[") return undefined;
  const complete = bytes.subarray(offset, bytes.lastIndexOf(LINE_FEED) + 1);
  if (complete.length === 0 || !isUtf8(complete)) return undefined;
  const probes: ParsedText[] = [];
  for await (const line of readLines(_once(complete), options.maxLineBytes)) {
    if (typeof line !== "string") return undefined;
    if (isBlank(line)) continue;
    probes.push(parseText(line));
    if (probes.length === 2) break;
  }
  const [first, second] = probes;
  if (first === undefined || second === undefined) return undefined;
  return first.ok || second.ok ? { offset } : undefined;
}

/** How {@link validateInParallel} ended. */
export type ParallelEnd =
  /** Every line was validated and reported. */
  | { readonly kind: "ended" }
  /** The report asked to stop (its output is broken). */
  | { readonly kind: "stopped" }
  /**
   * A batch must be read by the single-threaded reader, from byte `offset` and line `line` on; every
   * line before it was reported.
   */
  | { readonly kind: "single"; readonly offset: number; readonly line: number };

/** What {@link validateInParallel} reads and where its results go. */
export interface ParallelReading {
  /** The file's path. */
  readonly path: string;
  /** The file as named on the command line. */
  readonly name: string;
  /** Where its first line starts. */
  readonly plan: ParallelPlan;
  /** `--max-line-bytes`. */
  readonly maxLineBytes: number;
  /** The workers. */
  readonly pool: ValidatePool;
  /** Reports a batch's outcome, in input order; resolves to `false` to stop reading. */
  readonly report: (outcome: BatchOutcome) => Promise<boolean>;
  /** Counts bytes read (the progress bar). */
  readonly advance?: (bytes: number) => void;
}

/** The bytes read at a time, and so the usual size of a batch. */
const BATCH_BYTES = 1024 * 1024;

/** The lines a batch of whole lines holds, as `readLines` counts them (LF, CRLF and lone CR). */
function _countLines(bytes: Buffer): number {
  let lines = 0;
  for (let at = bytes.indexOf(LINE_FEED); at !== -1; at = bytes.indexOf(LINE_FEED, at + 1)) lines += 1;
  for (let at = bytes.indexOf(CARRIAGE_RETURN); at !== -1; at = bytes.indexOf(CARRIAGE_RETURN, at + 1))
    if (bytes[at + 1] !== LINE_FEED) lines += 1;
  return lines;
}

type Settled =
  | { readonly ok: true; readonly outcome: BatchOutcome | undefined }
  | { readonly ok: false; readonly error: unknown };

interface InFlight {
  readonly result: Promise<Settled>;
  /** Whether `result` has settled (a batch validated on this thread settles at once). */
  readonly state: { settled: boolean };
  readonly offset: number;
  readonly line: number;
}

/**
 * Validates an NDJSON file with worker threads: this thread reads it in batches of whole lines (cut
 * after a line feed), hands each batch's memory to a worker (or validates it itself when every worker
 * has a batch waiting), and reports the outcomes in input order. At most `pool.capacity` batches are in
 * flight, so memory stays flat however large the file is.
 *
 * A batch the workers cannot read as the single-threaded reader would (invalid UTF-8, an over-long line
 * holding a NUL byte), or a line longer than `--max-line-bytes` without a line feed, ends the parallel
 * part: the caller reads on from there on its own thread, which reports the error where it stands.
 *
 * @param reading - the file, the workers and the report.
 * @returns how the reading ended.
 */
export async function validateInParallel(reading: ParallelReading): Promise<ParallelEnd> {
  const { pool, maxLineBytes } = reading;
  const inFlight: InFlight[] = [];
  const maxInFlight = pool.capacity;
  const handle = await open(reading.path, "r");
  try {
    let position = reading.plan.offset; // the next byte to read
    let carried: Buffer = Buffer.alloc(0); // the bytes after the last line feed read
    let line = 1; // the number of the line `carried` starts
    for (;;) {
      // Report what is done; wait for the oldest batch only when no other batch may be started.
      while (inFlight.length > 0 && (inFlight[0]?.state.settled === true || inFlight.length >= maxInFlight)) {
        const end = await _reportOldest(inFlight, reading);
        if (end !== undefined) return end;
      }
      const size = carried.length + Math.max(BATCH_BYTES, carried.length);
      const buffer = size <= POOL_BUFFER_BYTES ? pool.takeBuffer() : Buffer.allocUnsafeSlow(size);
      carried.copy(buffer, 0);
      const { bytesRead } = await handle.read(buffer, carried.length, size - carried.length, position);
      reading.advance?.(bytesRead);
      const start = position - carried.length; // the offset of buffer[0]
      position += bytesRead;
      const filled = carried.length + bytesRead;
      if (bytesRead === 0) {
        // The last line, without a line break.
        if (filled > 0) inFlight.push(_dispatch(reading, buffer.subarray(0, filled), start, line));
        break;
      }
      const lastLineFeed = buffer.lastIndexOf(LINE_FEED, filled - 1);
      if (lastLineFeed === -1) {
        carried = buffer.subarray(0, filled);
        // Over the limit without a line feed (or lines broken by CR alone): the single-threaded reader's.
        if (carried.length > maxLineBytes + 1) {
          const end = await _drain(inFlight, reading);
          return end ?? { kind: "single", offset: start, line };
        }
        continue;
      }
      carried = Buffer.from(buffer.subarray(lastLineFeed + 1, filled));
      const batch = buffer.subarray(0, lastLineFeed + 1);
      const lines = _countLines(batch);
      inFlight.push(_dispatch(reading, batch, start, line));
      line += lines;
    }
    return (await _drain(inFlight, reading)) ?? { kind: "ended" };
  } finally {
    // Batches still in flight after a stop are dropped; their answers are settled, never thrown.
    inFlight.length = 0;
    await handle.close();
  }
}

function _dispatch(reading: ParallelReading, bytes: Buffer, offset: number, line: number): InFlight {
  const state = { settled: false };
  const result = reading.pool.validate(reading.name, { bytes, firstLine: line }).then(
    (outcome): Settled => {
      state.settled = true;
      return { ok: true, outcome };
    },
    (error: unknown): Settled => {
      state.settled = true;
      return { ok: false, error };
    },
  );
  return { result, state, offset, line };
}

/** Reports the oldest batch in flight; `undefined` to go on. */
async function _reportOldest(inFlight: InFlight[], reading: ParallelReading): Promise<ParallelEnd | undefined> {
  const oldest = inFlight.shift();
  if (oldest === undefined) return undefined;
  const settled = await oldest.result;
  if (!settled.ok) throw settled.error;
  if (settled.outcome === undefined) return { kind: "single", offset: oldest.offset, line: oldest.line };
  return (await reading.report(settled.outcome)) ? undefined : { kind: "stopped" };
}

async function _drain(inFlight: InFlight[], reading: ParallelReading): Promise<ParallelEnd | undefined> {
  while (inFlight.length > 0) {
    const end = await _reportOldest(inFlight, reading);
    if (end !== undefined) return end;
  }
  return undefined;
}

/** One chunk, as the async iterable `readLines` takes. */
async function* _once(bytes: Buffer): AsyncGenerator<Buffer, void, undefined> {
  yield bytes;
}
