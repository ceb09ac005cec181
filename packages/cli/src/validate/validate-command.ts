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
import type { InputEncoding } from "./encodings";
import { readInputRecords } from "./input-records";
import { type Input, openInput, resolveInputs } from "./inputs";
import { jsonReporter } from "./json-report";
import { type Progress, shouldShowProgress, startProgress } from "./progress";
import type { InputRecord, RecordLayout } from "./records";
import type { Reporter } from "./reporter";
import { emptySummary, type ValidateSummary } from "./summary";
import { textReporter } from "./text-report";
import { unreadableReason } from "./unreadable";

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
  readonly check: ReturnType<typeof createChecker>;
  readonly progress: Progress | undefined;
  readonly maxLineBytes: number;
  /** `--encoding`, when given. */
  readonly encoding: InputEncoding | undefined;
  /** Warns on stderr that an input held no record. */
  readonly warnEmpty: (file: string) => void;
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

function isOverLimit(record: InputRecord): boolean {
  return (
    !record.parsed.ok && (record.parsed.problem.kind === "line-too-long" || record.parsed.problem.kind === "too-large")
  );
}

async function validateInput(run: Run, input: Exclude<Input, { kind: "unreadable" }>): Promise<void> {
  const { summary, reporter, out } = run;
  const stream = openInput(input, run.io.stdin);
  // Stopping early must not destroy stdin, which belongs to the caller; a file's stream is destroyed below.
  const chunks: AsyncIterable<Buffer | string> = stream.iterator({ destroyOnReturn: false });
  const records = readInputRecords(run.progress === undefined ? chunks : counted(chunks, run.progress), {
    name: input.kind === "file" ? input.name : undefined,
    encoding: run.encoding,
    maxLineBytes: run.maxLineBytes,
  });
  const counts = { records: 0, valid: 0, invalid: 0 };
  let overLimit = 0;
  let layout: RecordLayout | undefined;
  try {
    for (;;) {
      // Only reading can fail with an input error; a failure while validating or reporting is a bug
      // and must not pass for an unreadable file.
      let next: IteratorResult<InputRecord, void>;
      try {
        next = await records.next();
      } catch (error) {
        summary.unreadable += 1;
        reporter.unreadable(input.name, unreadableReason(error));
        return;
      }
      if (next.done === true) break;
      if (isOverLimit(next.value)) overLimit += 1;
      const outcome = run.check(next.value);
      layout = outcome.layout;
      counts.records += 1;
      summary.records += 1;
      if (outcome.ok) {
        counts.valid += 1;
        summary.valid += 1;
      } else {
        counts.invalid += 1;
        summary.invalid += 1;
      }
      for (const issue of outcome.issues) {
        if (issue.severity === "error") summary.errors += 1;
        else if (issue.severity === "warning") summary.warnings += 1;
      }
      reporter.record(input.name, outcome);
      if (out.due) await out.flush();
      if (out.broken) return;
    }
  } finally {
    await records.return();
    if (input.kind === "file") stream.destroy();
  }
  reporter.endFile(input.name, { ...counts, layout });
  // An NDJSON file or JSON array with nothing in it: an export can be empty, but never silently.
  if (counts.records === 0) run.warnEmpty(input.name);
  // Records over the limit are reported one by one; an input that held nothing else could not be read.
  if (overLimit > 0 && overLimit === counts.records) {
    summary.unreadable += 1;
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
  const schema = await import("@tipx/schema");
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
  const locale = await loadCatalogue(options.lang);
  const settings = {
    ...(locale === undefined ? {} : { locale }),
    ...(options.level === undefined ? {} : { level: options.level }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
  };
  const check = createChecker(schema, settings, messages);
  const run: Run = {
    io,
    reporter,
    out,
    summary,
    check,
    progress,
    maxLineBytes: options.maxLineBytes,
    encoding: options.encoding,
    warnEmpty: (file) =>
      err.write(`tipx: ${messages.emptyInput(file === "-" ? messages.stdin : escapeControlCharacters(file))}\n`),
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
  }
}
