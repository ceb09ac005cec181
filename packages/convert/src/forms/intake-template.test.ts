import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { intakeForm } from "./intake";
import { writeIntakeTemplate } from "./intake-template";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("writeIntakeTemplate", () => {
  const form = intakeForm();

  it("writes the question names in a hidden first row and Thai labels in the frozen second", async () => {
    const { value, fallbacks, report } = await writeIntakeTemplate({ lang: "th", rows: 20 });
    const sheet = (await load(value)).getWorksheet("intake");
    const names = form.questions.map((_, i) => sheet?.getRow(1).getCell(i + 1).text);
    const labels = form.questions.map((_, i) => sheet?.getRow(2).getCell(i + 1).text);
    expect(names).toEqual(form.questions.map((q) => q.name));
    expect(labels).toEqual(form.questions.map((q) => q.label.th));
    expect(sheet?.getRow(1).hidden).toBe(true);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(fallbacks).toEqual([]);
    expect(report.counts).toMatchObject({ rows: form.questions.length, converted: form.questions.length });
  });

  it("offers each choice list as a drop-down from the hidden lists sheet, codes beside labels", async () => {
    const { value } = await writeIntakeTemplate({ lang: "es", rows: 20 });
    const workbook = await load(value);
    const lists = workbook.getWorksheet("lists");
    expect(lists?.state).toBe("hidden");
    const gender = form.questions.findIndex((q) => q.name === "person_gender") + 1;
    const validation = workbook.getWorksheet("intake")?.getRow(3).getCell(gender).dataValidation;
    expect(validation).toMatchObject({ type: "list" });
    const [range = ""] = (validation?.formulae ?? []) as string[];
    expect(range).toMatch(/^lists!/);
    const column = range.match(/^lists!\$([A-Z]+)\$2:/)?.[1] ?? "";
    const list = form.choiceLists.find((l) => l.name === "htcds_gender");
    expect(lists?.getCell(`${column}1`).text).toBe("htcds_gender");
    expect(lists?.getCell(`${column}2`).text).toBe(list?.choices[0]?.label.es);
    // The range ends at the list's last label, and the codes sit in the next column.
    const choices = list?.choices ?? [];
    expect(range).toBe(`lists!$${column}$2:$${column}$${choices.length + 1}`);
    const codes = choices.map((_, i) => lists?.getRow(i + 2).getCell(lists.getColumn(column).number + 1).text);
    expect(codes).toEqual(choices.map((c) => c.name));
  });

  it("formats date columns and bounds number columns", async () => {
    const { value } = await writeIntakeTemplate({ rows: 5 });
    const sheet = (await load(value)).getWorksheet("intake");
    const at = (name: string) => form.questions.findIndex((q) => q.name === name) + 1;
    expect(sheet?.getColumn(at("person_birthDate")).numFmt).toBe("yyyy-mm-dd");
    expect(sheet?.getRow(3).getCell(at("person_numberOfChildren")).dataValidation).toMatchObject({
      type: "whole",
      formulae: [0, 50],
    });
  });

  it("gives the same bytes on every run", async () => {
    const first = await writeIntakeTemplate({ lang: "th", rows: 10 });
    const second = await writeIntakeTemplate({ lang: "th", rows: 10 });
    expect(second.value).toEqual(first.value);
  });
});
