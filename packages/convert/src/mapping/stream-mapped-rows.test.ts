import { type Bundle, validate } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import type { NumberedRow } from "../table/index";
import type { ColumnMapping } from "./mapping";
import { fromMappedRows, streamMappedRows } from "./stream-mapped-rows";

let counter = 0;
const newId = (): string => `00000000-0000-4000-8000-${String(++counter).padStart(12, "0")}`;
const options = { newId, createdAt: "2024-06-01T09:00:00Z" };
const sender = { name: "Shelter" };

describe("streamMappedRows", () => {
  it("reads no row of a mapping with a problem, and reports it", async () => {
    let read = 0;
    async function* rows(): AsyncGenerator<NumberedRow> {
      read += 1;
      yield { row: 2, cells: { A: "x" } };
    }
    const mapping = { sheet: { sender }, columns: { A: { field: "Person.sex" } } } as unknown as ColumnMapping;
    const stream = streamMappedRows(rows(), mapping, options);
    const bundles: Bundle[] = [];
    for await (const bundle of stream) bundles.push(bundle);
    expect([bundles.length, read]).toEqual([0, 0]);
    expect(stream.report().issues.map((i) => [i.code, i.path])).toEqual([["TIPX710", "/columns/A/field"]]);
    expect(stream.report().ok).toBe(false);
  });

  it("groups adjacent rows by case number, keeps the first of conflicting case values", async () => {
    const mapping: ColumnMapping = {
      sheet: { sender, dateFormat: "DD/MM/YYYY" },
      records: { caseId: "Caso", system: "org.example/casos" },
      columns: { Nombre: { field: "Person.names.given" }, Ingreso: { field: "Case.openedOn" } },
    };
    const rows = [
      { Caso: "A-1", Nombre: "Ana Prueba", Ingreso: "01/02/2024" },
      { Caso: "A-1", Nombre: "Eva Prueba", Ingreso: "03/02/2024" },
      { Caso: "", Nombre: "", Ingreso: "" },
      { Caso: "B-2", Nombre: "Ada Prueba", Ingreso: "" },
    ];
    const { value, report } = await fromMappedRows(rows, mapping, options);
    expect(value.entities.map((e) => e.type)).toEqual(["Case", "Person", "Person", "Case", "Person"]);
    expect(value.entities[0]).toMatchObject({ openedOn: "2024-02-01", identifiers: [{ value: "A-1" }] });
    expect(report.issues.map((i) => [i.code, i.row, i.column, i.path])).toEqual([
      ["TIPX711", 3, "Ingreso", "/entities/0/openedOn"],
    ]);
    expect(report.counts).toEqual({ rows: 4, converted: 3, skipped: 1, values: 8, carried: 7, notCarried: 1 });
    expect(validate(value).ok).toBe(true);
  });

  it("takes numbered rows as they are, with their sheet", async () => {
    const mapping: ColumnMapping = {
      sheet: { sender },
      columns: { Edad: { field: "VictimContext.ageWhenTrafficked" } },
    };
    const rows: NumberedRow[] = [{ row: 7, sheet: "Casos", cells: { Edad: "doce" } }];
    const { report } = await fromMappedRows(rows, mapping, options);
    expect(report.issues).toMatchObject([
      { code: "TIPX703", row: 7, sheet: "Casos", column: "Edad", params: { expected: "age" } },
    ]);
  });

  it.each([
    ["D/M/YYYY", "buddhist", "5/3/2567", "2024-03-05"],
    ["DD-MM-YYYY", "gregorian", "05-03-2024", "2024-03-05"],
    ["MM/DD/YYYY", "gregorian", "03/05/2024", "2024-03-05"],
    ["YYYY", "buddhist", "2567", "2024"],
    ["thai-long", "gregorian", "๕ มีนาคม ๒๕๖๗", "2024-03-05"],
    ["thai-long", "gregorian", "5 มี.ค. 2567", "2024-03-05"],
    ["thai-long", "buddhist", "5 มีนาคม ค.ศ. 2024", "2024-03-05"],
  ] as const)("reads %s dates (%s) such as %s", async (dateFormat, calendar, cell, want) => {
    const mapping: ColumnMapping = {
      sheet: { sender },
      columns: { Fecha: { field: "Case.openedOn", dateFormat, calendar } },
    };
    const { value } = await fromMappedRows([{ Fecha: cell }], mapping, options);
    expect(value.entities[0]).toMatchObject({ openedOn: want });
  });

  it("reports a date that is not a day, as unreadable", async () => {
    const mapping: ColumnMapping = {
      sheet: { sender },
      columns: { Fecha: { field: "Person.birthDate", dateFormat: "DD/MM/YYYY" } },
    };
    const { report } = await fromMappedRows([{ Fecha: "30/02/2001" }, { Fecha: "2001-02-03" }], mapping, options);
    expect(report.issues.map((i) => [i.code, i.row])).toEqual([
      ["TIPX703", 2],
      ["TIPX703", 3],
    ]);
  });

  it("takes codes and their aliases without a value map, and never guesses", async () => {
    const mapping: ColumnMapping = {
      sheet: { sender },
      columns: { Rel: { field: "VictimContext.relationshipToTrafficker" }, Sexo: { field: "Person.gender" } },
    };
    const { value, report } = await fromMappedRows([{ Rel: "Unacquainted", Sexo: "feminine" }], mapping, options);
    expect(value.entities[0]).toMatchObject({ parties: [{ victim: { relationshipToTrafficker: "Unaquainted" } }] });
    expect(report.issues).toMatchObject([{ code: "TIPX702", value: "feminine", params: { list: "htcds.gender" } }]);
  });
});
