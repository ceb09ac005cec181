import type { Issue, Lang } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import type { OutputFormat } from "../choices";
import { palette, wantsColor } from "../color";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import type { CliMessages } from "../messages/messages";
import { Output } from "../output";
import type { RecordOutcome } from "../validate/check-record";
import { jsonReporter, type ValidateRecordLine } from "../validate/json-report";
import { reportedRecordId } from "../validate/record-id";
import type { Reporter } from "../validate/reporter";
import { emptySummary } from "../validate/summary";
import { textReporter } from "../validate/text-report";
import { exitCodeFor } from "../validate/validate-command";
import { checkInputNames, visitInputRecords } from "./input-records";
import { notJsonIssue } from "./record-issues";
import { readTrustFile } from "./trust-file";

/** The options of `tipx verify`, parsed. */
export interface VerifyCommandOptions {
  /** The trust list file. */
  readonly trust: string;
  /** `text` for people, `json` for JSON lines. */
  readonly format: OutputFormat;
  /** The language of the messages. */
  readonly lang: Lang;
  /** Print only the records that did not verify. */
  readonly quiet: boolean;
}

/**
 * The organisation whose key made a verified signature, as `tipx verify --format json` adds it to a
 * record line: its `id` and `name` in the trust list (never anything of the bundle).
 */
export interface VerifySigner {
  /** The organisation's id in the trust list, when it has one (the bundle's `sender.organization`). */
  readonly id?: string;
  /** The organisation's name in the trust list. */
  readonly name: string;
}

/** A record line of `tipx verify --format json`: a validate record line, with the signer when it verified. */
export interface VerifyRecordLine extends ValidateRecordLine {
  /** Who signed the bundle, when the signature verified. */
  readonly signer?: VerifySigner;
}

/** The words of the validate report, with `tipx verify`'s verdicts and counts in place of validity. */
function verifyWords(messages: CliMessages): CliMessages {
  const m = messages.exchange;
  return {
    ...messages,
    valid: m.verified,
    invalid: m.notVerified,
    fileCounts: m.verifyCounts,
    summary: m.verifySummary,
  };
}

/** The JSON report of validate, with the signer in each verified record's line. */
function jsonVerifyReporter(
  base: Reporter,
  out: Output,
  quiet: boolean,
): Reporter & { readonly signed: (file: string, outcome: RecordOutcome, signer: VerifySigner | undefined) => void } {
  const signed = (file: string, outcome: RecordOutcome, signer: VerifySigner | undefined): void => {
    if (quiet && outcome.ok) return;
    const line: VerifyRecordLine = {
      file,
      line: outcome.line,
      ...(outcome.index === undefined ? {} : { index: outcome.index }),
      ...(outcome.id === undefined ? {} : { id: outcome.id }),
      ok: outcome.ok,
      ...(signer === undefined ? {} : { signer }),
      issues: outcome.issues.map(({ code, severity, path, message }) => ({ code, severity, path, message })),
    };
    out.write(`${escapeControlCharacters(JSON.stringify(line))}\n`);
  };
  return { ...base, record: (file, outcome) => signed(file, outcome, undefined), signed };
}

/**
 * Runs `tipx verify`: checks the signature of every bundle of the inputs against a trust list with
 * @tipx/exchange's `verifyBundle`, and reports each record as `tipx validate` does: verified, or the
 * TIPX52x code of what failed (a signature that does not match, an unknown key, a key outside its
 * validity period, a signer who is not the sender, an unsafe header, no signature).
 *
 * @param names - the inputs (`-` is stdin, at most once).
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when every record verified, 1 when one did not, 2 when the trust file is not a trust list,
 *   3 when the trust file or an input cannot be read or the report cannot be written.
 * @throws {@link UsageError} when `-` is given twice or an input is JSON text.
 */
export async function verifyCommand(
  names: readonly string[],
  options: VerifyCommandOptions,
  io: CliIo,
): Promise<ExitCode> {
  const messages = cliMessages(options.lang);
  checkInputNames(names, messages.exchange.inlineInput);
  const trusted = await readTrustFile(options.trust, io.cwd);
  if (!trusted.ok) {
    const shown = escapeControlCharacters(options.trust);
    io.stderr.write(`tipx: ${messages.exchange.trustFile(shown, trusted.problem)}\n`);
    return trusted.problem.kind === "unreadable" ? EXIT_CODES.unreadable : EXIT_CODES.usage;
  }
  const [{ verifyBundle }, schema] = await Promise.all([import("@tipx/exchange"), import("@tipx/schema")]);
  const locale = await loadCatalogue(options.lang);
  const out = new Output(io.stdout);
  const err = new Output(io.stderr);
  const words = verifyWords(messages);
  const json =
    options.format === "json"
      ? jsonVerifyReporter(jsonReporter({ out, err, messages: words, quiet: options.quiet }), out, options.quiet)
      : undefined;
  const reporter: Reporter =
    json ??
    textReporter({
      out,
      err,
      colors: palette(wantsColor(io, io.isStdoutTTY, undefined)),
      errColors: palette(wantsColor(io, io.isStderrTTY, undefined)),
      messages: words,
      quiet: options.quiet,
    });
  const summary = emptySummary();
  let counts = { records: 0, valid: 0, invalid: 0 };
  try {
    await visitInputRecords(names, io, {
      record: async (file, record) => {
        let issues: readonly Issue[];
        let signer: VerifySigner | undefined;
        if (record.parsed.ok) {
          const result = await verifyBundle(record.parsed.value, trusted.trust, {
            ...(locale === undefined ? {} : { locale }),
          });
          issues = result.issues;
          if (result.ok && result.signer !== undefined)
            signer = {
              ...(result.signer.id === undefined ? {} : { id: result.signer.id }),
              name: result.signer.name,
            };
        } else issues = [notJsonIssue(schema, record.parsed, messages, locale)];
        const ok = issues.every((issue) => issue.severity !== "error");
        const id = record.parsed.ok ? reportedRecordId(record.parsed.value) : undefined;
        const outcome: RecordOutcome = {
          line: record.line,
          ...(record.index === undefined ? {} : { index: record.index }),
          layout: record.layout,
          ok,
          issues,
          ...(id === undefined ? {} : { id }),
        };
        summary.records += 1;
        counts.records += 1;
        if (ok) {
          summary.valid += 1;
          counts.valid += 1;
        } else {
          summary.invalid += 1;
          counts.invalid += 1;
        }
        for (const issue of issues) {
          if (issue.severity === "error") summary.errors += 1;
          else if (issue.severity === "warning") summary.warnings += 1;
        }
        if (json === undefined) reporter.record(file, outcome);
        else json.signed(file, outcome, signer);
        if (out.due) await out.flush();
        await err.flush();
        return !out.broken;
      },
      unreadable: (file, reason) => {
        summary.files += 1;
        summary.unreadable += 1;
        reporter.unreadable(file, reason);
        counts = { records: 0, valid: 0, invalid: 0 };
      },
      endFile: (file, records, layout) => {
        summary.files += 1;
        reporter.endFile(file, { ...counts, layout });
        if (records === 0)
          err.write(
            `tipx: ${messages.exchange.emptyInput(file === "-" ? messages.stdin : escapeControlCharacters(file))}\n`,
          );
        counts = { records: 0, valid: 0, invalid: 0 };
      },
    });
    reporter.end(summary);
    await out.finish();
    await err.flush();
    return exitCodeFor(summary, out.broken);
  } finally {
    out.close();
    err.close();
  }
}
