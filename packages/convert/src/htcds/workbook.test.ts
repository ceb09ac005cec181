import { readFileSync } from "node:fs";
import { Bundle, validate } from "@tipx/schema";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readHtcdsWorkbook } from "./read-workbook";
import { toHtcdsRows } from "./to-rows";
import { writeHtcdsWorkbook } from "./write-workbook";

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/htcds/${name}`, import.meta.url)));
const PLAIN = "HTCDS Excel Spreadsheet v2.0.xlsx";
const VALIDATION = "HTCDS Excel Spreadsheet single select with validation v2.0.xlsx";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.slice().buffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Fills the toolkit's sheet with synthetic rows, by the field names of its hidden first row or its labels. */
async function filled(name: string, rows: readonly Record<string, string | Date>[]): Promise<Uint8Array> {
  const workbook = await load(fixture(name));
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error("no sheet");
  const columns = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, n) => columns.set(String(cell.value), n));
  sheet.getRow(2).eachCell((cell, n) => {
    if (![...columns.values()].includes(n)) columns.set(String(cell.value), n);
  });
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      const n = columns.get(key);
      if (n === undefined) throw new Error(`no column ${key}`);
      sheet.getRow(3 + i).getCell(n).value = value;
    }
  });
  return save(workbook);
}

describe("readHtcdsWorkbook", () => {
  it.each([PLAIN, VALIDATION])("reads the toolkit's %s as agencies fill it", async (name) => {
    const bytes = await filled(name, [
      {
        prs_FirstName: "Somchai",
        prs_SecondName: "Test",
        prs_Birthdate: new Date(Date.UTC(1998, 4, 17)),
        prs_Gender: "Masculine",
        prs_Citizenship: "MM",
        prs_MailingCity: "Mae Sot",
        prs_MailingCountry: "TH",
        // The misspelt field name of column T, and a drop-down label.
        vic_TraffickinStatusDecisionMakingOrg: "Non-police governmental organization",
        vic_TraffickingStatus: "Possible victim of trafficking",
        vic_MethodsOfControl: "Debt bondage ;False promises",
        cas_Status: "Follow up",
        // Column AJ has a label and no field name.
        "Reason for Outgoing Referral": "Other",
      },
      { prs_FirstName: "Malee", prs_Gender: "Femme" },
    ]);
    const { value, report } = await readHtcdsWorkbook(bytes, { createdAt: "2026-01-01T00:00:00Z" });
    expect(report.from).toBe("htcds-workbook");
    expect(validate(value).ok).toBe(true);
    expect(report.counts).toMatchObject({ rows: 2, converted: 2, skipped: 0 });
    const persons = value.entities.filter((e) => e.type === "Person");
    expect(persons[0]).toMatchObject({
      names: { given: "Somchai", family: "Test" },
      birthDate: "1998-05-17",
      citizenships: ["MM"],
      address: { locality: "Mae Sot", country: "TH" },
    });
    const kase = value.entities.find((e) => e.type === "Case");
    expect(kase).toMatchObject({
      status: "FollowUp",
      parties: [
        {
          victim: {
            statusDecidedBy: "NonPoliceGovernmentalOrganization",
            traffickingStatus: "PossibleVictimOfTrafficking",
            methodsOfControl: ["DebtBondage", "FalsePromises"],
          },
        },
      ],
    });
    expect(report.issues.map((i) => [i.code, i.row, i.column, i.sheet])).toEqual(
      expect.arrayContaining([
        // An outgoing referral's reason without the organisation referred to: a Referral needs it.
        ["TIPX712", 3, "cas_ReasonForOutgoingReferral", expect.any(String)],
        ["TIPX702", 4, "prs_Gender", expect.any(String)],
      ]),
    );
    expect(report.counts.values).toBe(report.counts.carried + report.counts.notCarried);
  });

  it("reads an XLSForm export: underscored names, group prefixes, space-separated choices", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("htcds");
    sheet.addRow(["start", "prs_First_Name", "victim/vic_Methods_of_Control", "prs-gender", "_uuid"]);
    sheet.addRow(["2026-01-01", "Kittisak", "PhysicalThreats FalsePromises", "Masculine", "abc"]);
    const { value, report } = await readHtcdsWorkbook(await save(workbook), { createdAt: "2026-01-01T00:00:00Z" });
    expect(validate(value).ok).toBe(true);
    expect(value.entities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "Person", names: { given: "Kittisak" }, gender: "Masculine" }),
      ]),
    );
    const kase = value.entities.find((e) => e.type === "Case");
    expect(kase).toMatchObject({ parties: [{ victim: { methodsOfControl: ["PhysicalThreats", "FalsePromises"] } }] });
    expect(report.issues.filter((i) => i.code === "TIPX701").map((i) => i.column)).toEqual(["_uuid"]);
  });

  it("reads the workbook writeHtcdsWorkbook writes", async () => {
    const example = Bundle.parse(
      JSON.parse(
        readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8"),
      ),
    );
    const written = await writeHtcdsWorkbook(example, { ids: true });
    expect(written.report.to).toBe("htcds-workbook");
    const workbook = await load(written.value);
    expect(workbook.worksheets[0]?.getRow(1).hidden).toBe(true);
    expect(workbook.worksheets[0]?.getRow(2).getCell(3).value).toBe("Salutation");
    const read = await readHtcdsWorkbook(written.value, {
      createdAt: "2026-01-01T00:00:00Z",
      consentGivenOn: "2022-03-30",
    });
    expect(validate(read.value).ok).toBe(true);
    expect(read.report.counts.notCarried).toBe(0);
    const again = toHtcdsRows(read.value, { ids: true }).value;
    expect(again).toEqual(toHtcdsRows(example, { ids: true }).value);
  });

  it("reports a workbook that is not HTCDS, with the columns it expected", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Budget").addRow(["Item", "Amount"]);
    const { value, report } = await readHtcdsWorkbook(await save(workbook));
    expect(value.entities).toEqual([]);
    expect(report.ok).toBe(false);
    expect(report.issues[0]).toMatchObject({ code: "TIPX707", params: { format: "htcds-workbook" } });
    expect((report.issues[0]?.params as { expected?: string[] } | undefined)?.expected).toContain("prs_FirstName");
  });

  const real = fixture(PLAIN);
  const encrypted = new Uint8Array(2048);
  encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  encrypted.set(
    [..."EncryptedPackage"].flatMap((c) => [c.charCodeAt(0), 0]),
    1024,
  );
  it.each([
    ["empty", new Uint8Array(0), {}],
    ["not-a-workbook", new TextEncoder().encode("prs_FirstName,prs_Gender\nSomchai,Masculine\n"), {}],
    ["truncated", real.subarray(0, Math.floor(real.length / 2)), {}],
    ["encrypted", encrypted, {}],
    ["too-large", real, { maxBytes: 1000 }],
  ])("reports a file that is %s (TIPX708) without throwing", async (reason, bytes, options) => {
    const { value, report } = await readHtcdsWorkbook(bytes, options);
    expect(value.entities).toEqual([]);
    expect(report.issues).toEqual([expect.objectContaining({ code: "TIPX708", params: { reason } })]);
  });
});
