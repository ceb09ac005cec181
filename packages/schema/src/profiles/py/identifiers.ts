import { _defineIdentifierSpec, _weightedSum } from "../identifiers/_define";
import { _SEPARATORS } from "../identifiers/normalize";
import type { IdentifierSpec, NationalIdentifiers } from "../identifiers/spec";
import type { paraguay } from "./country";

/**
 * The Paraguayan civil identity card number (Cédula de Identidad Civil), issued by the Policía
 * Nacional's Departamento de Identificaciones. Numbers are sequential from No. 1 (1924) and have
 * passed 8,000,000, so tipx accepts 1 to 8 digits without a leading zero, written with or without dot
 * thousands separators. No check digit is known, which is unverified: a number outside this shape is
 * reported as a warning (TIPX308), not an error.
 *
 * @see Ley 222/93, as amended by Ley 5757/2016 (Policía Nacional, Departamento de Identificaciones)
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
  check: (normalized) =>
    /^[1-9]\d{0,7}$/.test(normalized) ? { ok: true, normalized } : { ok: false, normalized, code: "TIPX308" },
  source:
    "Policía Nacional, Departamento de Identificaciones (Ley 222/93, as amended by Ley 5757/2016); numbering as reported by the press; no check digit known (unverified)",
  verified: false,
});

// Weights run 2, 3, 4, ... from the digit just before the check digit backwards; a base has at most
// 8 digits, so 8 weights suffice.
const WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9] as const;

/**
 * Computes the check digit of a Paraguayan RUC (tax number) from its base: `(−Σ wᵢ × dᵢ mod 11) mod 10`
 * with weights 2, 3, 4, … from the rightmost digit of the base.
 *
 * @param base - The RUC without its check digit: 1 to 8 ASCII digits without separators.
 * @returns The check digit, 0–9.
 * @throws RangeError when `base` is not 1 to 8 ASCII digits (the message does not repeat the input).
 * @see python-stdnum, module stdnum.py.ruc
 * @example
 * ```ts
 * import { rucCheckDigit } from "@tipx/schema";
 * rucCheckDigit("1234567"); // 9
 * ```
 */
export function rucCheckDigit(base: string): number {
  if (!/^\d{1,8}$/.test(base)) throw new RangeError("rucCheckDigit expects 1 to 8 ASCII digits");
  const reversed = [...base].reverse().join("");
  const sum = _weightedSum(reversed, WEIGHTS);
  // `%` keeps the sign in JavaScript, so add 11 before the second `%` to get the mathematical modulo.
  return (((-sum % 11) + 11) % 11) % 10;
}

/**
 * The Paraguayan taxpayer number (Registro Único de Contribuyentes): up to 9 digits including a final
 * check digit, printed `NNNNNNNN-D`. For individuals the base is commonly the cédula number
 * (unverified; tipx does not compare them).
 *
 * @see python-stdnum, module stdnum.py.ruc
 * @example
 * ```ts
 * import { paraguayanRuc } from "@tipx/schema";
 * paraguayanRuc.check(paraguayanRuc.normalize("1234567-9")).ok; // true
 * ```
 */
export const paraguayanRuc: IdentifierSpec = _defineIdentifierSpec({
  kind: "PY-RUC",
  country: "PY",
  label: "Paraguayan taxpayer number (RUC)",
  printedForm: "XXXXXXXX-X",
  pattern: "^\\d{2,9}$",
  acceptedPattern: "^\\d{2,9}$",
  normalization: { remove: _SEPARATORS, thaiDigits: true, upperCase: false },
  checkDigit: {
    name: "py-ruc-mod11",
    weights: WEIGHTS,
    weightOrder: "right-to-left",
    formula:
      "sum = Σ dᵢ × wᵢ over the base, weights 2, 3, 4, … from its rightmost digit; check = ((−sum) mod 11) mod 10",
    blindSpots:
      "(−sum) mod 11 = 0 and = 10 both give check digit 0, so a change that moves sum mod 11 between 0 and 1 is missed. Every other single-digit change and adjacent swap of different digits is detected (no weight up to 9 is ≡ 0 mod 11).",
    source: "python-stdnum stdnum.py.ruc",
    verified: true,
  },
  check: (normalized) => {
    if (!/^\d{2,9}$/.test(normalized)) return { ok: false, normalized, code: "TIPX301" };
    const check = rucCheckDigit(normalized.slice(0, -1));
    return check === Number(normalized.slice(-1))
      ? { ok: true, normalized }
      : { ok: false, normalized, code: "TIPX302" };
  },
  source: "python-stdnum stdnum.py.ruc",
  verified: true,
});

/**
 * Paraguay's own identity number kinds, keyed by kind: one spec for each kind `py/country.ts` lists.
 */
export const PARAGUAYAN_IDENTIFIERS = {
  "PY-CI": paraguayanCedula,
  "PY-RUC": paraguayanRuc,
} as const satisfies NationalIdentifiers<typeof paraguay>;
