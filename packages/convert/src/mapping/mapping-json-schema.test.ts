import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { MAPPING_SCHEMA_PATH, mappingSchemaFiles } from "../../scripts/mapping-schema";
import { mappingJsonSchema } from "./mapping-json-schema";
import { parseMapping } from "./parse-mapping";

const repo = (path: string): string => readFileSync(new URL(`../../../../${path}`, import.meta.url), "utf8");
const EXAMPLES = ["examples/mappings/th-provincial-office.mapping.json", "examples/mappings/ar-ngo.mapping.json"];

describe("the mapping's JSON Schema", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const check = ajv.compile(mappingJsonSchema());

  it("has a stable $id beside the model's schemas", () => {
    expect(mappingJsonSchema()["$id"]).toBe("https://tipx.dev/schema/1.1/mapping.schema.json");
  });

  it("is the committed file", () => {
    expect(mappingSchemaFiles()).toEqual([{ path: MAPPING_SCHEMA_PATH, content: repo(MAPPING_SCHEMA_PATH) }]);
  });

  it.each(EXAMPLES)("accepts the worked example %s, as parseMapping does", (path) => {
    const json: unknown = JSON.parse(repo(path));
    expect(check(json), JSON.stringify(check.errors)).toBe(true);
    expect(parseMapping(json).ok).toBe(true);
  });

  it.each([
    ["an unknown field", { sheet: { sender: { name: "S" } }, columns: { A: { field: "Person.sex" } } }],
    ["an unknown member", { sheet: { sender: { name: "S" } }, columns: {}, extra: true }],
    ["a missing sender", { sheet: {}, columns: {} }],
    ["an unknown date format", { sheet: { sender: { name: "S" }, dateFormat: "YY" }, columns: {} }],
  ])("rejects %s, as parseMapping does", (_, json) => {
    expect(check(json)).toBe(false);
    expect(parseMapping(json).ok).toBe(false);
  });
});
