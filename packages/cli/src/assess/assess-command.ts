import type { InstrumentId } from "@tipx/indicators";
import type { Bundle, Lang, ProfileCode } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import type { OutputFormat } from "../choices";
import { palette, wantsColor } from "../color";
import { escapeControlCharacters } from "../escape";
import { checkInputNames, visitInputRecords } from "../exchange/input-records";
import { openRecordOutput, type RecordOutput } from "../exchange/record-output";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { Output } from "../output";
import { createChecker } from "../validate/check-record";
import { jsonReporter } from "../validate/json-report";
import type { RecordLayout } from "../validate/records";
import type { Reporter } from "../validate/reporter";
import { textReporter } from "../validate/text-report";
import { type OutputTarget, planOutput } from "./assess-output";
import { type AssessReporter, jsonAssessReporter, textAssessReporter } from "./assess-report";
import { loadIndicatorCatalogue } from "./indicator-catalogue";
import { createLabels } from "./labels";
import { emptyAssessSummary } from "./summary";

/** The options of `tipx assess`, parsed. */
export interface AssessCommandOptions {
  /** The instrument to run (`--instrument`). */
  readonly instrument: InstrumentId;
  /** The country whose law and ages apply; each bundle's own profile when absent. */
  readonly profile?: ProfileCode;
  /** `text` for people, `json` for JSON lines. */
  readonly format: OutputFormat;
  /** The language of the messages and the explanations. */
  readonly lang: Lang;
  /** `--out`: the folder or file to write the assessed bundles to. */
  readonly out?: string;
}

/** The file of the input being read, while its assessed bundles are written to it. */
interface OpenTarget {
  readonly input: string;
  readonly target: OutputTarget;
  /** Opened at the first bundle to write, so that an input with none leaves no file. */
  output: RecordOutput | undefined;
  /** The file could not be opened: its bundles are not written. */
  failed: boolean;
  /** The Assessment entities written to it. */
  added: number;
}

/**
 * Runs `tipx assess`: validates each bundle of the inputs, screens the victims and presumed victims of
 * its cases with @tipx/indicators' `assessBundle`, and reports each person's result by id. With `--out`,
 * writes each bundle back with its Assessment entities (`withAssessments`).
 *
 * @param names - the inputs (`-` is stdin, at most once).
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when every bundle was assessed (whatever the classifications), 1 when one was invalid, 3
 *   when an input could not be read, or the report or an `--out` file could not be written.
 * @throws {@link UsageError} when `-` is given twice, an input is JSON text, or `--out` would replace an
 *   input or cannot name a file for each input.
 */
export async function assessCommand(
  names: readonly string[],
  options: AssessCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  const messages = cliMessages(options.lang);
  checkInputNames(names, messages.exchange.inlineInput);
  const plan = options.out === undefined ? undefined : await planOutput(options.out, names, io, messages);
  if (plan !== undefined && !plan.ok) {
    io.stderr.write(`tipx: ${escapeControlCharacters(messages.schema.cannotWrite(plan.folder, plan.problem))}\n`);
    return EXIT_CODES.unreadable;
  }
  const [schema, indicators, locale, indicatorLocale] = await Promise.all([
    import("@tipx/schema"),
    import("@tipx/indicators"),
    loadCatalogue(options.lang),
    loadIndicatorCatalogue(options.lang),
  ]);
  const check = createChecker(schema, locale === undefined ? {} : { locale }, messages);
  const out = new Output(io.stdout);
  const err = new Output(io.stderr);
  const colors = palette(wantsColor(io, io.isStdoutTTY, undefined));
  const labels = createLabels(indicators, indicatorLocale);
  // An invalid bundle, and an input that cannot be read, are reported as `tipx validate` reports them.
  const invalid: Reporter =
    options.format === "json"
      ? jsonReporter({ out, err, messages, quiet: true })
      : textReporter({
          out,
          err,
          colors,
          errColors: palette(wantsColor(io, io.isStderrTTY, undefined)),
          messages,
          quiet: true,
        });
  const reporter: AssessReporter =
    options.format === "json"
      ? jsonAssessReporter({ out, messages, labels })
      : textAssessReporter({ out, messages, labels, colors });
  const summary = emptyAssessSummary();
  const shown = (file: string): string => (file === "-" ? messages.stdin : escapeControlCharacters(file));
  let unwritable = false;
  let writing: OpenTarget | undefined;

  /** The bundle with its Assessment entities, which must validate as the one read did: anything else is a bug. */
  const assessedBundle = (bundle: Bundle, results: Parameters<typeof indicators.withAssessments>[1]): Bundle => {
    const assessed = indicators.withAssessments(bundle, results);
    const recheck = schema.validate(assessed);
    if (recheck.ok) return assessed;
    const codes = recheck.issues.filter((issue) => issue.severity === "error").map((issue) => issue.code);
    throw new Error(`withAssessments made a bundle that does not validate (${codes.join(", ")})`);
  };
  const write = async (input: string, bundle: unknown, layout: RecordLayout, added: number): Promise<void> => {
    const target = plan?.ok === true ? plan.targets.get(input) : undefined;
    if (target === undefined) return;
    writing ??= { input, target, output: undefined, failed: false, added: 0 };
    if (writing.failed) return;
    if (writing.output === undefined) {
      const opened = await openRecordOutput(target.path, true, io);
      if (!opened.ok) {
        writing.failed = true;
        unwritable = true;
        err.write(`tipx: ${messages.schema.fileError(target.shown, "write", opened.error)}\n`);
        return;
      }
      writing.output = opened.output;
    }
    writing.output.write(bundle, layout);
    writing.added += added;
    if (writing.output.out.due) await writing.output.out.flush();
  };
  const closeOutput = async (input: string): Promise<void> => {
    if (writing?.input !== input) return;
    const { output, target, added } = writing;
    writing = undefined;
    if (output === undefined) return;
    const finished = await output.finish();
    if (!finished.broken) reporter.wrote(target.shown, added);
    else {
      unwritable = true;
      if (finished.error !== undefined)
        err.write(`tipx: ${messages.schema.fileError(target.shown, "write", finished.error)}\n`);
    }
  };

  try {
    await visitInputRecords(names, io, {
      record: async (file, record) => {
        // The previous input's file is complete once a record of the next one is read.
        if (writing !== undefined && writing.input !== file) await closeOutput(writing.input);
        summary.records += 1;
        const outcome = check(record);
        if (!outcome.ok || !record.parsed.ok) {
          summary.invalid += 1;
          invalid.record(file, outcome);
          // The validate text report heads an NDJSON file's issues with its name once; ending the "file"
          // here heads the next invalid record again, after the persons printed in between.
          invalid.endFile(file, { records: 0, valid: 0, invalid: 0, layout: undefined });
        } else {
          // Validated: the record is a bundle of the tipx model.
          const bundle = record.parsed.value as Bundle;
          // Without --profile, assessBundle applies the bundle's own profile.
          const results = indicators.assessBundle(bundle, {
            instrument: options.instrument,
            ...(options.profile === undefined ? {} : { profile: options.profile }),
            ...(indicatorLocale === undefined ? {} : { locale: indicatorLocale }),
          });
          summary.assessed += 1;
          for (const { person, case: caseId, outcome: result } of results) {
            summary.persons += 1;
            if (result.classification === "indicated") summary.indicated += 1;
            else if (result.classification === "not-indicated") summary.notIndicated += 1;
            else summary.inconclusive += 1;
            reporter.person(file, record, { person, case: caseId }, result);
          }
          if (results.length === 0) reporter.noPerson(file, record);
          // A bundle with no one to assess is written as it was read (withAssessments drops a signature).
          if (plan !== undefined)
            await write(
              file,
              results.length === 0 ? bundle : assessedBundle(bundle, results),
              record.layout,
              results.length,
            );
        }
        if (out.due) await out.flush();
        await err.flush();
        return !out.broken;
      },
      unreadable: (file, reason) => {
        summary.files += 1;
        summary.unreadable += 1;
        invalid.unreadable(file, reason);
      },
      endFile: (file, records) => {
        summary.files += 1;
        if (records === 0) err.write(`tipx: ${messages.exchange.emptyInput(shown(file))}\n`);
      },
    });
    // The last input's file (or that of an input that stopped being readable part way, with the
    // bundles read before).
    if (writing !== undefined) await closeOutput(writing.input);
    reporter.end(summary);
    await out.finish();
    await err.flush();
    if (summary.unreadable > 0 || out.broken || unwritable) return EXIT_CODES.unreadable;
    return summary.invalid > 0 ? EXIT_CODES.invalid : EXIT_CODES.ok;
  } finally {
    out.close();
    err.close();
  }
}
