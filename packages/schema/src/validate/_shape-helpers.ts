/**
 * What the generated shape check (`bundle-shape.generated.ts`) calls: small checks that are the same for
 * every field, each exactly as strict as zod or stricter (stricter only sends a bundle to zod).
 *
 * @module
 */
import type * as z from "zod";

/** The codes of a zod enum, as zod itself reads them (the check's `Set` of a long code list). */
export function _codes(schema: z.core.$ZodType): ReadonlySet<unknown> {
  const entries = (schema._zod.def as { entries?: Record<string, unknown> }).entries;
  return new Set(entries === undefined ? [] : Object.values(entries));
}

/** Whether `value` is what zod's objects accept: an object, not `null`, not an array. */
export function _isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether `value` is an object zod's records accept, checked more strictly than zod does: a plain object
 * with no symbol keys (zod checks those too, and a `for...in` loop would not see them).
 */
export function _isRecordObject(value: unknown): value is Record<string, unknown> {
  if (!_isObject(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && Object.getOwnPropertySymbols(value).length === 0;
}

/**
 * 1 at the character code of each hexadecimal digit (0-9, A-F, a-f), 0 at every other UTF-16 code unit:
 * a table as large as the code units, so that a lookup needs no bounds test (64 KB, of which the check
 * touches one line).
 */
const HEX_DIGIT = /* @__PURE__ */ (() => {
  const table = new Uint8Array(65536);
  for (const digit of "0123456789abcdefABCDEF") table[digit.charCodeAt(0)] = 1;
  return table;
})();

/** Whether `value` holds only hexadecimal digits from `from` to `to` (exclusive). */
function hexDigits(value: string, from: number, to: number): boolean {
  let all = 1;
  for (let i = from; i < to; i++) all &= HEX_DIGIT[value.charCodeAt(i)] as number;
  return all === 1;
}

/**
 * The model's UUID pattern (`PATTERNS.uuid`: 8-4-4-4-12 hexadecimal digits), by character codes: the
 * dashes first, then each run of digits against a table. About three times as fast as the regular
 * expression; UUIDs are the most frequent value of a bundle (every id and every reference).
 */
export function _isUuid(value: string): boolean {
  return (
    value.length === 36 &&
    value.charCodeAt(8) === 45 &&
    value.charCodeAt(13) === 45 &&
    value.charCodeAt(18) === 45 &&
    value.charCodeAt(23) === 45 &&
    hexDigits(value, 0, 8) &&
    hexDigits(value, 9, 13) &&
    hexDigits(value, 14, 18) &&
    hexDigits(value, 19, 23) &&
    hexDigits(value, 24, 36)
  );
}

/** How deep free data (the values of `extensions`) may go and still take the fast path. */
const FREE_DEPTH = 64;

function isReserved(key: string): boolean {
  return key === "__proto__" || key === "constructor" || key === "prototype";
}

function freeData(value: unknown, depth: number): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (depth >= FREE_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!freeData(value[i], depth + 1)) return false;
    return true;
  }
  for (const key in value) {
    if (isReserved(key) || !freeData((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/**
 * Whether a value the model leaves free (`z.unknown()`) may take the fast path: zod accepts anything
 * there, but a reserved key (TIPX111) inside must be reported, so such a value (or one deeper than 64
 * levels, or a cycle) is left to the full path.
 */
export function _isFreeData(value: unknown): boolean {
  return freeData(value, 0);
}

/**
 * The refinement at `index` of `schema`'s checks, as a test: the very function zod calls, so the fast
 * path cannot drift from it. A check that is not a refinement (the model changed without regenerating)
 * or a refinement that throws or answers asynchronously tests `false`, and zod decides.
 */
export function _refinement(schema: z.core.$ZodType, index: number): (value: unknown) => boolean {
  const checks = (schema._zod.def as { checks?: readonly z.core.$ZodCheck[] }).checks;
  const def = checks?.[index]?._zod.def as { check?: string; fn?: unknown } | undefined;
  const fn =
    def?.check === "custom" && typeof def.fn === "function" ? (def.fn as (value: unknown) => unknown) : undefined;
  if (fn === undefined) return () => false;
  return (value) => {
    try {
      const result = fn(value);
      return result === true || (Boolean(result) && !(result instanceof Promise));
    } catch {
      return false;
    }
  };
}
