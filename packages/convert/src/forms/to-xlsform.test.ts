import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checklistForm } from "./checklist-form";
import { intakeForm } from "./intake";
import { toXlsForm } from "./to-xlsform";
import { xlsFormSheets } from "./xlsform-sheets";

/** Reads a workbook's sheets back as rows of text. */
async function readBack(bytes: Uint8Array): Promise<Map<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const sheets = new Map<string, string[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const width = sheet.columnCount;
      rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).text));
    });
    sheets.set(sheet.name, rows);
  }
  return sheets;
}

/** The DOS dates of every local file header of a zip archive. */
function zipDates(bytes: Uint8Array): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const dates: number[] = [];
  for (let i = 0; i + 30 <= bytes.length; i++) {
    if (view.getUint32(i, true) === 0x04034b50) dates.push(view.getUint16(i + 12, true));
  }
  return dates;
}

describe("toXlsForm", () => {
  it.each([
    ["intake", intakeForm()],
    ["ilo-fl-2012", checklistForm("ilo-fl-2012")],
  ] as const)("writes the %s rows that xlsFormSheets lays out", async (_, form) => {
    const { value } = await toXlsForm(form, { langs: ["en", "th", "es"] });
    const sheets = xlsFormSheets(form, { langs: ["en", "th", "es"] });
    const read = await readBack(value);
    expect([...read.keys()]).toEqual(["survey", "choices", "settings"]);
    expect(read.get("survey")).toEqual(sheets.survey);
    expect(read.get("choices")).toEqual(sheets.choices);
    expect(read.get("settings")).toEqual(sheets.settings);
  });

  it("counts one row per question and choice, and values that add up", async () => {
    const form = checklistForm("palermo");
    const { report } = await toXlsForm(form);
    const choices = form.choiceLists.reduce((n, l) => n + l.choices.length, 0);
    expect(report.counts.rows).toBe(form.questions.length + choices);
    expect(report.counts.rows).toBe(report.counts.converted + report.counts.skipped);
    expect(report.counts.values).toBe(report.counts.carried + report.counts.notCarried);
    expect(report).toMatchObject({ from: "tipx", to: "xlsform", ok: true, issues: [] });
  });

  it("gives the same bytes on every run, every zip entry dated 1980-01-01", async () => {
    const first = await toXlsForm(intakeForm());
    const second = await toXlsForm(intakeForm());
    expect(second.value).toEqual(first.value);
    const dates = zipDates(first.value);
    expect(dates.length).toBeGreaterThan(3);
    expect(new Set(dates)).toEqual(new Set([(1 << 5) | 1]));
  });

  it("lists the intake form's title as the one text that falls back to English", async () => {
    const { fallbacks } = await toXlsForm(intakeForm(), { langs: ["th", "en"] });
    expect(fallbacks).toEqual([{ lang: "th", sheet: "settings", name: "form_title", column: "form_title" }]);
  });
});
