/**
 * The readable summary `tipx convert` prints on stderr: for each stage, counts that add up, then each
 * issue as `row N, column C: TIPX7xx message`, up to a limit. Messages come from the library and name
 * columns and fields, never a cell's value; control characters in them are escaped.
 *
 * @module
 */
import type { ConversionIssue, ConversionReport } from "@tipx/convert";
import { type Catalogue, type IssueCode, issueTexts, termText } from "@tipx/schema";
import { escapeControlCharacters } from "../escape";
import type { CliMessages } from "../messages/index";

const SEVERITY_RANK: { readonly [S in ConversionIssue["severity"]]: number } = { error: 0, warning: 1, info: 2 };

/** The most issues the summary lists; `--report FILE` has them all. */
export const SUMMARY_MAX_ISSUES = 20;

/**
 * From how many notes (`info`) of one code a stage's summary gives their total on one line instead of
 * listing them: converting to CTDC leaves a hundred fields behind, which would hide the warnings.
 */
export const SUMMARY_TOTAL_NOTES_FROM = 4;

/**
 * Where an issue is: its row, column and sheet, else its field path.
 *
 * @param issue - the issue.
 * @param messages - the words of the run's language.
 */
export function issuePlace(issue: ConversionIssue, messages: CliMessages): string {
  const m = messages.convert;
  const parts: string[] = [];
  if (issue.sheet !== undefined) parts.push(m.sheet(escapeControlCharacters(issue.sheet)));
  if (issue.row !== undefined) parts.push(m.row(issue.row));
  if (issue.column !== undefined) parts.push(m.column(escapeControlCharacters(issue.column)));
  if (parts.length === 0 && issue.path !== "") parts.push(escapeControlCharacters(issue.path));
  return parts.join(", ");
}

/**
 * One line of an issue: `row 4, column prs_Gender: TIPX702 message`.
 *
 * @param issue - the issue.
 * @param messages - the words of the run's language.
 */
export function issueLine(issue: ConversionIssue, messages: CliMessages): string {
  const place = issuePlace(issue, messages);
  // A column's issue counts the rows it stands for; a field's, the times the field was met.
  const count =
    issue.count === undefined
      ? ""
      : issue.column !== undefined && issue.row === undefined
        ? ` ${messages.convert.rows(issue.count)}`
        : issue.count > 1
          ? ` (${issue.count}×)`
          : "";
  return `${place === "" ? "" : `${place}: `}${issue.code} ${escapeControlCharacters(issue.message)}${count}`;
}

/**
 * The summary of the stages of one run.
 *
 * @param input - the input as it is shown (`<stdin>` for `-`).
 * @param reports - the report of each stage, in order.
 * @param messages - the words of the run's language.
 * @param locale - the catalogue of the run's language (English when absent), for the titles of totalled notes.
 * @returns the text, ending with a line feed.
 */
export function convertSummary(
  input: string,
  reports: readonly ConversionReport[],
  messages: CliMessages,
  locale?: Catalogue,
): string {
  const lines: string[] = [];
  let shown = 0;
  let left = 0;
  for (const report of reports) {
    const { counts } = report;
    lines.push(
      `tipx: ${input}: ${messages.convert.counts({
        from: termText(`conversion-format.${report.from}`, locale),
        to: termText(`conversion-format.${report.to}`, locale),
        ...counts,
      })}`,
    );
    const notes = new Map<IssueCode, number>();
    for (const issue of report.issues)
      if (issue.severity === "info") notes.set(issue.code, (notes.get(issue.code) ?? 0) + 1);
    const totalled = new Set([...notes].filter(([, count]) => count >= SUMMARY_TOTAL_NOTES_FROM).map(([code]) => code));
    // Errors first, then warnings, then notes: what stopped a row matters more than what was rewritten.
    const ordered = report.issues
      .filter((issue) => !(issue.severity === "info" && totalled.has(issue.code)))
      .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    for (const issue of ordered) {
      if (shown < SUMMARY_MAX_ISSUES) {
        lines.push(`  ${issueLine(issue, messages)}`);
        shown += 1;
      } else left += 1;
    }
    for (const code of totalled) {
      const times = report.issues
        .filter((issue) => issue.code === code)
        .reduce((sum, issue) => sum + (issue.count ?? 1), 0);
      lines.push(
        `  ${code} ${escapeControlCharacters(issueTexts(code, locale).title)} ${messages.convert.times(times)}`,
      );
    }
    left += report.omittedIssues;
  }
  if (left > 0) lines.push(`  ${messages.convert.more(left)}`);
  return `${lines.join("\n")}\n`;
}
