import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { _SPEC_BY_COLUMN } from "./_column-map";
import { _fieldFromLabel, _fieldFromName, _IGNORED_COLUMNS } from "./_workbook-layout";
import { HTCDS_COLUMNS } from "./columns";
import { readHtcdsWorkbook } from "./read-workbook";

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/htcds/${name}`, import.meta.url)));

describe("the spellings of the toolkit files", () => {
  it.each([
    ["vic_TraffickinStatusDecisionMakingOrg", "vic_TraffickingStatusDecisionMakingOrg"],
    ["prs_First_Name", "prs_FirstName"],
    ["prs_Second_Name", "prs_SecondName"],
    ["vic_Methods_of_Control", "vic_MethodsOfControl"],
    ["prs-gender", "prs_Gender"],
    ["group_victim/vic_TypeOfExploitation", "vic_TypeOfExploitation"],
    ["Remarks", undefined],
  ])("reads the field name %s as %s", (header, field) => {
    expect(_fieldFromName(header)).toBe(field);
  });

  it("matches labels, as a column without a field name needs", () => {
    expect(_fieldFromLabel("Reason for Outgoing Referral")).toBe("cas_ReasonForOutgoingReferral");
    expect(_fieldFromLabel("Mailing Zip/Postal Code")).toBe("prs_MailingPostalCode");
  });

  it("knows every field name of the toolkit's XLSForm", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(fixture("htcds_xlsform.xlsx").slice().buffer);
    const names: string[] = [];
    workbook.getWorksheet("survey")?.eachRow((row, n) => {
      const name = row.getCell(2).value;
      if (n > 1 && typeof name === "string" && !_IGNORED_COLUMNS.has(name)) names.push(name);
    });
    expect(names.length).toBeGreaterThan(25);
    for (const name of names) {
      const field = _fieldFromName(name);
      expect(field, name).toBeDefined();
      expect(HTCDS_COLUMNS.includes(field as never) || _SPEC_BY_COLUMN.has(field ?? ""), name).toBe(true);
    }
  });

  it("reports the XLSForm itself as no HTCDS data (TIPX707)", async () => {
    const { report } = await readHtcdsWorkbook(fixture("htcds_xlsform.xlsx"));
    expect(report.issues.map((i) => i.code)).toEqual(["TIPX707"]);
  });
});
