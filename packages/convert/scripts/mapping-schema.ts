/**
 * Generates `packages/convert/json-schema/mapping.schema.json`, the JSON Schema of a column mapping, from
 * the zod schema `ColumnMapping` (through `mappingJsonSchema`). `pnpm run generate` runs it.
 *
 * @module
 */
import { serializeJsonSchema } from "@tipx/schema";
import { mappingJsonSchema } from "../src/mapping/mapping-json-schema";

/** Where the mapping's JSON Schema is committed, relative to the repository root. */
export const MAPPING_SCHEMA_PATH = "packages/convert/json-schema/mapping.schema.json";

/** The generated file of the mapping's JSON Schema: its repository-relative path and its text. */
export function mappingSchemaFiles(): { readonly path: string; readonly content: string }[] {
  return [{ path: MAPPING_SCHEMA_PATH, content: serializeJsonSchema(mappingJsonSchema()) }];
}
