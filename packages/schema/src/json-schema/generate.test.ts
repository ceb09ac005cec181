import { describe, expect, it } from "vitest";
import { generateJsonSchemas } from "./generate";

// Whether the committed files under packages/schema/json-schema are up to date (and none is left over) is
// checked with every other generated file by test/generated.test.ts (`pnpm run generate --check`).
describe("JSON Schema files", () => {
  const files = generateJsonSchemas();

  it("gives every file a stable, versioned $id and draft 2020-12", () => {
    for (const { fileName, schema } of files) {
      expect(schema["$id"]).toBe(`https://tipx.dev/schema/1.1/${fileName}`);
      expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    }
  });

  it("is self-contained: every $ref points inside the file", () => {
    for (const { schema } of files) {
      const refs = JSON.stringify(schema).match(/"\$ref":"[^"]*"/g) ?? [];
      for (const ref of refs) expect(ref).toMatch(/"\$ref":"#/);
    }
  });
});
