import * as z from "zod";
import { isOneOf } from "../../codelists/codelist";
import type { IdentityDocumentKind } from "../../codelists/identity-documents";
import { PROFILE_DOCUMENT_KINDS } from "../registry";

/**
 * The identity document kinds whose number format the country profiles know and check: each profile
 * country's own kinds (from the registry), then `passport`, which belongs to every country.
 *
 * @example
 * ```ts
 * import { IDENTIFIER_KINDS } from "@tipx/schema";
 * IDENTIFIER_KINDS.includes("AR-CUIT"); // true
 * ```
 */
export const IDENTIFIER_KINDS = [
  ...PROFILE_DOCUMENT_KINDS,
  "passport",
] as const satisfies readonly IdentityDocumentKind[];

/**
 * An identity document kind the profiles can check: the zod schema and, under the same name, its type.
 *
 * @example
 * ```ts
 * import { IdentifierKind } from "@tipx/schema";
 * const kind: IdentifierKind = IdentifierKind.parse("TH-PIN");
 * ```
 */
export const IdentifierKind = z.enum(IDENTIFIER_KINDS);
/** An identity document kind the profiles can check, such as `"TH-PIN"` or `"passport"`. */
export type IdentifierKind = z.infer<typeof IdentifierKind>;

/**
 * Tells whether `value` is an identity document kind the profiles can check (a type guard).
 *
 * @example
 * ```ts
 * import { isIdentifierKind } from "@tipx/schema";
 * isIdentifierKind("PY-RUC"); // true
 * isIdentifierKind("driving-licence"); // false
 * ```
 */
export function isIdentifierKind(value: unknown): value is IdentifierKind {
  return isOneOf(IDENTIFIER_KINDS, value);
}
