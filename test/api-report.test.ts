import { describe, expect, it } from "vitest";
import { apiReports, staleReports } from "../scripts/api-report";

describe("API reports", () => {
  const reports = apiReports();

  it("cover every package with a @tipx/source entry", () => {
    expect(reports.map((report) => report.name)).toEqual([
      "@tipx/cli",
      "@tipx/convert",
      "@tipx/exchange",
      "@tipx/indicators",
      "@tipx/privacy",
      "@tipx/schema",
    ]);
  });

  it("are up to date (run `pnpm run api-report` and review the diff)", () => {
    const stale = staleReports(reports).map(
      ({ report, diff }) => `${report.name} (${report.file}):\n${diff.join("\n")}`,
    );
    expect(stale).toEqual([]);
  });
});
