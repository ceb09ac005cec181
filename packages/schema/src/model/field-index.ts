import { listFields } from "../metadata/list-fields";
import type { FieldMeta } from "../metadata/registry";
import { Bundle } from "./bundle";

let byId: ReadonlyMap<string, FieldMeta> | undefined;

/**
 * Finds the metadata of a field of the model by its id, such as `"PersonNames.given"`.
 *
 * @example
 * ```ts
 * import { findField } from "@tipx/schema";
 * findField("PersonNames.given")?.htcds; // "prs_FirstName"
 * ```
 */
export function findField(id: string): FieldMeta | undefined {
  byId ??= new Map(listFields(Bundle).flatMap((field) => (field.meta ? [[field.meta.id, field.meta] as const] : [])));
  return byId.get(id);
}

/**
 * Every field of the model, once each, in the order a depth-first walk from `Bundle` meets them.
 *
 * @example
 * ```ts
 * import { modelFields } from "@tipx/schema";
 * modelFields().some((field) => field.id === "Entity.id"); // true
 * ```
 */
export function modelFields(): readonly FieldMeta[] {
  findField("");
  return [...(byId?.values() ?? [])];
}
