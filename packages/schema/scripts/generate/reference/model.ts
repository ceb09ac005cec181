// The model as the reference pages show it: every object type of the tipx model (the Bundle, each entity,
// and each nested object such as CaseParty or Place), with each field's type, whether it is required,
// and its metadata from the field registry. Read from the zod schemas, so the pages cannot drift from them.
import type { z } from "zod";
import type { CodeList } from "../../../src/codelists/codelist";
import { CODE_LISTS } from "../../../src/codelists/registry";
import { type FieldMeta, fieldRegistry } from "../../../src/metadata/registry";
import { Bundle } from "../../../src/model/bundle";
import { ENTITY_TYPES } from "../../../src/model/entity-base";
import {
  CalendarDate,
  DateTime,
  EntityId,
  Extensions,
  PartialDate,
  PhoneNumber,
  SubdivisionCode,
} from "../../../src/model/primitives";

/** The formats a text field can have, named as the terms `format.*` of the catalogues name them. */
export type TextFormat =
  | "uuid"
  | "date"
  | "date-time"
  | "partial-date"
  | "e164"
  | "iso3166-2"
  | "email"
  | "extension-key"
  | "pattern";

/** A field's type, described for people rather than for a validator. */
export type FieldType =
  | { readonly kind: "text" }
  | { readonly kind: "integer" }
  | { readonly kind: "number" }
  | { readonly kind: "boolean" }
  | { readonly kind: "any" }
  | { readonly kind: "extensions" }
  | { readonly kind: "constant"; readonly value: string }
  | { readonly kind: "format"; readonly format: TextFormat }
  | { readonly kind: "code"; readonly list: CodeList }
  | { readonly kind: "object"; readonly name: string }
  | { readonly kind: "list"; readonly item: FieldType }
  | { readonly kind: "one-of"; readonly options: readonly FieldType[] };

/** One field of an object type. */
export interface ReferenceField {
  /** The field's key in its object, such as `"gender"`. */
  readonly key: string;
  /** Whether data must have the field. */
  readonly required: boolean;
  /** The field's type. */
  readonly type: FieldType;
  /** The field's metadata from the registry. */
  readonly meta: FieldMeta;
}

/** One object type of the model: the Bundle, an entity or a nested object. */
export interface ObjectType {
  /** The schema's name, as field ids spell it: `"Person"`, `"CaseParty"`, `"Place"`. */
  readonly name: string;
  /** Whether it is `"Bundle"`, an entity of {@link ENTITY_TYPES} or a nested object. */
  readonly role: "bundle" | "entity" | "nested";
  /** Its fields, in the schema's order. */
  readonly fields: readonly ReferenceField[];
}

type Def = { readonly type: string } & Record<string, unknown>;
type Schema = z.core.$ZodType;

const defOf = (schema: Schema): Def => schema._zod.def as unknown as Def;

/** The named primitives of the model, recognised by their definition (a registered clone keeps it). */
const PRIMITIVES: ReadonlyArray<readonly [Schema, FieldType]> = [
  [CalendarDate, { kind: "format", format: "date" }],
  [DateTime, { kind: "format", format: "date-time" }],
  [EntityId, { kind: "format", format: "uuid" }],
  [PartialDate, { kind: "format", format: "partial-date" }],
  [PhoneNumber, { kind: "format", format: "e164" }],
  [SubdivisionCode, { kind: "format", format: "iso3166-2" }],
  [Extensions, { kind: "extensions" }],
];

function primitive(schema: Schema): FieldType | undefined {
  const def = defOf(schema);
  return PRIMITIVES.find(([known]) => defOf(known) === def)?.[1];
}

/**
 * The code list of an enum: the list that holds most of its values (the citizenships add ZZ and XXA to
 * the countries, the languages accept ISO 639-1 aliases); of two lists with the same codes (the two
 * website lists), the one whose HTCDS field is the field's.
 */
function codeListOf(values: readonly string[], meta: FieldMeta | undefined): CodeList | undefined {
  const htcds = meta?.htcds === undefined ? [] : typeof meta.htcds === "string" ? [meta.htcds] : meta.htcds;
  let best: CodeList | undefined;
  let bestScore = 0;
  for (const list of Object.values(CODE_LISTS)) {
    const overlap = values.filter((value) => Object.hasOwn(list.meta, value)).length;
    if (overlap === 0) continue;
    const score = overlap * 2 + (list.htcdsField !== undefined && htcds.includes(list.htcdsField) ? 1 : 0);
    if (score > bestScore || (score === bestScore && best !== undefined && list.codes.length < best.codes.length)) {
      best = list;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore >= values.length ? best : undefined;
}

/**
 * The fields' id prefix that names an object schema: `"PersonNames"` for the names of a person,
 * `"Referral.caseWorkers"` for an object declared inside the Referral schema.
 */
function objectName(schema: Schema): string {
  const shape = defOf(schema)["shape"] as Record<string, Schema>;
  const counts = new Map<string, number>();
  for (const child of Object.values(shape)) {
    const id = fieldRegistry.get(child as z.ZodType)?.id;
    const prefix = id?.slice(0, id.lastIndexOf("."));
    if (prefix !== undefined && prefix !== "Entity") counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
  }
  const [name] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (name === undefined) throw new Error(`An object of the model has no registered field: ${Object.keys(shape)}`);
  return name;
}

/** What the walk collects: each object type once, by name, with its schema. */
type Found = Map<string, Schema>;

function describe(schema: Schema, meta: FieldMeta | undefined, found: Found): FieldType {
  const known = primitive(schema);
  if (known) return known;
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return describe(def["innerType"] as Schema, meta, found);
    case "pipe":
      return describe(def["in"] as Schema, meta, found);
    case "array":
      return { kind: "list", item: describe(def["element"] as Schema, meta, found) };
    case "object": {
      const name = objectName(schema);
      if (!found.has(name)) {
        found.set(name, schema);
      }
      return { kind: "object", name };
    }
    case "union": {
      const options = (def["options"] as Schema[]).map((option) => describe(option, meta, found));
      return options.length === 1 && options[0] ? options[0] : { kind: "one-of", options };
    }
    case "enum": {
      const values = Object.values(def["entries"] as Record<string, string>);
      const list = codeListOf(values, meta);
      if (list) return { kind: "code", list };
      return values.length === 1 && values[0] !== undefined
        ? { kind: "constant", value: values[0] }
        : { kind: "one-of", options: values.map((value) => ({ kind: "constant", value })) };
    }
    case "literal": {
      const values = def["values"] as unknown[];
      return { kind: "constant", value: values.map(String).join(" | ") };
    }
    case "boolean":
      return { kind: "boolean" };
    case "number": {
      const checks = (def["checks"] as Schema[] | undefined) ?? [];
      const integer = checks.some((check) => String(defOf(check)["format"] ?? "").includes("int"));
      return { kind: integer || defOf(schema)["format"] === "safeint" ? "integer" : "number" };
    }
    case "string":
      return stringType(schema);
    case "record":
      return { kind: "extensions" };
    default:
      return { kind: "any" };
  }
}

function stringType(schema: Schema): FieldType {
  const def = defOf(schema);
  const formats = [def["format"], ...((def["checks"] as Schema[] | undefined) ?? []).map((c) => defOf(c)["format"])];
  if (formats.includes("email")) return { kind: "format", format: "email" };
  if (formats.includes("date")) return { kind: "format", format: "date" };
  if (formats.includes("datetime")) return { kind: "format", format: "date-time" };
  if (formats.includes("uuid")) return { kind: "format", format: "uuid" };
  if (formats.includes("regex")) return { kind: "format", format: "pattern" };
  return { kind: "text" };
}

/** Whether a field's schema lets data leave it out. */
function isOptional(schema: Schema): boolean {
  return (schema as { _zod: { optin?: string } })._zod.optin === "optional";
}

function fieldsOf(schema: Schema, found: Found): ReferenceField[] {
  const shape = defOf(schema)["shape"] as Record<string, Schema>;
  return Object.entries(shape).map(([key, child]) => {
    const meta = fieldRegistry.get(child as z.ZodType);
    if (!meta) throw new Error(`The field ${key} of ${objectName(schema)} has no metadata`);
    return { key, required: !isOptional(child), type: describe(child, meta, found), meta };
  });
}

/**
 * Every object type of the model, from the Bundle down: the Bundle, the entities in the order of
 * {@link ENTITY_TYPES}, then the nested objects in the order a walk meets them.
 *
 * @throws Error when a field has no metadata or an object no registered field.
 */
export function objectTypes(): ObjectType[] {
  const found: Found = new Map([["Bundle", Bundle as Schema]]);
  const done = new Map<string, ObjectType>();
  // Each pass describes the objects found so far, which may find more; the walk ends when none is new.
  for (let pending = [...found.keys()]; pending.length > 0; pending = [...found.keys()].filter((n) => !done.has(n))) {
    for (const name of pending) {
      const schema = found.get(name);
      if (!schema) continue;
      const role =
        name === "Bundle" ? "bundle" : (ENTITY_TYPES as readonly string[]).includes(name) ? "entity" : "nested";
      done.set(name, { name, role, fields: fieldsOf(schema, found) });
    }
  }
  const all = [...done.values()];
  const rank = (type: ObjectType): number =>
    type.role === "bundle" ? -1 : type.role === "entity" ? (ENTITY_TYPES as readonly string[]).indexOf(type.name) : 100;
  return all
    .map((type, index) => ({ type, index }))
    .sort((a, b) => rank(a.type) - rank(b.type) || a.index - b.index)
    .map(({ type }) => type);
}

/** The code lists a type refers to, in the order they appear. */
export function codeListsOf(type: FieldType): CodeList[] {
  switch (type.kind) {
    case "code":
      return [type.list];
    case "list":
      return codeListsOf(type.item);
    case "one-of":
      return type.options.flatMap(codeListsOf);
    default:
      return [];
  }
}

/** The object types a type refers to, in the order they appear. */
export function objectsOf(type: FieldType): string[] {
  switch (type.kind) {
    case "object":
      return [type.name];
    case "list":
      return objectsOf(type.item);
    case "one-of":
      return type.options.flatMap(objectsOf);
    default:
      return [];
  }
}
