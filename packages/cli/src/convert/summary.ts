/**
 * The readable summary `tipx convert` prints on stderr: for each stage, counts that add up, then each
 * issue as `row N, column C: TIPX7xx message`, up to a limit. Messages come from the library and name
 * columns and fields, never a cell's value; control characters in them are escaped.
 *
 * @module
 */
import type { ConversionIssue, ConversionReport } from "@tipx/convert";
import { CONVERSION_FORMAT_NAMES } from "@tipx/schema";
import { escapeControlCharacters } from "../escape";
import type { CliMessages } from "../messages/index";

const SEVERITY_RANK: { readonly [S in ConversionIssue["severity"]]: number } = { error: 0, warning: 1, info: 2 };

/** The most issues the summary lists; `--report FILE` has them all. */
export const SUMMARY_MAX_ISSUES = 20;

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
 * @returns the text, ending with a line feed.
 */
export function convertSummary(input: string, reports: readonly ConversionReport[], messages: CliMessages): string {
  const lines: string[] = [];
  let shown = 0;
  let left = 0;
  for (const report of reports) {
    const { counts } = report;
    lines.push(
      `tipx: ${input}: ${messages.convert.counts({
        from: CONVERSION_FORMAT_NAMES[report.from],
        to: CONVERSION_FORMAT_NAMES[report.to],
        ...counts,
      })}`,
    );
    // Errors first, then warnings, then notes: what stopped a row matters more than what was rewritten.
    const ordered = [...report.issues].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
    for (const issue of ordered) {
      if (shown < SUMMARY_MAX_ISSUES) {
        lines.push(`  ${issueLine(issue, messages)}`);
        shown += 1;
      } else left += 1;
    }
    left += report.omittedIssues;
  }
  if (left > 0) lines.push(`  ${messages.convert.more(left)}`);
  return `${lines.join("\n")}\n`;
}
