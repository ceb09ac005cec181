import { type IdentifierKind, isIdentifierKind } from "./kinds";
import type { IdentifierCheck } from "./spec";
import { IDENTIFIER_SPECS } from "./specs";

/**
 * Normalizes a written identity number the way its kind requires: removes spaces, dots and dashes
 * (and `<` fillers for passports), reads Thai digits as ASCII, upper-cases letters where the kind has
 * letters.
 *
 * @returns The normalized number, or `undefined` when `kind` is not a kind the profiles know.
 * @example
 * ```ts
 * import { normalizeIdentifier } from "@tipx/schema";
 * normalizeIdentifier("TH-PIN", "๑-๑๑๒๐-๓๔๕๖๓-๕๖-๒"); // "1112034563562"
 * ```
 */
export function normalizeIdentifier(kind: IdentifierKind, value: string): string | undefined {
  return isIdentifierKind(kind) ? IDENTIFIER_SPECS[kind].normalize(value) : undefined;
}

/**
 * Checks an identity number against its kind's format, type prefix and check digit. Never throws:
 * an unknown kind or a non-string value gives `{ ok: false, code: "TIPX307" }` or `"TIPX301"`.
 *
 * Codes when `ok` is false: `TIPX301` wrong format, `TIPX302` wrong check digit, `TIPX303` type
 * prefix not allowed, `TIPX307` unknown kind, `TIPX308` outside the plausible shape of a kind whose
 * format is unverified (a warning). Codes in `info` when `ok` is true: `TIPX304` Thai number
 * beginning with 0, `TIPX305` CUIL/CUIT whose check digit computed to 10.
 *
 * @param kind - The document kind, as in `IdentityDocument.kind`.
 * @param value - The number as written; separators and Thai digits are allowed.
 * @example
 * ```ts
 * import { checkIdentifier } from "@tipx/schema";
 * checkIdentifier("AR-CUIT", "20-05536168-2"); // { ok: true, normalized: "20055361682" }
 * checkIdentifier("AR-CUIT", "20267565392"); // { ok: false, normalized: "20267565392", code: "TIPX302" }
 * ```
 */
export function checkIdentifier(kind: IdentifierKind, value: string): IdentifierCheck {
  if (!isIdentifierKind(kind)) return { ok: false, code: "TIPX307" };
  if (typeof value !== "string") return { ok: false, code: "TIPX301" };
  const spec = IDENTIFIER_SPECS[kind];
  return spec.check(spec.normalize(value));
}
