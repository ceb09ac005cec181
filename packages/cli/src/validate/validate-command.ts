import { createReadStream } from "node:fs";
import type { Lang, ProfileCode, ValidationLevel } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import type { OutputFormat } from "../choices";
import { palette, wantsColor } from "../color";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { Output } from "../output";
import { UsageError } from "../usage-error";
import { createChecker } from "./check-record";
import { decodeToUtf8 } from "./decode";
import type { InputEncoding } from "./encodings";
import { dropFirst, readInputRecords } from "./input-records";
import { type Input, openInput, READ_CHUNK_BYTES, resolveInputs } from "./inputs";
import { jsonReporter } from "./json-report";
import { readLines } from "./lines";
import { type ParallelPlan, planParallel, validateInParallel, workersMinBytes } from "./parallel-lines";
import { type Progress, shouldShowProgress, startProgress } from "./progress";
import { type InputRecord, lineRecords, type RecordLayout } from "./records";
import type { Reporter } from "./reporter";
import { emptySummary, type ValidateSummary } from "./summary";
import { addTally, countRecord, emptyTally, type RecordTally } from "./tally";
import { textReporter } from "./text-report";
import { unreadableReason } from "./unreadable";
import { poolSize, startValidatePool, type ValidatePool } from "./worker-pool";

/** The options of `tipx validate`, parsed. */
export interface ValidateCommandOptions {
  /** `text` for people, `json` for JSON lines. */
  readonly format: OutputFormat;
  /** The language of the messages. */
  readonly lang: Lang;
  /** The validation level, when given. */
  readonly level?: ValidationLevel;
  /** The country profile, when given. */
  readonly profile?: ProfileCode;
  /** Print only invalid records. */
  readonly quiet: boolean;
  /** The longest NDJSON line, and the largest JSON document, read (`--max-line-bytes`). */
  readonly maxLineBytes: number;
  /** `--color` (`true`) or `--no-color` (`false`); `undefined` lets the terminal and environment decide. */
  readonly color: boolean | undefined;
  /** `--encoding`: how to decode inputs without a byte-order mark; UTF-8 when absent. */
  readonly encoding?: InputEncoding;
}

/**
 * The exit code of a run: 3 when an input could not be read or the report could not be written (the
 * run did not finish, whatever the records read so far held), else 1 when a record was invalid, else 0.
 */
export function exitCodeFor(summary: ValidateSummary, outputBroken: boolean): ExitCode {
  if (summary.unreadable > 0 || outputBroken) return EXIT_CODES.unreadable;
  if (summary.invalid > 0) return EXIT_CODES.invalid;
  return EXIT_CODES.ok;
}

/** Everything one run shares while it reads its inputs. */
interface Run {
  readonly io: CliIo;
  readonly reporter: Reporter;
  readonly out: Output;
  readonly summary: ValidateSummary;
  /**
   * The record checker, made on first use: a file validated by the worker threads alone never loads the
   * schema package on this thread.
   */
  readonly checker: () => Promise<ReturnType<typeof createChecker>>;
  readonly progress: Progress | undefined;
  readonly maxLineBytes: number;
  /** `--encoding`, when given. */
  readonly encoding: InputEncoding | undefined;
  /** Warns on stderr that an input held no record. */
  readonly warnEmpty: (file: string) => void;
  /** The size from which an NDJSON file is validated by worker threads. */
  readonly workersMinBytes: number;
  /** The worker threads, started for the first file that needs them. */
  readonly pool: () => ValidatePool;
}

/** The chunks of `chunks`, counted on the progress bar as they are read. */
async function* counted(
  chunks: AsyncIterable<Buffer | string>,
  progress: Progress,
): AsyncGenerator<Buffer | string, void, undefined> {
  for await (const chunk of chunks) {
    progress.advance(chunk.length);
    yield chunk;
  }
}

/** The counts of the input being read, and the layout of its last record. */
interface FileState {
  readonly tally: RecordTally;
  layout: RecordLayout | undefined;
}

/**
 * Validates and reports records as they are read, adding them to `file` (and the run's summary).
 *
 * @returns `true` when the records ran out, `false` when the input turned out unreadable (reported) or
 *   the report's output broke.
 */
async function validateRecords(
  run: Run,
  input: Exclude<Input, { kind: "unreadable" }>,
  records: AsyncGenerator<InputRecord, void, undefined>,
  file: FileState,
): Promise<boolean> {
  const { summary, reporter, out } = run;
  try {
    const check = await run.checker();
    for (;;) {
      // Only reading can fail with an input error; a failure while validating or reporting is a bug
      // and must not pass for an unreadable file.
      let next: IteratorResult<InputRecord, void>;
      try {
        next = await records.next();
      } catch (error) {
        summary.unreadable += 1;
        reporter.unreadable(input.name, unreadableReason(error));
        return false;
      }
      if (next.done === true) return true;
      const outcome = check(next.value);
      file.layout = outcome.layout;
      countRecord(file.tally, next.value, outcome);
      countRecord(summary, next.value, outcome);
      reporter.record(input.name, outcome);
      if (out.due) await out.flush();
      if (out.broken) return false;
    }
  } finally {
    await records.return();
  }
}

/**
 * Validates a large NDJSON file with worker threads (see `validateInParallel`), and the rest of it on
 * this thread when a batch needs the single-threaded reader.
 *
 * @returns as {@link validateRecords}.
 */
async function validateFileInParallel(
  run: Run,
  input: Extract<Input, { kind: "file" }>,
  plan: ParallelPlan,
  file: FileState,
): Promise<boolean> {
  const { out, reporter, summary, progress } = run;
  const end = await validateInParallel({
    path: input.path,
    name: input.name,
    plan,
    maxLineBytes: run.maxLineBytes,
    pool: run.pool(),
    report: async (outcome) => {
      addTally(file.tally, outcome);
      addTally(summary, outcome);
      if (outcome.records > 0) file.layout = "lines";
      reporter.rendered(input.name, outcome.text);
      if (out.due) await out.flush();
      return !out.broken;
    },
    ...(progress === undefined ? {} : { advance: progress.advance }),
  });
  if (end.kind !== "single") return end.kind === "ended";
  // Read as the single-threaded reader would from the start: in chunks aligned as its own (a message
  // about an invalid byte looks at the bytes after it up to the end of their chunk).
  const aligned = end.offset - (end.offset % READ_CHUNK_BYTES);
  const stream = createReadStream(input.path, { start: aligned, highWaterMark: READ_CHUNK_BYTES });
  try {
    const bytes = decodeToUtf8(dropFirst(stream, end.offset - aligned), "utf-8", {
      offset: end.offset,
      compressed: false,
    });
    const records = lineRecords(readLines(bytes, run.maxLineBytes, end.line), end.line - 1);
    return await validateRecords(run, input, records, file);
  } finally {
    stream.destroy();
  }
}

async function validateInput(run: Run, input: Exclude<Input, { kind: "unreadable" }>): Promise<void> {
  const { reporter } = run;
  const file: FileState = { tally: emptyTally(), layout: undefined };
  const { tally } = file;
  const plan =
    input.kind === "file"
      ? await planParallel(input, {
          encoding: run.encoding,
          maxLineBytes: run.maxLineBytes,
          minBytes: run.workersMinBytes,
        })
      : undefined;
  let ended: boolean;
  if (input.kind === "file" && plan !== undefined) {
    ended = await validateFileInParallel(run, input, plan, file);
  } else {
    const stream = openInput(input, run.io.stdin);
    // Stopping early must not destroy stdin, which belongs to the caller; a file's stream is destroyed below.
    const chunks: AsyncIterable<Buffer | string> = stream.iterator({ destroyOnReturn: false });
    const records = readInputRecords(run.progress === undefined ? chunks : counted(chunks, run.progress), {
      name: input.kind === "file" ? input.name : undefined,
      encoding: run.encoding,
      maxLineBytes: run.maxLineBytes,
    });
    try {
      ended = await validateRecords(run, input, records, file);
    } finally {
      if (input.kind === "file") stream.destroy();
    }
  }
  if (!ended) return;
  reporter.endFile(input.name, {
    records: tally.records,
    valid: tally.valid,
    invalid: tally.invalid,
    layout: file.layout,
  });
  // An NDJSON file or JSON array with nothing in it: an export can be empty, but never silently.
  if (tally.records === 0) run.warnEmpty(input.name);
  // Records over the limit are reported one by one; an input that held nothing else could not be read.
  if (tally.overLimit > 0 && tally.overLimit === tally.records) {
    run.summary.unreadable += 1;
    reporter.unreadable(input.name, { kind: "over-limit", limit: run.maxLineBytes });
  }
}

/**
 * Runs `tipx validate`: reads each input a record at a time, validates it with `@tipx/schema` and
 * streams the report. An unreadable input is reported and skipped.
 *
 * @param names - the inputs (`-` is stdin, at most once).
 * @param options - the parsed options.
 * @param io - the run's streams and environment.
 * @returns 0 when every record is valid, 1 when one is invalid, 3 when an input could not be read or
 *   the report could not be written.
 * @throws {@link UsageError} when `-` is given twice.
 */
export async function validateCommand(
  names: readonly string[],
  options: ValidateCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  if (names.filter((name) => name === "-").length > 1) throw new UsageError("standard input (-) can be read only once");
  const messages = cliMessages(options.lang);
  const inputs = await resolveInputs(names, io.cwd);
  const fileBytes = inputs.reduce((sum, input) => sum + (input.kind === "file" ? (input.size ?? 0) : 0), 0);
  const readsStdin = inputs.some(
    (input) => input.kind === "stdin" || (input.kind === "file" && input.size === undefined),
  );
  const progress = shouldShowProgress({ isStderrTTY: io.isStderrTTY, fileBytes, readsStdin })
    ? await startProgress(io.stderr, fileBytes, messages.progress)
    : undefined;
  const clearProgress = progress === undefined ? undefined : progress.clear;
  // The bar and the report share the screen only when stdout is that terminal too.
  const out = new Output(io.stdout, io.isStdoutTTY ? clearProgress : undefined);
  const err = new Output(io.stderr, clearProgress);
  const color = wantsColor(io, io.isStdoutTTY, options.color);
  const reporter =
    options.format === "json"
      ? jsonReporter({ out, err, messages, quiet: options.quiet })
      : textReporter({
          out,
          err,
          colors: palette(color),
          errColors: palette(wantsColor(io, io.isStderrTTY, options.color)),
          messages,
          quiet: options.quiet,
        });
  const summary = emptySummary();
  let checker: Promise<ReturnType<typeof createChecker>> | undefined;
  const makeChecker = async (): Promise<ReturnType<typeof createChecker>> => {
    const [schema, locale] = await Promise.all([import("@tipx/schema"), loadCatalogue(options.lang)]);
    const settings = {
      ...(locale === undefined ? {} : { locale }),
      ...(options.level === undefined ? {} : { level: options.level }),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
    };
    return createChecker(schema, settings, messages);
  };
  let pool: ValidatePool | undefined;
  const run: Run = {
    io,
    reporter,
    out,
    summary,
    checker: () => {
      checker ??= makeChecker();
      return checker;
    },
    progress,
    maxLineBytes: options.maxLineBytes,
    encoding: options.encoding,
    warnEmpty: (file) =>
      err.write(`tipx: ${messages.emptyInput(file === "-" ? messages.stdin : escapeControlCharacters(file))}\n`),
    workersMinBytes: workersMinBytes(io.env),
    pool: () => {
      pool ??= startValidatePool(
        {
          format: options.format,
          lang: options.lang,
          quiet: options.quiet,
          color,
          ...(options.level === undefined ? {} : { level: options.level }),
          ...(options.profile === undefined ? {} : { profile: options.profile }),
          maxLineBytes: options.maxLineBytes,
        },
        poolSize(io.env),
      );
      return pool;
    },
  };
  try {
    for (const input of inputs) {
      summary.files += 1;
      if (input.kind === "unreadable") {
        summary.unreadable += 1;
        reporter.unreadable(input.name, input.reason);
      } else {
        await validateInput(run, input);
      }
      await err.flush();
      if (out.broken) break;
    }
    progress?.stop();
    reporter.end(summary);
    await out.finish();
    await err.flush();
    return exitCodeFor(summary, out.broken);
  } finally {
    progress?.stop();
    out.close();
    err.close();
    await pool?.close();
  }
}
