import { _defineIdentifierSpec } from "./_define";
import { _SEPARATORS } from "./normalize";
import type { IdentifierSpec } from "./spec";

/**
 * The Argentine national identity document number (Documento Nacional de Identidad): 7 or 8 digits,
 * printed with dots as thousands separators (`20.123.456`). It has no check digit.
 *
 * @see DOMAIN.md §6.1 [S36a]
 * @example
 * ```ts
 * import { argentineDni } from "@tipx/schema";
 * argentineDni.check(argentineDni.normalize("20.123.456")).ok; // true
 * ```
 */
export const argentineDni: IdentifierSpec = _defineIdentifierSpec({
  kind: "AR-DNI",
  country: "AR",
  label: "Argentine national identity document (DNI)",
  printedForm: "XX.XXX.XXX",
  pattern: "^\\d{7,8}$",
  acceptedPattern: "^\\d{7,8}$",
  normalization: { remove: _SEPARATORS, thaiDigits: true, upperCase: false },
  check: (normalized) => (/^\d{7,8}$/.test(normalized) ? { ok: true, normalized } : { ok: false, normalized, code: "TIPX301" }),
  source: "DOMAIN.md §6.1 [S36a]",
  verified: true,
});
