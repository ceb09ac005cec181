/**
 * The run shared by `tipx sign`, `encrypt` and `decrypt`: each record of the inputs in, one record out
 * (or its issues on stderr), with the exit codes of `tipx validate`.
 *
 * @module
 */
import type { Issue, Lang } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import type { ExchangeAction } from "../messages/messages";
import { UsageError } from "../usage-error";
import { checkInputNames, visitInputRecords } from "./input-records";
import { notJsonIssue, recordPlace, reworder } from "./record-issues";
import { isAnInput, openRecordOutput } from "./record-output";

/** What became of one record: the record to write, or why there is none. */
export type TransformResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** A run of `tipx sign`, `encrypt` or `decrypt`. */
export interface TransformRun {
  /** What the command does, for the message that counts the records it could not do it to. */
  readonly action: ExchangeAction;
  /** The inputs as named on the command line. */
  readonly names: readonly string[];
  /** `--out`, or `undefined` for standard output. */
  readonly out: string | undefined;
  /** The language of the messages. */
  readonly lang: Lang;
  /** Turns one parsed record into the record to write. It must not throw on any input. */
  readonly transform: (value: unknown) => Promise<TransformResult>;
}

/**
 * Reads every record of the inputs, transforms it, and writes the results in input order. A record that
 * is not JSON, or that the transform refuses, is reported on stderr with its issue codes (never with its
 * content) and left out of the output.
 *
 * @param run - the inputs, the output and the transform.
 * @param io - the run's streams.
 * @returns 0 when every record was written, 1 when one could not be, 3 when an input could not be read
 *   or the output could not be written.
 * @throws {@link UsageError} when `-` is given twice, an input is JSON text, or `--out` is an input.
 */
export async function transformRecords(run: TransformRun, io: CliIo): Promise<ExitCode> {
  const messages = cliMessages(run.lang);
  const m = messages.exchange;
  checkInputNames(run.names, m.inlineInput);
  const shownOut = run.out === undefined ? undefined : escapeControlCharacters(run.out);
  if (run.out !== undefined && shownOut !== undefined && (await isAnInput(run.out, run.names, io.cwd)))
    throw new UsageError(m.outIsInput(shownOut));
  const schema = await import("@tipx/schema");
  const locale = await loadCatalogue(run.lang);
  const reword = reworder(schema, locale);
  const shown = (file: string): string => (file === "-" ? messages.stdin : escapeControlCharacters(file));
  const complain = (line: string): void => {
    io.stderr.write(`tipx: ${line}\n`);
  };

  const opened = await openRecordOutput(run.out, run.names.length === 1, io);
  if (!opened.ok) {
    complain(messages.schema.fileError(shownOut ?? "", "write", opened.error));
    return EXIT_CODES.unreadable;
  }
  const { output } = opened;
  let records = 0;
  let failed = 0;
  let unreadable = 0;
  await visitInputRecords(run.names, io, {
    record: async (file, record) => {
      records += 1;
      const result: TransformResult = record.parsed.ok
        ? await run.transform(record.parsed.value)
        : { ok: false, issues: [notJsonIssue(schema, record.parsed, messages, locale)] };
      if (result.ok) output.write(result.value, record.layout);
      else {
        failed += 1;
        const place = recordPlace(shown(file), record, messages);
        for (const issue of result.issues.map(reword))
          complain(`${place}: ${issue.code}  ${escapeControlCharacters(issue.message)}`);
      }
      if (output.out.due) await output.out.flush();
      return !output.out.broken;
    },
    unreadable: (file, reason) => {
      unreadable += 1;
      complain(messages.unreadable(shown(file), reason));
    },
    endFile: (file, count) => {
      if (count === 0) complain(m.emptyInput(shown(file)));
    },
  });
  if (failed > 0) complain(m.notDone(run.action, failed, records));
  const written = await output.finish();
  if (written.error !== undefined && shownOut !== undefined)
    complain(messages.schema.fileError(shownOut, "write", written.error));
  if (unreadable > 0 || written.broken) return EXIT_CODES.unreadable;
  return failed > 0 ? EXIT_CODES.invalid : EXIT_CODES.ok;
}
