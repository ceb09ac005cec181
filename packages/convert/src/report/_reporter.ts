import {
  type Catalogue,
  type ConversionFormat,
  ISSUES,
  type IssueCode,
  type IssueParams,
  renderMessage,
} from "@tipx/schema";
import { type ConvertOptions, DEFAULT_MAX_CONVERSION_ISSUES } from "./options";
import type { ConversionIssue, ConversionReport } from "./report";

/** Where an issue is: the input's row, column and sheet, and a JSON Pointer into the bundle. */
export interface _Where {
  readonly row?: number;
  readonly column?: string;
  readonly sheet?: string;
  readonly path?: string;
  readonly value?: string;
  readonly count?: number;
}

/**
 * Collects one conversion's report. A converter calls `row()` for every row it reads, then exactly one
 * of `converted()` and `skipped()`, and `carried()` or `notCarried()` (with an issue) for every value.
 */
export interface _Reporter {
  issue<C extends IssueCode>(code: C, params: IssueParams<C>, where?: _Where): void;
  row(): void;
  converted(): void;
  skipped(): void;
  carried(count?: number): void;
  notCarried(count?: number): void;
  /** The report so far (complete once the converter has finished). */
  report(): ConversionReport;
}

/** A reporter for one conversion from `from` to `to`. */
export function _reporter(from: ConversionFormat, to: ConversionFormat, options: ConvertOptions = {}): _Reporter {
  const locale: Catalogue | undefined = options.locale;
  const maxIssues = options.maxIssues ?? DEFAULT_MAX_CONVERSION_ISSUES;
  const issues: ConversionIssue[] = [];
  let omittedIssues = 0;
  let hasError = false;
  const counts = { rows: 0, converted: 0, skipped: 0, values: 0, carried: 0, notCarried: 0 };
  return {
    issue(code, params, where = {}) {
      const severity = ISSUES[code].severity;
      if (severity === "error") hasError = true;
      if (issues.length >= maxIssues) {
        omittedIssues += 1;
        return;
      }
      const { path = "", ...location } = where;
      issues.push({
        code,
        severity,
        path,
        message: renderMessage(code, params, locale),
        params: params as ConversionIssue["params"],
        ...location,
      });
    },
    row() {
      counts.rows += 1;
    },
    converted() {
      counts.converted += 1;
    },
    skipped() {
      counts.skipped += 1;
    },
    carried(count = 1) {
      counts.values += count;
      counts.carried += count;
    },
    notCarried(count = 1) {
      counts.values += count;
      counts.notCarried += count;
    },
    report() {
      return { from, to, ok: !hasError, counts: { ...counts }, issues: [...issues], omittedIssues };
    },
  };
}
