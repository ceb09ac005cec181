import type { Lang } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import type { TemplateForm } from "../convert/convert-choices";
import { openOutputTarget } from "../convert/output-target";
import { convertSummary } from "../convert/summary";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { UsageError } from "../usage-error";

/** The options of `tipx template`, parsed. */
export interface TemplateCommandOptions {
  /** `xlsform` (`--xlsform`): an XLSForm workbook; `xlsx` (`--xlsx`): the Excel intake template. */
  readonly kind: "xlsform" | "xlsx";
  /** The form: the intake form, or a screening checklist (XLSForm only). */
  readonly form: TemplateForm;
  /** The languages of the form's labels (`--lang`): all three when empty; the first for the template. */
  readonly langs: readonly Lang[];
  /** The language of the messages. */
  readonly lang: Lang;
  /** `--out`: the file to write; standard output when absent (never a terminal). */
  readonly out?: string;
}

/**
 * Runs `tipx template`: writes the XLSForm of a form (in the languages asked for, all three by default)
 * or the Excel intake template, to `--out` or to standard output when that is not a terminal.
 *
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when the workbook was written; 2 when it would go to a terminal; 3 when it could not be
 *   written.
 * @throws {@link UsageError} when `--xlsx` is asked for a checklist.
 */
export async function templateCommand(options: TemplateCommandOptions, io: CliIo): Promise<ExitCode> {
  const messages = cliMessages(options.lang);
  if (options.kind === "xlsx" && options.form !== "intake")
    throw new UsageError("--xlsx writes the intake template only; use --xlsform for a checklist");
  if (options.out === undefined && io.isStdoutTTY) {
    io.stderr.write(`tipx: ${messages.convert.binaryToTerminal}\n`);
    return EXIT_CODES.usage;
  }
  const [library, locale] = await Promise.all([import("@tipx/convert"), loadCatalogue(options.lang)]);
  const reportOptions = locale === undefined ? {} : { locale };
  const form = library.getForm(options.form);
  if (form === undefined) throw new UsageError(`there is no form ${options.form}`);
  const made =
    options.kind === "xlsform"
      ? await library.toXlsForm(form, {
          ...reportOptions,
          ...(options.langs.length === 0 ? {} : { langs: options.langs }),
        })
      : await library.writeIntakeTemplate({ ...reportOptions, lang: options.lang });
  const opened = await openOutputTarget(options.out, io);
  const shown = escapeControlCharacters(options.out ?? "");
  if (!opened.ok) {
    io.stderr.write(`tipx: ${messages.schema.fileError(shown, "write", opened.error)}\n`);
    return EXIT_CODES.unreadable;
  }
  await opened.target.bytes(made.value);
  const written = await opened.target.finish();
  if (written.error !== undefined) {
    io.stderr.write(`tipx: ${messages.schema.fileError(shown, "write", written.error)}\n`);
    return EXIT_CODES.unreadable;
  }
  if (written.broken) return EXIT_CODES.unreadable;
  // Texts written in English for want of a translation are reported (TIPX705-like info), never hidden.
  if (made.report.issues.length > 0 || made.report.omittedIssues > 0)
    io.stderr.write(convertSummary(options.out === undefined ? "-" : shown, [made.report], messages, locale));
  if (options.out !== undefined) io.stderr.write(`tipx: ${messages.template.wrote(shown)}\n`);
  return EXIT_CODES.ok;
}
