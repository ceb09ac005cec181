import { th } from "@tipx/schema/locales/th";
import { describe, expect, it } from "vitest";
import { _reporter } from "./_reporter";

describe("_reporter", () => {
  it("keeps counts that add up and places each issue", () => {
    const reporter = _reporter("htcds-2.0", "tipx");
    reporter.row();
    reporter.converted();
    reporter.carried(3);
    reporter.notCarried();
    reporter.issue(
      "TIPX702",
      { field: "prs_Gender", list: "htcds.gender" },
      { row: 2, column: "prs_Gender", value: "F" },
    );
    reporter.row();
    reporter.skipped();
    reporter.issue("TIPX704", { reason: "column-count" }, { row: 3 });
    const report = reporter.report();
    expect(report.counts).toEqual({ rows: 2, converted: 1, skipped: 1, values: 4, carried: 3, notCarried: 1 });
    expect(report.counts.rows).toBe(report.counts.converted + report.counts.skipped);
    expect(report.counts.values).toBe(report.counts.carried + report.counts.notCarried);
    expect(report.ok).toBe(false);
    expect(
      report.issues.map(({ code, severity, path, row, column, value }) => ({
        code,
        severity,
        path,
        row,
        column,
        value,
      })),
    ).toEqual([
      { code: "TIPX702", severity: "warning", path: "", row: 2, column: "prs_Gender", value: "F" },
      { code: "TIPX704", severity: "error", path: "", row: 3, column: undefined, value: undefined },
    ]);
  });

  it("is ok while no issue is an error", () => {
    const reporter = _reporter("tipx", "ctdc-2024");
    reporter.issue("TIPX705", { field: "Person.names", format: "ctdc-2024" }, { path: "/entities/0/names" });
    expect(reporter.report().ok).toBe(true);
  });

  it("writes messages in the catalogue's language and never the value", () => {
    const reporter = _reporter("htcds-2.0", "tipx", { locale: th });
    reporter.issue("TIPX702", { field: "prs_Gender", list: "htcds.gender" }, { value: "Fem-X" });
    const [issue] = reporter.report().issues;
    expect(issue?.message).toMatch(/[ก-๙]/u);
    expect(issue?.message).not.toContain("Fem-X");
  });

  it("lists at most maxIssues issues and counts the rest, an error among them still failing the report", () => {
    const reporter = _reporter("csv", "tipx", { maxIssues: 2 });
    for (let row = 2; row < 7; row += 1) reporter.issue("TIPX701", { column: `c${row}`, format: "csv" }, { row });
    reporter.issue("TIPX704", { reason: "quotes" }, { row: 7 });
    const report = reporter.report();
    expect(report.issues.map((issue) => issue.row)).toEqual([2, 3]);
    expect(report.omittedIssues).toBe(4);
    expect(report.ok).toBe(false);
  });

  it("returns a snapshot: later calls do not change a report already taken", () => {
    const reporter = _reporter("ndjson", "tipx");
    const before = reporter.report();
    reporter.row();
    reporter.issue("TIPX704", { reason: "not-json" }, { row: 1 });
    expect(before.counts.rows).toBe(0);
    expect(before.issues).toEqual([]);
  });
});
