import * as z from "zod";
import type { IdentityDocumentKind } from "../../codelists/identity-documents";

/**
 * The identity document kinds whose number format the country profiles know and check. `passport`
 * belongs to every country; the others to the country in their prefix.
 *
 * @example
 * ```ts
 * import { IDENTIFIER_KINDS } from "@tipx/schema";
 * IDENTIFIER_KINDS.includes("AR-CUIT"); // true
 * ```
 */
export const IDENTIFIER_KINDS = [
  "TH-PIN",
  "AR-DNI",
  "AR-CUIL",
  "AR-CUIT",
  "PY-CI",
  "PY-RUC",
  "LR-NIN",
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
  return typeof value === "string" && (IDENTIFIER_KINDS as readonly string[]).includes(value);
}
