import type { ConversionFormat } from "@tipx/schema";
import { Bundle, listFields } from "@tipx/schema";
import type { _Reporter } from "../report/_reporter";

const escapeKey = (key: string): string =>
  key.includes("~") || key.includes("/") ? key.replaceAll("~", "~0").replaceAll("/", "~1") : key;

/** The JSON Pointer of every non-empty value (string, number or boolean) of a bundle, in document order. */
export function _leaves(value: unknown, pointer = "", out: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) _leaves(value[index], `${pointer}/${index}`, out);
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value))
      _leaves((value as Record<string, unknown>)[key], `${pointer}/${escapeKey(key)}`, out);
  } else if (value !== undefined && value !== null && value !== "") out.push(pointer);
  return out;
}

let fieldIds: ReadonlyMap<string, string> | undefined;

/** The fields of the pointers seen last, as the bundles of a stream repeat them; emptied when it grows. */
const fieldCache = new Map<string, string>();
const FIELD_CACHE_SIZE = 4096;

/** The field id of a pointer's field (`/entities/3/names/given` -> `PersonNames.given`), or its dotted pattern. */
export function _fieldOf(pointer: string): string {
  const cached = fieldCache.get(pointer);
  if (cached !== undefined) return cached;
  fieldIds ??= new Map(
    listFields(Bundle).flatMap((field) => (field.meta ? [[field.path, field.meta.id] as const] : [])),
  );
  const segments = pointer.split("/").slice(1);
  let pattern = "";
  for (const segment of segments) {
    if (/^\d+$/.test(segment)) pattern += "[]";
    else pattern += pattern === "" ? segment : `.${segment}`;
    // Extension keys are data, not fields: stop at the extensions object.
    if (segment === "extensions") break;
  }
  // The items of a list of codes or ids have no metadata of their own: name the list.
  const field = fieldIds.get(pattern) ?? fieldIds.get(pattern.replace(/\[\]$/, "")) ?? pattern;
  if (fieldCache.size >= FIELD_CACHE_SIZE) fieldCache.clear();
  fieldCache.set(pointer, field);
  return field;
}

/**
 * Counts a bundle's values as carried (those `used` names) or not, and reports the others once per field
 * with TIPX705 and their count. Values in `covered` are not carried but already named by another issue.
 */
export function _accountValues(
  reporter: _Reporter,
  leaves: readonly string[],
  used: ReadonlySet<string>,
  covered: ReadonlySet<string>,
  format: ConversionFormat,
): void {
  const notCarried = new Map<string, { first: string; count: number }>();
  for (const leaf of leaves) {
    if (used.has(leaf)) {
      reporter.carried();
      continue;
    }
    reporter.notCarried();
    if (covered.has(leaf)) continue;
    const field = _fieldOf(leaf);
    const entry = notCarried.get(field);
    if (entry) entry.count += 1;
    else notCarried.set(field, { first: leaf, count: 1 });
  }
  for (const [field, { first, count }] of notCarried) {
    reporter.issue("TIPX705", { field, format }, { path: first, count });
  }
}
