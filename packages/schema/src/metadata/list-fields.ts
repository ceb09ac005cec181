import type { z } from "zod";
import { type FieldMeta, fieldRegistry } from "./registry";

/** One field of the model with its dotted path and its metadata. */
export interface ModelField {
  /** The field's path from the root, with `[]` for list items: `"entities[].names.given"`. */
  readonly path: string;
  /** The field's metadata, or `undefined` when the field has none (a defect the tests catch). */
  readonly meta: FieldMeta | undefined;
}

type Def = { type: string } & Record<string, unknown>;

function walk(schema: z.core.$ZodType, path: string, out: ModelField[], seen: Set<z.core.$ZodType>): void {
  if (seen.has(schema)) return;
  seen.add(schema);
  const def = schema._zod.def as Def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
      walk(def["innerType"] as z.core.$ZodType, path, out, seen);
      return;
    case "pipe":
      walk(def["in"] as z.core.$ZodType, path, out, seen);
      return;
    case "array":
      walk(def["element"] as z.core.$ZodType, `${path}[]`, out, seen);
      return;
    case "union":
      for (const option of def["options"] as z.core.$ZodType[]) walk(option, path, out, seen);
      return;
    case "object":
      for (const [key, child] of Object.entries(def["shape"] as Record<string, z.core.$ZodType>)) {
        const childPath = path ? `${path}.${key}` : key;
        out.push({ path: childPath, meta: fieldRegistry.get(child as z.ZodType) });
        walk(child, childPath, out, new Set(seen));
      }
      return;
    default:
      return;
  }
}

/**
 * Lists every field of a schema of the model (by default the whole Bundle), depth first, with its
 * metadata. Docs, converters and the completeness tests are built on it.
 *
 * @example
 * ```ts
 * import { Person, listFields } from "@tipx/schema";
 * listFields(Person).find((f) => f.path === "names.given")?.meta?.htcds; // "prs_FirstName"
 * ```
 */
export function listFields(schema: z.core.$ZodType): ModelField[] {
  const out: ModelField[] = [];
  walk(schema, "", out, new Set());
  return out;
}
