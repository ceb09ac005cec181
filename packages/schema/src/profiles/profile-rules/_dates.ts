import type { z } from "zod";
import { type FieldMeta, fieldRegistry } from "../../metadata/registry";
import { moreSensitive, type Sensitivity } from "../../metadata/sensitivity";
import { Bundle } from "../../model/bundle";
import { CalendarDate, DateTime, PartialDate } from "../../model/primitives";
import type { PathSegment } from "../../rules/rule";

/**
 * Called with every date of a bundle: the text as written (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a
 * date-time), where it is, its field, and the most sensitive class along its path. The path is the
 * walk's own stack, valid during the call: a visitor that keeps it (to report) copies it.
 */
export type _DateVisitor = (
  date: string,
  path: readonly PathSegment[],
  field: FieldMeta,
  sensitivity: Sensitivity,
) => void;

/** Walks one value of a known schema, with the path to it kept on a stack (copied by a visitor that reports). */
type Walk = (value: unknown, path: PathSegment[], visit: _DateVisitor) => void;

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

const DATE_SCHEMAS: ReadonlySet<z.core.$ZodType> = new Set<z.core.$ZodType>([PartialDate, CalendarDate, DateTime]);

/** Whether a schema is one of the model's date types, or a copy of one (`field()` clones its schema). */
function isDate(schema: z.core.$ZodType): boolean {
  let current: z.core.$ZodType | undefined = schema;
  for (let depth = 0; current !== undefined && depth < 8; depth++) {
    if (DATE_SCHEMAS.has(current)) return true;
    current = current._zod.parent;
  }
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Compiles a walk over the dates under `schema`, or `undefined` when it holds none. The model is read
 * once; a bundle is then walked only along the fields that can lead to a date.
 */
function compile(schema: z.core.$ZodType, outer: Sensitivity, outerField: FieldMeta | undefined): Walk | undefined {
  let current = schema;
  let sensitivity = outer;
  let field = outerField;
  for (let depth = 0; depth < 16; depth++) {
    const meta = fieldRegistry.get(current as z.ZodType);
    if (meta) {
      field = meta;
      sensitivity = moreSensitive(sensitivity, meta.sensitivity);
    }
    const def = current._zod.def as Def;
    const inner = def["innerType"] ?? (def.type === "pipe" ? def["in"] : undefined);
    if (!inner) break;
    current = inner as z.core.$ZodType;
  }
  if (isDate(current)) {
    const dateField = field;
    if (dateField === undefined) return undefined;
    return (value, path, visit) => {
      if (typeof value === "string") visit(value, path, dateField, sensitivity);
    };
  }
  const def = current._zod.def as Def;
  switch (def.type) {
    case "object": {
      const children = Object.entries(def["shape"] as Record<string, z.core.$ZodType>).flatMap(([key, child]) => {
        const walk = compile(child, sensitivity, field);
        return walk ? [[key, walk] as const] : [];
      });
      if (children.length === 0) return undefined;
      return (value, path, visit) => {
        if (!isRecord(value)) return;
        for (const [key, walk] of children) {
          if (!Object.hasOwn(value, key)) continue;
          path.push(key);
          walk(value[key], path, visit);
          path.pop();
        }
      };
    }
    case "array": {
      const walk = compile(def["element"] as z.core.$ZodType, sensitivity, field);
      if (!walk) return undefined;
      return (value, path, visit) => {
        if (!Array.isArray(value)) return;
        value.forEach((item, i) => {
          path.push(i);
          walk(item, path, visit);
          path.pop();
        });
      };
    }
    case "union": {
      const key = def["discriminator"];
      if (typeof key !== "string") return undefined;
      const byTag = new Map<unknown, Walk>();
      for (const option of def["options"] as z.core.$ZodType[]) {
        const tag = (option._zod.def as Def)["shape"] as Record<string, z.core.$ZodType> | undefined;
        const values = (tag?.[key]?._zod.def as Def | undefined)?.["values"] as unknown[] | undefined;
        const walk = compile(option, sensitivity, field);
        if (walk) for (const value of values ?? []) byTag.set(value, walk);
      }
      if (byTag.size === 0) return undefined;
      return (value, path, visit) => {
        if (isRecord(value)) byTag.get(value[key])?.(value, path, visit);
      };
    }
    default:
      return undefined;
  }
}

let walkBundle: Walk | undefined;

/**
 * Calls `visit` with every date of a bundle: the dates of every field whose type is one of the model's
 * date types (`PartialDate`, `CalendarDate`, `DateTime`), found through the model itself, so that a
 * date field added to the model is visited without a change here.
 */
export function _forEachDate(bundle: Bundle, visit: _DateVisitor): void {
  walkBundle ??= compile(Bundle, "none", undefined);
  walkBundle?.(bundle, [], visit);
}
