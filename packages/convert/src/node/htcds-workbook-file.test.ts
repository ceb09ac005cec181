import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readHtcdsWorkbookFile } from "./htcds-workbook-file";

const TOOLKIT = fileURLToPath(new URL("../../test/fixtures/htcds/HTCDS Excel Spreadsheet v2.0.xlsx", import.meta.url));

describe("readHtcdsWorkbookFile", () => {
  it("reads the toolkit's empty workbook: no rows, no issues", async () => {
    const { value, report } = await readHtcdsWorkbookFile(TOOLKIT, { createdAt: "2026-01-01T00:00:00Z" });
    expect(value.entities).toEqual([]);
    expect(report.counts.rows).toBe(0);
    expect(report.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });

  it("reports a file over the limit without reading it (TIPX708)", async () => {
    const { value, report } = await readHtcdsWorkbookFile(TOOLKIT, { maxBytes: 100 });
    expect(value.entities).toEqual([]);
    expect(report.issues).toEqual([expect.objectContaining({ code: "TIPX708", params: { reason: "too-large" } })]);
  });
});
