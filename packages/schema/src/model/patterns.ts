/**
 * The regular expressions of the model, by the format name issues report (TIPX105). Schemas and the
 * issue mapper both read this one table, so a pattern and its name cannot drift apart.
 */
export const PATTERNS = {
  uuid: /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
  "partial-date": /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/,
  e164: /^\+[1-9]\d{6,14}$/,
  "iso3166-2": /^[A-Z]{2}-[A-Z0-9]{1,3}$/,
  iso4217: /^[A-Z]{3}$/,
  "extension-key": /^[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+\/[A-Za-z0-9][A-Za-z0-9._-]*$/,
} as const;

/** The name of a format of the model, such as `"e164"`. */
export type PatternName = keyof typeof PATTERNS;
