/** The longest `id` a JSON report repeats; a bundle id is a UUID (36 characters). */
export const MAX_REPORTED_ID_LENGTH = 100;

/**
 * The bundle id to name a record by in reports: the record's top-level `id` when it is a string of at
 * most {@link MAX_REPORTED_ID_LENGTH} characters. Nothing else of the record is ever repeated, and a
 * longer string is left out: it is not an id anyone looks a bundle up by, and may be a pasted record.
 *
 * @param value - the record's parsed JSON value.
 * @returns the id, or `undefined`.
 */
export function reportedRecordId(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, "id"))
    return undefined;
  const id: unknown = (value as { readonly id?: unknown }).id;
  return typeof id === "string" && id.length <= MAX_REPORTED_ID_LENGTH ? id : undefined;
}
