import type { Issue, Severity } from "@tipx/schema";
import type { Palette } from "../color";
import { escapeControlCharacters } from "../escape";
import type { CliMessages } from "../messages/messages";
import type { Output } from "../output";
import type { RecordOutcome } from "./check-record";
import type { Reporter } from "./reporter";

/** What the text report needs. */
export interface TextReportSettings {
  /** Where the report goes (stdout). */
  readonly out: Output;
  /** Where unreadable inputs are reported (stderr). */
  readonly err: Output;
  /** Colours for stdout (no-ops when colour is off). */
  readonly colors: Palette;
  /** Colours for stderr. */
  readonly errColors: Palette;
  /** The CLI's words in the run's language. */
  readonly messages: CliMessages;
  /** Print only invalid records, no per-file counts and no summary. */
  readonly quiet: boolean;
}

const SEVERITY_WIDTH = "warning".length;

/** What {@link textRecordLines} needs: the colours, the words and whether valid records are left out. */
export type TextRecordSettings = Pick<TextReportSettings, "colors" | "messages" | "quiet">;

/**
 * Creates the renderer of one record of an NDJSON file or a JSON array in the text report: one line per
 * issue, with the record's line (and index); nothing for a record without issues. The file's heading is
 * not part of it. Worker threads render their records with it, so the text is the same wherever a record
 * was validated.
 *
 * @param settings - the colours, the words and `quiet`.
 * @returns the renderer: the lines of an outcome whose layout is not `"document"`, or `""`.
 */
export function textRecordLines(settings: TextRecordSettings): (outcome: RecordOutcome) => string {
  const { colors: c, messages: m, quiet } = settings;
  const severity = (value: Severity): string => {
    const padded = value.padEnd(SEVERITY_WIDTH);
    return value === "error" ? c.red(padded) : value === "warning" ? c.yellow(padded) : c.blue(padded);
  };
  return (outcome) => {
    if ((quiet && outcome.ok) || outcome.issues.length === 0) return "";
    // An element of a JSON array is `[index]` (the file is named above it), then its line.
    const where = outcome.index === undefined ? m.line(outcome.line) : `[${outcome.index}] ${m.line(outcome.line)}`;
    const prefix = `${c.dim(where)}  `;
    let text = "";
    for (const issue of outcome.issues) text += _issueLine(c, m, severity, prefix, issue);
    return text;
  };
}

// Names, paths and messages come from the data (keys) or the command line (file names): every one
// goes through escapeControlCharacters, so no text from outside can move the cursor or forge a line.
function _issueLine(
  c: Palette,
  m: CliMessages,
  severity: (value: Severity) => string,
  prefix: string,
  issue: Issue,
): string {
  const path = issue.path === "" ? m.root : escapeControlCharacters(issue.path);
  const message = escapeControlCharacters(issue.message);
  return `  ${prefix}${severity(issue.severity)}  ${c.bold(issue.code)}  ${c.cyan(path)}  ${message}\n`;
}

/**
 * Creates the report for people: one block per input, headed by the file name; a JSON file gets its
 * verdict next to its name, an NDJSON file one line per issue with the record's line number and its
 * counts at the end; then a one-line summary.
 *
 * ```text
 * bundle.json  invalid
 *   error    TIPX402  /entities/1/owner  Case owner: no Organization with this id in the bundle.
 * cases.ndjson
 *   line 3  error    TIPX101  (root)  The text is not valid JSON: unexpected end of input.
 *   3 records: 2 valid, 1 invalid
 * ```
 */
export function textReporter(settings: TextReportSettings): Reporter {
  const { out, err, colors: c, errColors, messages: m, quiet } = settings;
  let headed: string | undefined;
  const recordLines = textRecordLines(settings);

  const displayName = (file: string): string => (file === "-" ? m.stdin : escapeControlCharacters(file));
  const severity = (value: Severity): string => {
    const padded = value.padEnd(SEVERITY_WIDTH);
    return value === "error" ? c.red(padded) : value === "warning" ? c.yellow(padded) : c.blue(padded);
  };
  const head = (file: string, verdict?: string): void => {
    if (headed === file && verdict === undefined) return;
    headed = file;
    out.write(`${c.bold(displayName(file))}${verdict === undefined ? "" : `  ${verdict}`}\n`);
  };
  const rendered = (file: string, text: string): void => {
    if (text === "") return;
    head(file);
    out.write(text);
  };

  return {
    record: (file, outcome) => {
      if (quiet && outcome.ok) return;
      if (outcome.layout === "document") {
        head(file, outcome.ok ? c.green(m.valid) : c.red(m.invalid));
        for (const issue of outcome.issues) out.write(_issueLine(c, m, severity, "", issue));
        return;
      }
      rendered(file, recordLines(outcome));
    },
    rendered,
    endFile: (file, counts) => {
      if (!quiet && counts.layout !== "document") {
        head(file);
        out.write(`  ${c.dim(m.fileCounts(counts))}\n`);
      }
      headed = undefined;
    },
    unreadable: (file, reason) => {
      headed = undefined;
      err.write(`${errColors.red("tipx:")} ${m.unreadable(displayName(file), reason)}\n`);
    },
    end: (summary) => {
      if (quiet) return;
      const text = m.summary(summary);
      out.write(`\n${summary.invalid > 0 || summary.unreadable > 0 ? c.red(text) : c.green(text)}\n`);
    },
  };
}
