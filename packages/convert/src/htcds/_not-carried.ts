// Lists the values of a bundle a conversion did not write, as JSON Pointers with the id of their model
// field, so that each is reported once (TIPX705).
import {
  Assessment,
  Bundle,
  Case,
  Consent,
  LegalProceeding,
  listFields,
  Operation,
  Organization,
  Person,
  Referral,
} from "@tipx/schema";
import type * as z from "zod";

type Json = Record<string, unknown>;

/** One value of a bundle: where it is and the id of its field in the model. */
export interface _Leaf {
  readonly pointer: string;
  readonly field: string;
}

/** Fields that are the structure of the model rather than data: every format carries them implicitly. */
export const _STRUCTURAL_FIELDS: ReadonlySet<string> = new Set(["Entity.type", "Entity.id", "CaseParty.person"]);

const SCHEMAS: Readonly<Record<string, z.core.$ZodType>> = {
  Person,
  Case,
  Organization,
  Operation,
  Referral,
  Consent,
  Assessment,
  LegalProceeding,
};

const fieldIds = new Map<string, ReadonlyMap<string, string>>();

function idsOf(type: string): ReadonlyMap<string, string> {
  const known = fieldIds.get(type);
  if (known !== undefined) return known;
  const schema = type === "Bundle" ? Bundle : SCHEMAS[type];
  const map = new Map<string, string>();
  if (schema !== undefined) for (const f of listFields(schema)) if (f.meta !== undefined) map.set(f.path, f.meta.id);
  fieldIds.set(type, map);
  return map;
}

/** The model field of a path inside a record of `type` (the nearest enclosing field that has an id). */
function fieldOf(type: string, segments: readonly string[]): string {
  const ids = idsOf(type);
  const path = segments
    .map((s) => (/^\d+$/.test(s) ? "[]" : `.${s}`))
    .join("")
    .replace(/^\./, "");
  let probe = path;
  while (probe !== "") {
    const id = ids.get(probe);
    if (id !== undefined) return id;
    probe = probe.replace(/(?:\[\]|\.[^.[\]]+)$/, "");
  }
  return type;
}

const escapeKey = (key: string): string => key.replace(/~/g, "~0").replace(/\//g, "~1");

function walk(node: unknown, type: string, segments: string[], pointer: string, out: _Leaf[]): void {
  if (Array.isArray(node)) {
    if (node.every((item) => typeof item !== "object" || item === null)) {
      if (node.length > 0) out.push({ pointer, field: fieldOf(type, segments) });
      return;
    }
    node.forEach((item, index) => {
      walk(item, type, [...segments, String(index)], `${pointer}/${index}`, out);
    });
    return;
  }
  if (typeof node === "object" && node !== null) {
    const field = segments.length === 0 ? undefined : fieldOf(type, segments);
    // Extensions are one value each (their insides are not model fields).
    if (field === "Entity.extensions") {
      out.push({ pointer, field });
      return;
    }
    for (const [key, value] of Object.entries(node as Json)) {
      walk(value, type, [...segments, key], `${pointer}/${escapeKey(key)}`, out);
    }
    return;
  }
  if (node === undefined || node === null || node === "") return;
  out.push({ pointer, field: fieldOf(type, segments) });
}

/** Every value of a bundle, with its model field, but the structural ones. */
export function _leaves(bundle: Json): _Leaf[] {
  const out: _Leaf[] = [];
  for (const [key, value] of Object.entries(bundle)) {
    if (key === "entities" && Array.isArray(value)) {
      value.forEach((entity, index) => {
        const type = typeof (entity as Json)["type"] === "string" ? String((entity as Json)["type"]) : "Entity";
        walk(entity, type, [], `/entities/${index}`, out);
      });
    } else walk(value, "Bundle", [key], `/${escapeKey(key)}`, out);
  }
  return out.filter((leaf) => !_STRUCTURAL_FIELDS.has(leaf.field));
}
