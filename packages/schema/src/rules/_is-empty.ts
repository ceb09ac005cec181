/**
 * Whether a value records nothing: absent, `null`, an empty string, an empty list, an empty object. What
 * the HTCDS Core-field rule (TIPX603) counts as a missing field.
 *
 * @param value - Validated data (plain JSON), where a `for...in` loop sees only own keys.
 * @returns `true` when the value records nothing.
 */
export function _isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value !== "object") return false;
  // Validated data is plain JSON: a for-in loop sees only its own keys, and allocates nothing.
  for (const _key in value) return false;
  return true;
}
