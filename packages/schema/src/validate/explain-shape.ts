import * as z from "zod";
import { Bundle, Entity } from "../model/bundle";
import type { PathSegment } from "../rules/rule";
import { isEntityShape } from "./bundle-shape.generated";
import type { IssueTarget } from "./issue-sink";
import { mapZodIssue } from "./map-zod-issue";

/** The bundle without its entities, which are explained one at a time. */
const Envelope = /* @__PURE__ */ Bundle.extend({ entities: z.array(z.unknown()) });

type Def = z.core.$ZodTypeDef & Record<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The schema inside optional, nullable and readonly wrappers. */
function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const inner = (current._zod.def as Def)["innerType"];
    if (!inner) return current;
    current = inner as z.core.$ZodType;
  }
  return current;
}

function isEntityShapeSafe(entity: unknown): boolean {
  try {
    return isEntityShape(entity);
  } catch {
    return false;
  }
}

/**
 * Explains why `value` does not match `schema`, mapping zod's issues onto tipx codes with `prefix`
 * before their paths. zod gathers a node's issues with `push(...issues)`, which overflows the stack for
 * a node with about 100,000 of them: then the node is explained part by part (each property, each item),
 * so that every real issue is still reported. Anything else that fails is an internal error (TIPX900).
 */
function explain(
  schema: z.core.$ZodType,
  value: unknown,
  prefix: readonly PathSegment[],
  input: unknown,
  into: IssueTarget,
): void {
  let issues: readonly z.core.$ZodIssue[];
  try {
    const result = z.safeParse(schema, value);
    if (result.success) return;
    issues = result.error.issues;
  } catch (error) {
    if (error instanceof RangeError) explainByParts(schema, value, prefix, input, into);
    else into.push({ code: "TIPX900", path: prefix, params: {} });
    return;
  }
  for (const issue of issues) mapZodIssue({ ...issue, path: [...prefix, ...issue.path] }, input, into);
}

function explainByParts(
  schema: z.core.$ZodType,
  value: unknown,
  prefix: readonly PathSegment[],
  input: unknown,
  into: IssueTarget,
): void {
  const inner = unwrapped(schema);
  const def = inner._zod.def as Def;
  if (def.type === "array" && Array.isArray(value)) {
    const element = def["element"] as z.core.$ZodType;
    value.forEach((item, index) => {
      explain(element, item, [...prefix, index], input, into);
    });
    return;
  }
  if (def.type === "object" && isRecord(value)) {
    const shape = def["shape"] as Record<string, z.core.$ZodType>;
    for (const [key, child] of Object.entries(shape)) {
      if (Object.hasOwn(value, key) || !child._zod.optin) explain(child, value[key], [...prefix, key], input, into);
    }
    for (const key of Object.keys(value)) {
      if (!Object.hasOwn(shape, key)) into.push({ code: "TIPX104", path: [...prefix, key], params: { key } });
    }
    return;
  }
  if (def.type === "union" && isRecord(value) && typeof def["discriminator"] === "string") {
    const option = (def["options"] as z.core.$ZodType[]).find((candidate) => {
      const literal = ((candidate._zod.def as Def)["shape"] as Record<string, z.core.$ZodType> | undefined)?.[
        def["discriminator"] as string
      ];
      const values = (literal?._zod.def as Def | undefined)?.["values"] as unknown[] | undefined;
      return values?.includes(value[def["discriminator"] as string]) === true;
    });
    if (option) {
      explainByParts(option, value, prefix, input, into);
      return;
    }
  }
  into.push({ code: "TIPX900", path: prefix, params: {} });
}

/**
 * Explains why `input` is not a valid bundle: the envelope first, then each entity on its own, so that a
 * bundle of a million broken entities is explained one entity at a time (the sink keeps the first issues
 * and counts the rest). Issues come in the order a single parse of the whole bundle gives.
 */
export function explainBundle(input: unknown, into: IssueTarget): void {
  const envelope: z.core.$ZodIssue[] = [];
  const unknownKeys: z.core.$ZodIssue[] = [];
  try {
    const result = z.safeParse(Envelope, input);
    if (!result.success) {
      for (const issue of result.error.issues) {
        (issue.code === "unrecognized_keys" && issue.path.length === 0 ? unknownKeys : envelope).push(issue);
      }
    }
  } catch {
    into.push({ code: "TIPX900", path: [], params: {} });
    return;
  }
  for (const issue of envelope) mapZodIssue(issue, input, into);
  const entities = isRecord(input) ? input["entities"] : undefined;
  if (Array.isArray(entities)) {
    entities.forEach((entity, index) => {
      // An entity the generated check accepts has nothing to explain: only the failing ones cost a parse.
      if (!isEntityShapeSafe(entity)) explain(Entity, entity, ["entities", index], input, into);
    });
  }
  // A single parse reports the bundle's unknown keys after its fields, entities included.
  for (const issue of unknownKeys) mapZodIssue(issue, input, into);
}
