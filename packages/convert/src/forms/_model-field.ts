import { type FieldMeta, listFields, PartialDate, PhoneNumber } from "@tipx/schema";
import * as z from "zod";
import { _codeListOf } from "./_code-list-of";
import type { FormQuestionType } from "./form";

/** The part of a JSON Schema node the forms read. */
interface Node {
  readonly type?: string;
  readonly enum?: readonly string[];
  readonly items?: Node;
  readonly properties?: Readonly<Record<string, Node>>;
  readonly required?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly format?: string;
  readonly pattern?: string;
}

/** What the model says about one field at one path: enough to ask it in a form. */
export interface _ModelField {
  readonly meta: FieldMeta;
  readonly type: FormQuestionType;
  /** The code list of a select question. */
  readonly listId?: string;
  /** Whether the field takes only the list's standard codes (not its user-assigned ones). */
  readonly standardCodesOnly?: boolean;
  /** Whether the model requires the field at this path (every step from the entity required). */
  readonly required: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  /** The pattern a text must match, from the model. */
  readonly pattern?: string;
  /** What the pattern checks, as a message names it. */
  readonly format?: "e164" | "email" | "pattern";
}

const nodes = new WeakMap<z.core.$ZodType, Node>();

function jsonSchemaOf(root: z.core.$ZodType): Node {
  let node = nodes.get(root);
  if (!node) {
    node = z.toJSONSchema(root, { io: "input", unrepresentable: "any" }) as Node;
    nodes.set(root, node);
  }
  return node;
}

/**
 * Reads the field at `path` (`"names.given"`, `"phones[].number"`) of an entity schema of the model:
 * its metadata, its form type, its code list and its bounds, all from the schema.
 *
 * @throws Error when the path is not a field of the schema or its type has no form question type.
 */
export function _modelField(root: z.core.$ZodType, path: string): _ModelField {
  const meta = listFields(root).find((f) => f.path === path)?.meta;
  if (!meta) throw new Error(`${path} is not a described field of the schema`);
  let node: Node | undefined = jsonSchemaOf(root);
  let required = true;
  for (const step of path.split(".")) {
    const key = step.replace(/\[\]$/, "");
    required &&= node?.required?.includes(key) ?? false;
    node = node?.properties?.[key];
    if (step.endsWith("[]")) {
      required = false;
      node = node?.items;
    }
  }
  if (!node) throw new Error(`${path} has no JSON Schema node`);
  return { meta, required, ...describe(node, path) };
}

type Described = Omit<_ModelField, "meta" | "required">;

function describe(node: Node, path: string): Described {
  const codes = node.enum ?? node.items?.enum;
  if (codes) {
    const list = _codeListOf(codes);
    if (!list) throw new Error(`${path}: its codes are not a code list of the model`);
    const type = node.enum ? "select_one" : "select_multiple";
    return { type, listId: list.id, ...(codes.length < list.codes.length ? { standardCodesOnly: true } : {}) };
  }
  const bounds = {
    ...(node.minimum === undefined ? {} : { minimum: node.minimum }),
    ...(node.maximum === undefined ? {} : { maximum: node.maximum }),
  };
  if (node.type === "integer") return { type: "integer", ...bounds };
  if (node.type === "number") return { type: "decimal", ...bounds };
  if (node.type !== "string") throw new Error(`${path}: a ${node.type ?? "composite"} has no form question type`);
  // A full date, or a partial date (YYYY, YYYY-MM, YYYY-MM-DD): a form asks for the day.
  if (node.format === "date" || node.pattern === jsonSchemaOf(PartialDate).pattern) return { type: "date" };
  if (node.pattern === undefined) return { type: "text" };
  const format =
    node.format === "email" ? "email" : node.pattern === jsonSchemaOf(PhoneNumber).pattern ? "e164" : "pattern";
  return { type: "text", pattern: node.pattern, format };
}
