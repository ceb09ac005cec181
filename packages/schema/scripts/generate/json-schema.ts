/**
 * Generates the published JSON Schema files, `packages/schema/json-schema/**`, from the zod schemas and
 * the country profiles of `@tipx/schema`, with the Thai and Spanish field labels of the `th` and `es`
 * catalogues in each field's `x-tipx-labels`. Each file names this generator in its `$comment`.
 *
 * @module
 */
import { generateJsonSchemas, serializeJsonSchema } from "../../src/json-schema/generate";
import { es } from "../../src/locales/es/index";
import { th } from "../../src/locales/th/index";
import type { GeneratedFile } from "./_generated-file";

/** The folder the files are written to, relative to the repository root. */
export const JSON_SCHEMA_DIR = "packages/schema/json-schema";

/**
 * The JSON Schema files.
 *
 * @returns One file per top-level type (`bundle.json`, `person.json`, ...) and per country profile
 *   overlay (`profiles/th.json`, ...), under {@link JSON_SCHEMA_DIR}.
 */
export function jsonSchemaFiles(): GeneratedFile[] {
  return generateJsonSchemas({ locales: [th, es] }).map(({ fileName, schema }) => ({
    path: `${JSON_SCHEMA_DIR}/${fileName}`,
    content: serializeJsonSchema(schema),
  }));
}
