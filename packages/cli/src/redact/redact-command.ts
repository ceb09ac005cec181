import type { PseudonymizeReport, RedactionReport } from "@tipx/privacy";
import type { Bundle, ConsentPurpose, Issue, Lang } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import { palette, wantsColor } from "../color";
import { escapeControlCharacters } from "../escape";
import { checkInputNames, visitInputRecords } from "../exchange/input-records";
import { recordPlace } from "../exchange/record-issues";
import { isAnInput, openRecordOutput } from "../exchange/record-output";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { Output } from "../output";
import { UsageError } from "../usage-error";
import { createChecker } from "../validate/check-record";
import { textReporter } from "../validate/text-report";
import { loadPseudonymKeyFile } from "./load-pseudonym-key-file";

/** The options of `tipx redact`, parsed. */
export interface RedactCommandOptions {
  /** What the bundles are shared for (`--purpose`). */
  readonly purpose: ConsentPurpose;
  /** The language of the messages. */
  readonly lang: Lang;
  /** `--key-file`: the file holding the pseudonym key; no pseudonymisation when absent. */
  readonly keyFile?: string;
  /** `--out`: the file to write the bundles to; standard output when absent. */
  readonly out?: string;
  /** `--report`: the file to write one {@link RedactReportLine} per bundle to. */
  readonly report?: string;
}

/**
 * One line of `tipx redact --report`: what was done to one bundle, as paths and counts, never a value of
 * the bundle. `line` and `index` place the bundle in its input as `tipx validate --format json` does.
 *
 * @example
 * ```ts
 * import type { RedactReportLine } from "@tipx/cli";
 * const removed = (line: RedactReportLine): number =>
 *   line.redaction.removed.reduce((sum, field) => sum + field.count, 0);
 * ```
 */
export interface RedactReportLine {
  /** The version of this line's format. */
  readonly formatVersion: "1";
  /** The input as named on the command line (`-` for standard input). */
  readonly file: string;
  /** The 1-based line the bundle starts on, in an NDJSON input or a JSON array. */
  readonly line?: number;
  /** The bundle's 0-based position in a JSON array. */
  readonly index?: number;
  /** The purpose the bundle was redacted for. */
  readonly purpose: ConsentPurpose;
  /** What `redact` removed and generalised, by field path. */
  readonly redaction: RedactionReport;
  /** What `pseudonymize` replaced, as counts; absent without `--key-file`. */
  readonly pseudonyms?: PseudonymizeReport;
}

/**
 * Runs `tipx redact`: validates each bundle of the inputs, redacts it for the purpose with @tipx/privacy's
 * `redact`, pseudonymises it with `--key-file`, validates the result, and writes it in input order.
 *
 * @param names - the inputs (`-` is stdin, at most once).
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when every bundle was written; 1 when one was invalid, or did not validate once redacted (a
 *   referral without the victims' consent); 2 when the key file is missing, unreadable, too short or too
 *   large; 3 when an input could not be read or an output could not be written.
 * @throws {@link UsageError} when `-` is given twice, an input or the key file name is JSON text, or
 *   `--out` or `--report` is an input or both name the same file.
 */
export async function redactCommand(
  names: readonly string[],
  options: RedactCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  const messages = cliMessages(options.lang);
  const m = messages.exchange;
  checkInputNames(names, m.inlineInput);
  for (const target of [options.out, options.report])
    if (target !== undefined && (await isAnInput(target, names, io.cwd)))
      throw new UsageError(m.outIsInput(escapeControlCharacters(target)));
  if (options.out !== undefined && options.out === options.report)
    throw new UsageError(m.outIsInput(escapeControlCharacters(options.out)));
  const keyBytes =
    options.keyFile === undefined ? undefined : await loadPseudonymKeyFile(options.keyFile, io, messages);
  if (options.keyFile !== undefined && keyBytes === undefined) return EXIT_CODES.usage;

  const [schema, privacy, locale] = await Promise.all([
    import("@tipx/schema"),
    import("@tipx/privacy"),
    loadCatalogue(options.lang),
  ]);
  // The key is imported once, not extractable; the bytes read are wiped.
  const key = keyBytes === undefined ? undefined : await privacy.importPseudonymKey(keyBytes);
  keyBytes?.fill(0);
  const check = createChecker(schema, locale === undefined ? {} : { locale }, messages);
  const err = new Output(io.stderr);
  const errColors = palette(wantsColor(io, io.isStderrTTY, undefined));
  // Standard output holds the bundles: an invalid bundle is reported on stderr as `tipx validate` reports it.
  const invalid = textReporter({ out: err, err, colors: errColors, errColors, messages, quiet: true });
  const shown = (file: string): string => (file === "-" ? messages.stdin : escapeControlCharacters(file));
  const complain = (line: string): void => err.write(`tipx: ${line}\n`);

  const opened = await openRecordOutput(options.out, names.length === 1, io);
  if (!opened.ok) {
    complain(messages.schema.fileError(escapeControlCharacters(options.out ?? ""), "write", opened.error));
    return EXIT_CODES.unreadable;
  }
  const { output } = opened;
  const reportOpened = options.report === undefined ? undefined : await openRecordOutput(options.report, false, io);
  if (reportOpened !== undefined && !reportOpened.ok) {
    await output.finish();
    complain(messages.schema.fileError(escapeControlCharacters(options.report ?? ""), "write", reportOpened.error));
    return EXIT_CODES.unreadable;
  }
  const report = reportOpened?.output;

  /** The errors of the redacted (and pseudonymised) bundle. */
  const errorsOf = (bundle: Bundle): Issue[] =>
    schema
      .validate(bundle, locale === undefined ? {} : { locale })
      .issues.filter((issue) => issue.severity === "error");

  let records = 0;
  let failed = 0;
  let unreadable = 0;
  try {
    await visitInputRecords(names, io, {
      record: async (file, record) => {
        records += 1;
        const outcome = check(record);
        if (!outcome.ok || !record.parsed.ok) {
          failed += 1;
          invalid.record(file, outcome);
          invalid.endFile(file, { records: 0, valid: 0, invalid: 0, layout: undefined });
          await err.flush();
          return !output.out.broken;
        }
        // Validated: the record is a bundle of the tipx model.
        const redacted = privacy.redact(record.parsed.value as Bundle, options.purpose);
        const pseudonymised = key === undefined ? undefined : await privacy.pseudonymize(redacted.bundle, { key });
        const bundle = pseudonymised?.bundle ?? redacted.bundle;
        // A bundle valid for case management can be invalid for a referral (a victim without consent,
        // TIPX504): it is reported with its issue codes, never its content, and not written.
        const errors = errorsOf(bundle);
        if (errors.length > 0) {
          failed += 1;
          const place = recordPlace(shown(file), record, messages);
          for (const issue of errors)
            complain(
              `${place}: ${issue.code}  ${escapeControlCharacters(issue.path)}  ${escapeControlCharacters(issue.message)}`,
            );
          await err.flush();
          return !output.out.broken;
        }
        output.write(bundle, record.layout);
        if (report !== undefined) {
          const line: RedactReportLine = {
            formatVersion: "1",
            file,
            ...(record.layout === "document" ? {} : { line: record.line }),
            ...(record.index === undefined ? {} : { index: record.index }),
            purpose: options.purpose,
            redaction: redacted.report,
            ...(pseudonymised === undefined ? {} : { pseudonyms: pseudonymised.report }),
          };
          report.write(line, "lines");
          if (report.out.due) await report.out.flush();
        }
        if (output.out.due) await output.out.flush();
        return !output.out.broken;
      },
      unreadable: (file, reason) => {
        unreadable += 1;
        invalid.unreadable(file, reason);
      },
      endFile: (file, count) => {
        if (count === 0) complain(m.emptyInput(shown(file)));
      },
    });
    if (failed > 0) complain(messages.redact.notDone(failed, records));
    const written = await output.finish();
    if (written.error !== undefined && options.out !== undefined)
      complain(messages.schema.fileError(escapeControlCharacters(options.out), "write", written.error));
    const reported = report === undefined ? undefined : await report.finish();
    if (reported?.error !== undefined && options.report !== undefined)
      complain(messages.schema.fileError(escapeControlCharacters(options.report), "write", reported.error));
    await err.finish();
    if (unreadable > 0 || written.broken || reported?.broken === true) return EXIT_CODES.unreadable;
    return failed > 0 ? EXIT_CODES.invalid : EXIT_CODES.ok;
  } finally {
    err.close();
  }
}
