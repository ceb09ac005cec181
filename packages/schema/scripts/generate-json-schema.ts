// Writes packages/schema/json-schema/*.json (and profiles/*.json) from the zod schemas and the country
// profiles. Run: pnpm run schema:generate
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateJsonSchemas, serializeJsonSchema } from "../src/json-schema/generate";

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "json-schema");
mkdirSync(outDir, { recursive: true });
for (const { fileName, schema } of generateJsonSchemas()) {
  mkdirSync(dirname(join(outDir, fileName)), { recursive: true });
  writeFileSync(join(outDir, fileName), serializeJsonSchema(schema));
  console.log(`wrote ${join("packages/schema/json-schema", fileName)}`);
}
