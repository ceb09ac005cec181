import { _defineIdentifierSpec } from "./_define";
import { _SEPARATORS } from "./normalize";
import type { IdentifierSpec } from "./spec";

/**
 * The Paraguayan civil identity card number (Cédula de Identidad Civil), issued by the Policía
 * Nacional's Departamento de Identificaciones. Numbers are sequential from No. 1 (1924) and have
 * passed 8,000,000, so tipx accepts 1 to 8 digits without a leading zero, written with or without dot
 * thousands separators. No check digit is known, which is unverified: a number outside this shape is
 * reported as a warning (TIPX308), not an error.
 *
 * @see DOMAIN.md §6.1 [S37a][S37b][S37c]; §11 item 12
 * @example
 * ```ts
 * import { paraguayanCedula } from "@tipx/schema";
 * paraguayanCedula.check(paraguayanCedula.normalize("8.177.577")).ok; // true
 * ```
 */
export const paraguayanCedula: IdentifierSpec = _defineIdentifierSpec({
  kind: "PY-CI",
  country: "PY",
  label: "Paraguayan civil identity card (cédula)",
  printedForm: "X.XXX.XXX",
  pattern: "^[1-9]\\d{0,7}$",
  acceptedPattern: "^[1-9]\\d{0,7}$",
  normalization: { remove: _SEPARATORS, thaiDigits: true, upperCase: false },
  check: (normalized) => (/^[1-9]\d{0,7}$/.test(normalized) ? { ok: true, normalized } : { ok: false, normalized, code: "TIPX308" }),
  source: "DOMAIN.md §6.1 [S37a][S37b][S37c]; no check digit known: DOMAIN.md §11 item 12 (unverified)",
  verified: false,
});
