import type { ConversionFormat, Issue } from "@tipx/schema";

/**
 * One thing a converter could not carry, or changed, with where it is: an issue of the TIPX7xx family
 * (or a schema issue of a record the converter built), plus the row, column and sheet of the input.
 *
 * @example
 * ```ts
 * import type { ConversionIssue } from "@tipx/convert";
 * const issue: ConversionIssue = {
 *   code: "TIPX702",
 *   severity: "warning",
 *   path: "/entities/0/gender",
 *   message: "A value of “prs_Gender” is not a code of the list “Gender”; it was not carried.",
 *   params: { field: "prs_Gender", list: "htcds.gender" },
 *   row: 2,
 *   column: "prs_Gender",
 *   value: "F",
 * };
 * ```
 */
export interface ConversionIssue extends Issue {
  /**
   * The row of the input, numbered as a spreadsheet program shows it (the header is row 1), or the line
   * of an NDJSON file; absent for an issue about the whole input or about a bundle field.
   */
  readonly row?: number;
  /** The column of the input, as its header names it. */
  readonly column?: string;
  /** The worksheet of a workbook. */
  readonly sheet?: string;
  /**
   * The value that was not carried, for values that are codes (TIPX702) only: free text, names,
   * numbers and dates are never copied into a report.
   */
  readonly value?: string;
  /** How many rows the issue stands for, when it is reported once for many (an unknown column). */
  readonly count?: number;
}

/**
 * What a conversion read and wrote, in counts that add up: `rows = converted + skipped`, and
 * `values = carried + notCarried`.
 */
export interface ConversionCounts {
  /** Rows (or records) read from the input. */
  readonly rows: number;
  /** Rows that gave an output record, fully or in part. */
  readonly converted: number;
  /** Rows that gave nothing: malformed, empty, or suppressed for k-anonymity. */
  readonly skipped: number;
  /** Non-empty values read (cells, or fields of a bundle). */
  readonly values: number;
  /** Values that went into the output, changed or not. */
  readonly carried: number;
  /** Values that did not go into the output; every one is named by an issue. */
  readonly notCarried: number;
}

/**
 * The report of a conversion: what went in and out, and every row, column, field or value that could
 * not be carried, with its location.
 *
 * @example
 * ```ts
 * import type { ConversionReport } from "@tipx/convert";
 * const report: ConversionReport = {
 *   from: "htcds-2.0",
 *   to: "tipx",
 *   ok: true,
 *   counts: { rows: 1, converted: 1, skipped: 0, values: 3, carried: 3, notCarried: 0 },
 *   issues: [],
 *   omittedIssues: 0,
 * };
 * ```
 */
export interface ConversionReport {
  /** The format read. */
  readonly from: ConversionFormat;
  /** The format written. */
  readonly to: ConversionFormat;
  /** `false` when an issue has severity `"error"` (a row skipped, or a file that could not be read). */
  readonly ok: boolean;
  /** The counts, which add up to the input. */
  readonly counts: ConversionCounts;
  /** The issues, in input order, up to `maxIssues`. */
  readonly issues: readonly ConversionIssue[];
  /** How many issues were left out of `issues` because there were more than `maxIssues`. */
  readonly omittedIssues: number;
}

/**
 * The result of every converter: the converted value and the report of what could not be carried.
 *
 * @typeParam T - The converted value: a bundle, rows, a workbook's bytes…
 */
export interface Conversion<T> {
  /** The converted value. */
  readonly value: T;
  /** What was read, what was written, and everything that was not carried. */
  readonly report: ConversionReport;
}
