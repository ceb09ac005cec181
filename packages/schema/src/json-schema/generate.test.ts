import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateJsonSchemas, serializeJsonSchema } from "./generate";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "json-schema");

describe("JSON Schema files", () => {
  const files = generateJsonSchemas();

  it.each(files.map((f) => [f.fileName, f] as const))("%s matches the zod schemas (run `pnpm run schema:generate` if not)", (fileName, file) => {
    const committed = readFileSync(join(outDir, fileName), "utf8");
    expect(committed === serializeJsonSchema(file.schema), `${fileName} is stale: run pnpm run schema:generate`).toBe(true);
  });

  it("has no committed file that the generator no longer makes", () => {
    const committed = readdirSync(outDir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".json"));
    expect(committed.sort()).toEqual(files.map((f) => f.fileName).sort());
  });

  it("gives every file a stable, versioned $id and draft 2020-12", () => {
    for (const { fileName, schema } of files) {
      expect(schema["$id"]).toBe(`https://tipx.dev/schema/1.0/${fileName}`);
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
