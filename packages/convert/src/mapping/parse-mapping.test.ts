import { findField } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { _target } from "./_targets";
import { MAPPING_FIELDS } from "./fields";
import { parseMapping } from "./parse-mapping";

const sheet = { sender: { name: "Shelter" } };

const cases: [string, { given: unknown; want: [string, string][] }][] = [
  ["text that is not JSON", { given: "{columns:", want: [["not-json", ""]] }],
  ["a mapping without columns", { given: { sheet }, want: [["missing", "/columns"]] }],
  ["a sheet without a sender", { given: { sheet: {}, columns: {} }, want: [["missing", "/sheet/sender"]] }],
  ["an unknown top-level member", { given: { sheet, columns: {}, rows: 1 }, want: [["unknown-key", "/rows"]] }],
  [
    "a field tipx does not have",
    { given: { sheet, columns: { Sexo: { field: "Person.sex" } } }, want: [["unknown-field", "/columns/Sexo/field"]] },
  ],
  [
    "a date format tipx does not read",
    {
      given: { sheet: { ...sheet, dateFormat: "YY/MM/DD" }, columns: {} },
      want: [["date-format", "/sheet/dateFormat"]],
    },
  ],
  [
    "a header row that is not a number",
    { given: { sheet: { ...sheet, headerRow: "1" }, columns: {} }, want: [["type", "/sheet/headerRow"]] },
  ],
  [
    "a code the field's list does not have",
    {
      given: { sheet, columns: { "เพศ/sex": { field: "Person.gender", values: { หญิง: "Female" } } } },
      want: [["unknown-code", "/columns/เพศ~1sex/values/หญิง"]],
    },
  ],
  [
    "a province that is not a subdivision of the country",
    {
      given: { sheet, columns: { Provincia: { field: "Case.jurisdiction.subdivision", values: { Narnia: "AR-I" } } } },
      want: [["unknown-code", "/columns/Provincia/values/Narnia"]],
    },
  ],
  [
    "a column with neither field nor ignore",
    { given: { sheet, columns: { A: {} } }, want: [["missing", "/columns/A/field"]] },
  ],
  [
    "a column both mapped and ignored",
    {
      given: { sheet, columns: { A: { field: "Person.email", ignore: true } } },
      want: [["unknown-key", "/columns/A/field"]],
    },
  ],
  [
    "a split on a field that holds one value",
    {
      given: { sheet, columns: { A: { field: "Person.gender", split: ";" } } },
      want: [["unknown-key", "/columns/A/split"]],
    },
  ],
  [
    "a column written twice (spaces aside)",
    {
      given: { sheet, columns: { Nombre: { field: "Person.names.given" }, "Nombre ": { field: "Person.names.full" } } },
      want: [["duplicate-column", "/columns/Nombre "]],
    },
  ],
  [
    "two columns for one single-valued field",
    {
      given: { sheet, columns: { Sexo: { field: "Person.gender" }, Género: { field: "Person.gender" } } },
      want: [["duplicate-column", "/columns/Género/field"]],
    },
  ],
  [
    "the case number column also mapped",
    {
      given: {
        sheet,
        records: { caseId: "Caso", system: "org.example/cases" },
        columns: { Caso: { field: "Person.email" } },
      },
      want: [["duplicate-column", "/columns/Caso"]],
    },
  ],
];

describe("parseMapping", () => {
  it.each(cases)("rejects %s with the pointer of the member at fault", (_, { given, want }) => {
    const parsed = parseMapping(given);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((issue) => [issue.params, issue.path])).toEqual(
      want.map(([problem, path]) => [{ problem }, path]),
    );
    expect(parsed.issues.every((issue) => issue.code === "TIPX710" && issue.severity === "error")).toBe(true);
  });

  it("accepts a mapping as JSON text or as a value", () => {
    const mapping = {
      sheet: { ...sheet, profile: "TH" },
      columns: { ชื่อ: { field: "Person.names.given" }, X: { ignore: true } },
    };
    expect(parseMapping(JSON.stringify(mapping))).toEqual({ ok: true, mapping });
    expect(parseMapping(mapping)).toEqual({ ok: true, mapping });
  });

  it("renders its message without the mapping's content", () => {
    const parsed = parseMapping({ sheet, columns: { Sexo: { field: "Person.sex" } } });
    expect(parsed.ok ? [] : parsed.issues.map((issue) => issue.message)).toMatchInlineSnapshot(`
      [
        "The mapping was rejected: it names a field the tipx model does not have.",
      ]
    `);
  });
});

describe("MAPPING_FIELDS", () => {
  it.each(MAPPING_FIELDS)("%s names a field of the model's registry", (field) => {
    const target = _target(field);
    expect(findField(target.id)?.id).toBe(target.id);
    expect(target.kind === "code").toBe(target.list !== undefined);
  });
});
