// The walk behind redact(): follows the model's schemas alongside the data, so every value's field
// metadata is known, and applies the purpose's policy to each field.
import { type ConsentPurpose, fieldRegistry, PartialDate, type Place } from "@tipx/schema";
import type { z } from "zod";
import { generalizeDate } from "../generalize/date";
import { generalizePlace } from "../generalize/place";
import { _unwrap, fieldAction, isFreeText } from "../policy";

type Def = { type: string } & Record<string, unknown>;

/** One change the walk made, at the highest node that changed. */
export type Change =
  | { readonly kind: "removed"; readonly path: string }
  | { readonly kind: "generalized"; readonly path: string; readonly to: string };

/** What became of a node: its new value, or dropped. */
type Outcome = { readonly keep: true; readonly value: unknown } | { readonly keep: false };

const DROPPED: Outcome = { keep: false };

interface WalkState {
  readonly purpose: ConsentPurpose;
  readonly entityType: string | undefined;
}

function defOf(schema: z.core.$ZodType): Def {
  return schema._zod.def as Def;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The metadata of a field: on the outermost layer of its schema that has any. */
function metaOf(schema: z.core.$ZodType) {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const meta = fieldRegistry.get(current as z.ZodType);
    if (meta) return meta;
    const def = defOf(current);
    const inner = def["innerType"] ?? (def.type === "pipe" ? def["in"] : undefined);
    if (!inner) return undefined;
    current = inner as z.core.$ZodType;
  }
  return undefined;
}

/** The id of the metadata on a key of an object schema (`"Place.country"`), to recognise a model type. */
function childId(schema: z.core.$ZodType, key: string): string | undefined {
  const shape = defOf(schema)["shape"] as Record<string, z.core.$ZodType> | undefined;
  const child = shape?.[key];
  return child ? metaOf(child)?.id : undefined;
}

function isDateFormat(schema: z.core.$ZodType): boolean {
  const format = defOf(schema)["format"];
  return format === "date" || format === "datetime";
}

/**
 * The coarser value of a quasi-identifier whose type has a generaliser, `DROPPED` when no coarser valid
 * value exists, or `undefined` when its type has no generaliser.
 */
function generalize(schema: z.core.$ZodType, value: unknown): { outcome: Outcome; to?: string } | undefined {
  if (schema._zod.def === PartialDate._zod.def && typeof value === "string")
    return { outcome: { keep: true, value: generalizeDate(value, "year") }, to: "year" };
  if (isDateFormat(schema)) return { outcome: DROPPED };
  if (childId(schema, "country") === "Place.country" && isRecord(value)) {
    const place = generalizePlace(value as Place, "subdivision");
    return place === undefined ? { outcome: DROPPED } : { outcome: { keep: true, value: place }, to: "subdivision" };
  }
  if (childId(schema, "years") === "AgeEstimate.years" && isRecord(value) && typeof value["asOf"] === "string") {
    // `asOf` is a calendar date: month precision is written as the first of the month.
    return { outcome: { keep: true, value: { ...value, asOf: `${value["asOf"].slice(0, 7)}-01` } }, to: "month" };
  }
  return undefined;
}

/** Walks one node: applies the policy when the node is a field with metadata, then walks its children. */
export function _visit(
  schema: z.core.$ZodType,
  value: unknown,
  path: string,
  state: WalkState,
  changes: Change[],
): Outcome {
  const meta = metaOf(schema);
  const inner = _unwrap(schema);
  if (meta) {
    const action = fieldAction(state.purpose, meta.sensitivity, schema, state.entityType, value);
    if (action === "remove") {
      changes.push({ kind: "removed", path });
      return DROPPED;
    }
    if (action === "generalize") {
      const general = generalize(inner, value);
      if (general) {
        if (!general.outcome.keep) changes.push({ kind: "removed", path });
        else if (general.to !== undefined && JSON.stringify(general.outcome.value) !== JSON.stringify(value))
          changes.push({ kind: "generalized", path, to: general.to });
        return general.outcome;
      }
      // No coarser form of free text exists; codes, numbers and booleans are already coarse.
      if (isFreeText(schema, value)) {
        changes.push({ kind: "removed", path });
        return DROPPED;
      }
    }
  }
  return descend(inner, value, path, state, changes);
}

/** Replaces the changes a dropped node's children made by one removal of the node. */
function dropNode(path: string, changes: Change[], mark: number): Outcome {
  changes.splice(mark);
  changes.push({ kind: "removed", path });
  return DROPPED;
}

function descend(schema: z.core.$ZodType, value: unknown, path: string, state: WalkState, changes: Change[]): Outcome {
  const def = defOf(schema);
  const mark = changes.length;
  if (def.type === "object" && isRecord(value)) {
    const shape = def["shape"] as Record<string, z.core.$ZodType>;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      const childSchema = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!childSchema) {
        out[key] = child;
        continue;
      }
      const result = _visit(childSchema, child, path ? `${path}.${key}` : key, state, changes);
      if (result.keep) out[key] = result.value;
      // A required field removed: the object cannot stay valid without it, so it goes as a whole.
      else if (childSchema._zod.optin !== "optional") return dropNode(path, changes, mark);
    }
    if (Object.keys(out).length === 0 && Object.keys(value).length > 0) return dropNode(path, changes, mark);
    return { keep: true, value: out };
  }
  if (def.type === "array" && Array.isArray(value)) {
    const element = def["element"] as z.core.$ZodType;
    const out = value.flatMap((item) => {
      const result = _visit(element, item, `${path}[]`, state, changes);
      return result.keep ? [result.value] : [];
    });
    if (out.length === 0 && value.length > 0) return dropNode(path, changes, mark);
    return { keep: true, value: out };
  }
  if (def.type === "union" && typeof def["discriminator"] === "string" && isRecord(value)) {
    const tag = value[def["discriminator"]];
    const key = def["discriminator"];
    const option = (def["options"] as z.core.$ZodType[]).find((candidate) => childAccepts(candidate, key, tag));
    if (!option) return { keep: true, value };
    const entityType = typeof tag === "string" ? tag : state.entityType;
    return descend(_unwrap(option), value, path, { ...state, entityType }, changes);
  }
  return { keep: true, value };
}

function childAccepts(option: z.core.$ZodType, key: string, tag: unknown): boolean {
  const shape = defOf(_unwrap(option))["shape"] as Record<string, z.core.$ZodType> | undefined;
  const literal = shape?.[key];
  return literal !== undefined && ((defOf(_unwrap(literal))["values"] as unknown[] | undefined) ?? []).includes(tag);
}
