import type { z } from "zod";
import { type FieldMeta, fieldRegistry } from "../metadata/registry";
import { moreSensitive, type Sensitivity } from "../metadata/sensitivity";
import type { PathSegment } from "../rules/rule";
import { ownChild } from "./value-at";

/** What the model says about the value at a path of an input. */
export interface PathDescription {
  /** The metadata of the nearest field on the path that has metadata. */
  readonly meta?: FieldMeta;
  /** The entity type the path runs through, if any. */
  readonly entityType?: string;
  /** The most sensitive class along the path: a value is as sensitive as anything that holds it. */
  readonly sensitivity: Sensitivity;
  /** The schema of the value at the path, unwrapped, when the path exists in the model. */
  readonly schema?: z.core.$ZodType;
}

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def as Def;
}

/** A schema without its wrappers, and the metadata found on the way (outermost first). */
interface Unwrapped {
  readonly schema: z.core.$ZodType;
  readonly metas: readonly FieldMeta[];
}

// The model's schemas and their metadata do not change once loaded: each is unwrapped once (a message
// per record of a large file would otherwise walk the same wrappers and registry again).
const unwrapped = /* @__PURE__ */ new WeakMap<z.core.$ZodType, Unwrapped>();

/** Strips optional, nullable, default and pipe wrappers, collecting the metadata on each layer. */
function unwrap(schema: z.core.$ZodType, found: (meta: FieldMeta) => void): z.core.$ZodType {
  let known = unwrapped.get(schema);
  if (known === undefined) {
    const metas: FieldMeta[] = [];
    let current = schema;
    for (let depth = 0; depth < 16; depth++) {
      const meta = fieldRegistry.get(current as z.ZodType);
      if (meta) metas.push(meta);
      const def = defOf(current);
      const inner = def["innerType"] ?? (def.type === "pipe" ? def["in"] : undefined);
      if (!inner) break;
      current = inner as z.core.$ZodType;
    }
    known = { schema: current, metas };
    unwrapped.set(schema, known);
  }
  for (const meta of known.metas) found(meta);
  return known.schema;
}

// The option of a discriminated union for each tag met, worked out once per union and tag.
const optionsByTag = /* @__PURE__ */ new WeakMap<z.core.$ZodType, Map<unknown, z.core.$ZodType | null>>();

/** The option of the discriminated union `union` whose discriminator accepts `tag`, if any. */
function optionFor(union: z.core.$ZodType, discriminator: string, tag: unknown): z.core.$ZodType | undefined {
  let byTag = optionsByTag.get(union);
  if (byTag === undefined) {
    byTag = new Map();
    optionsByTag.set(union, byTag);
  }
  let option = byTag.get(tag);
  if (option === undefined) {
    option =
      (defOf(union)["options"] as z.core.$ZodType[]).find((candidate) => {
        const shape = defOf(candidate)["shape"] as Record<string, z.core.$ZodType> | undefined;
        const literal = shape?.[discriminator];
        return literal !== undefined && (defOf(literal)["values"] as unknown[] | undefined)?.includes(tag);
      }) ?? null;
    // Only the tags of the model are kept: a record's own wrong tag is looked up again, never stored.
    if (option !== null) byTag.set(tag, option);
  }
  return option ?? undefined;
}

/**
 * Walks the model along `path` (through the input, to pick the right entity type in the
 * discriminated union) and returns the field metadata, entity type and sensitivity found there.
 */
export function describePath(root: z.core.$ZodType, input: unknown, path: readonly PathSegment[]): PathDescription {
  let meta: FieldMeta | undefined;
  let entityType: string | undefined;
  let sensitivity: Sensitivity = "none";
  const found = (m: FieldMeta): void => {
    meta = m;
    sensitivity = moreSensitive(sensitivity, m.sensitivity);
  };
  let schema: z.core.$ZodType | undefined = unwrap(root, found);
  let value = input;
  for (const segment of path) {
    if (!schema) break;
    const def = defOf(schema);
    let next: z.core.$ZodType | undefined;
    if (def.type === "object") {
      next = (def["shape"] as Record<string, z.core.$ZodType>)[String(segment)];
      if (next && !Object.hasOwn(def["shape"] as object, String(segment))) next = undefined;
    } else if (def.type === "array") {
      next = def["element"] as z.core.$ZodType;
    } else if (def.type === "record") {
      next = def["valueType"] as z.core.$ZodType;
    }
    value = ownChild(value, segment);
    if (!next) {
      schema = undefined;
      break;
    }
    next = unwrap(next, found);
    const nextDef = defOf(next);
    if (nextDef.type === "union" && typeof nextDef["discriminator"] === "string") {
      const tag = ownChild(value, nextDef["discriminator"]);
      const option = optionFor(next, nextDef["discriminator"], tag);
      if (option) {
        entityType = String(tag);
        next = unwrap(option, found);
      } else {
        // No type to choose by: the fields every entity shares (type, id, meta...) still have labels.
        const first = (nextDef["options"] as z.core.$ZodType[])[0];
        if (first) next = unwrap(first, () => undefined);
      }
    }
    schema = next;
  }
  // Built field by field: spreading optional parts was a third of the cost of a message.
  const description: { -readonly [K in keyof PathDescription]: PathDescription[K] } = { sensitivity };
  if (meta !== undefined) description.meta = meta;
  if (entityType !== undefined) description.entityType = entityType;
  if (schema !== undefined) description.schema = schema;
  return description;
}
