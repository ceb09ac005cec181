import type { ConversionReport, ConvertOptions, NumberedRow, TableRow } from "@tipx/convert";
import type { Bundle, Lang } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { type CliMessages, cliMessages } from "../messages/index";
import { readBounded } from "../read-bounded";
import { startProgress } from "../validate/progress";
import { unreadableReason } from "../validate/unreadable";
import type { ConvertFormat } from "./convert-choices";
import { type ConvertPlan, type ConvertPlanOptions, planConversion } from "./convert-plan";
import { type InputBytes, openInputBytes } from "./input-bytes";
import { mergeBundles } from "./merge-bundles";
import { type OutputTarget, openOutputTarget } from "./output-target";
import { readBundles } from "./read-bundles";
import { convertSummary, issueLine } from "./summary";

/** The options of `tipx convert`, parsed. */
export interface ConvertCommandOptions extends ConvertPlanOptions {
  /** The language of the messages and of the report's issue messages. */
  readonly lang: Lang;
}

/**
 * What `tipx convert --report FILE` writes: the report of each stage of the run (reading the input,
 * then converting it), as tipx/convert gives them: counts, and issues with their rows and columns,
 * never a cell's value.
 */
export interface ConvertReportFile {
  /** The version of this file's format. */
  readonly formatVersion: "1";
  /** The input as named on the command line (`-` for standard input). */
  readonly input: string;
  /** The exit code of the run. */
  readonly exitCode: ExitCode;
  /** The report of each stage, in order. */
  readonly reports: readonly ConversionReport[];
}

/** Inputs larger than this get a progress bar on a terminal. */
export const CONVERT_PROGRESS_MIN_BYTES = 1024 * 1024;

/** The largest mapping file read: a mapping is a few kilobytes. */
export const MAX_MAPPING_FILE_BYTES = 4 * 1024 * 1024;

const SHEET_NAMES = { htcds: "HTCDS", ctdc: "CTDC", "ctdc-vp": "CTDC victim-perpetrator" } as const;

type Library = typeof import("@tipx/convert");

/** The columns of rows, in the order they first appear (`first` leading). */
function columnsOf(rows: readonly TableRow[], first: readonly string[] = []): string[] {
  const columns = new Set<string>(first);
  for (const row of rows) for (const column of Object.keys(row)) columns.add(column);
  return [...columns];
}

async function writeRows(
  library: Library,
  target: OutputTarget,
  format: ConvertFormat,
  sheet: string,
  rows: readonly TableRow[],
  columns: readonly string[],
): Promise<void> {
  switch (format) {
    case "csv":
      await target.text(library.toCsv(rows, columns));
      return;
    case "xlsx":
      await target.bytes(await library.writeXlsx([{ name: sheet, columns, rows }]));
      return;
    case "json":
      await target.text(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    case "ndjson":
      for (const line of library.ndjsonLines(rows)) await target.text(line);
      return;
  }
}

/** Writes bundles as NDJSON, or as one JSON array. */
async function writeBundles(
  target: OutputTarget,
  format: ConvertFormat,
  bundles: AsyncIterable<Bundle>,
): Promise<void> {
  const array = format === "json";
  let count = 0;
  if (array) await target.text("[");
  for await (const bundle of bundles) {
    if (target.broken()) break;
    const text = JSON.stringify(bundle);
    await target.text(array ? `${count === 0 ? "\n" : ",\n"}${text}` : `${text}\n`);
    count += 1;
  }
  if (array) await target.text(count === 0 ? "]\n" : "\n]\n");
}

/** The rows of a CSV or XLSX input, and the report of reading them. */
async function readRows(
  library: Library,
  plan: ConvertPlan,
  input: InputBytes,
  onChunk: (bytes: number) => void,
  options: ConvertOptions,
): Promise<{
  readonly rows: AsyncIterable<NumberedRow> | readonly NumberedRow[];
  readonly report: () => ConversionReport;
}> {
  if (plan.input === "xlsx") {
    const read = await library.readXlsxRows(await input.whole(), options);
    return { rows: read.value, report: () => read.report };
  }
  const stream = library.streamCsvRows(input.chunks(onChunk), options);
  return { rows: stream, report: () => stream.report() };
}

/** The exit code the reports and the output give. */
function exitCodeOf(reports: readonly ConversionReport[], outputBroken: boolean): ExitCode {
  if (outputBroken || reports.some((report) => report.issues.some((issue) => issue.code === "TIPX708")))
    return EXIT_CODES.unreadable;
  return reports.every((report) => report.ok) ? EXIT_CODES.ok : EXIT_CODES.invalid;
}

/** Reads and checks `--mapping`; prints its problems and returns `undefined` when it cannot be used. */
async function loadMapping(
  library: Library,
  file: string,
  io: CliIo,
  messages: CliMessages,
  options: ConvertOptions,
): Promise<unknown> {
  const shown = escapeControlCharacters(file);
  let text: string;
  try {
    const { resolve } = await import("node:path");
    text = new TextDecoder().decode(await readBounded(resolve(io.cwd, file), MAX_MAPPING_FILE_BYTES));
  } catch (error) {
    io.stderr.write(`tipx: ${messages.unreadable(shown, unreadableReason(error))}\n`);
    return undefined;
  }
  const parsed = library.parseMapping(text, options);
  if (parsed.ok) return parsed.mapping;
  io.stderr.write(`tipx: ${messages.convert.mappingRejected(shown)}\n`);
  for (const issue of parsed.issues) io.stderr.write(`  ${issueLine(issue, messages)}\n`);
  return undefined;
}

/**
 * Runs `tipx convert`: reads one input (CSV or XLSX rows, an HTCDS toolkit workbook, or tipx bundles
 * as NDJSON or JSON), converts it with tipx/convert, writes the result to standard output or `--out`,
 * and reports what could not be carried on stderr (or as JSON in `--report`).
 *
 * @param input - the input (`-` is standard input).
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when every row converted without an error issue; 1 when a row or a bundle was skipped as
 *   malformed or invalid; 2 when `--mapping` cannot be read or is rejected (before any row is read);
 *   3 when the input cannot be read (TIPX708) or the output cannot be written.
 * @throws {@link UsageError} when the options do not go together.
 */
export async function convertCommand(input: string, options: ConvertCommandOptions, io: CliIo): Promise<ExitCode> {
  const plan = planConversion(input, options);
  const messages = cliMessages(options.lang);
  const [library, locale] = await Promise.all([import("@tipx/convert"), loadCatalogue(options.lang)]);
  const convertOptions: ConvertOptions = locale === undefined ? {} : { locale };
  const shownInput = input === "-" ? messages.stdin : escapeControlCharacters(input);
  const complain = (line: string): void => {
    io.stderr.write(`tipx: ${line}\n`);
  };

  // The mapping is checked before the input is opened: a bad one reads no row.
  let mapping: unknown;
  if (plan.from === "mapped" && options.mapping !== undefined) {
    mapping = await loadMapping(library, options.mapping, io, messages, convertOptions);
    if (mapping === undefined) return EXIT_CODES.usage;
  }
  if (plan.output === "xlsx" && options.out === undefined && io.isStdoutTTY) {
    complain(messages.convert.binaryToTerminal);
    return EXIT_CODES.usage;
  }

  const opened = await openInputBytes(input, io);
  if (!opened.ok) {
    complain(messages.unreadable(shownInput, opened.reason));
    return EXIT_CODES.unreadable;
  }
  const source = opened.input;
  const targetOpened = await openOutputTarget(options.out, io);
  if (!targetOpened.ok) {
    complain(messages.schema.fileError(escapeControlCharacters(options.out ?? ""), "write", targetOpened.error));
    return EXIT_CODES.unreadable;
  }
  const target = targetOpened.target;

  const textInput = plan.input === "csv" || plan.input === "ndjson";
  const progress =
    io.isStderrTTY && textInput && source.size !== undefined && source.size > CONVERT_PROGRESS_MIN_BYTES
      ? await startProgress(io.stderr, source.size, messages.convert.progress)
      : undefined;
  const onChunk = (bytes: number): void => progress?.advance(bytes);

  const reports: (() => ConversionReport)[] = [];
  try {
    if (plan.from === "tipx") {
      const reading = await readBundles(source, plan.input === "json", onChunk, convertOptions);
      reports.push(reading.report);
      if (plan.to === "tipx") await writeBundles(target, plan.output, reading);
      else {
        // CTDC rows are k-anonymised over the whole dataset: the streaming converters hold the flat rows
        // only, never the bundles; HTCDS rows are written from the bundles joined into one.
        let seen = 0;
        async function* counted(): AsyncGenerator<{ readonly row: number; readonly bundle: Bundle }> {
          for await (const item of reading.numbered()) {
            seen += 1;
            yield item;
          }
        }
        const bundle = plan.to === "htcds" ? await mergeBundles(reading) : undefined;
        const converted =
          plan.to === "htcds"
            ? bundle === undefined
              ? undefined
              : library.toHtcdsRows(bundle, convertOptions)
            : plan.to === "ctdc"
              ? await library.streamToCtdcRows(counted(), {
                  ...convertOptions,
                  codebook: plan.codebook,
                  k: plan.k,
                  hxl: options.hxl,
                })
              : await library.streamToCtdcVictimPerpetratorRows(counted(), {
                  ...convertOptions,
                  k: plan.k,
                  hxl: options.hxl,
                });
        if (converted !== undefined && (bundle !== undefined || seen > 0)) {
          reports.push(() => converted.report);
          // The header is written even when k-anonymity left no row.
          const first =
            plan.to === "htcds"
              ? library.HTCDS_COLUMNS
              : library.ctdcColumns(plan.to === "ctdc" ? plan.codebook : "victim-perpetrator");
          const columns = columnsOf(converted.value, first);
          const rows: readonly TableRow[] =
            plan.to === "htcds" && options.hxl ? [library.withHxlRow(columns), ...converted.value] : converted.value;
          await writeRows(library, target, plan.output, SHEET_NAMES[plan.to], rows, columns);
        }
      }
    } else if (plan.from === "htcds-workbook") {
      const read = await library.readHtcdsWorkbook(await source.whole(), convertOptions);
      reports.push(() => read.report);
      await writeBundles(
        target,
        plan.output,
        (async function* () {
          if (read.value.entities.length > 0) yield read.value;
        })(),
      );
    } else {
      const rows = await readRows(library, plan, source, onChunk, convertOptions);
      reports.push(rows.report);
      if (plan.from === "ctdc") {
        const collected: NumberedRow[] = [];
        for await (const row of rows.rows) collected.push(row);
        const converted = library.fromCtdcRows(collected, convertOptions);
        reports.push(() => converted.report);
        await writeBundles(
          target,
          plan.output,
          (async function* () {
            if (converted.value.entities.length > 0) yield converted.value;
          })(),
        );
      } else {
        const stream =
          plan.from === "mapped"
            ? library.streamMappedRows(rows.rows, mapping as Parameters<Library["streamMappedRows"]>[1], convertOptions)
            : library.streamFromHtcdsRows(rows.rows, convertOptions);
        reports.push(() => stream.report());
        await writeBundles(target, plan.output, stream);
      }
    }
  } finally {
    progress?.stop();
  }

  const written = await target.finish();
  if (written.error !== undefined && options.out !== undefined)
    complain(messages.schema.fileError(escapeControlCharacters(options.out), "write", written.error));
  const finished = reports.map((report) => report());
  const exitCode = exitCodeOf(finished, written.broken);
  if (options.report === undefined) {
    io.stderr.write(convertSummary(shownInput, finished, messages, locale));
    return exitCode;
  }
  const file: ConvertReportFile = { formatVersion: "1", input, exitCode, reports: finished };
  const reportTarget = await openOutputTarget(options.report, io);
  if (!reportTarget.ok) {
    complain(messages.schema.fileError(escapeControlCharacters(options.report), "write", reportTarget.error));
    return EXIT_CODES.unreadable;
  }
  await reportTarget.target.text(`${JSON.stringify(file, null, 2)}\n`);
  const reported = await reportTarget.target.finish();
  if (reported.error !== undefined) {
    complain(messages.schema.fileError(escapeControlCharacters(options.report), "write", reported.error));
    return EXIT_CODES.unreadable;
  }
  return exitCode;
}
