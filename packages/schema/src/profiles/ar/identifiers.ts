import { _defineIdentifierSpec, _isDigits, _weightedSum } from "../identifiers/_define";
import { _SEPARATORS } from "../identifiers/normalize";
import type { IdentifierCheck, IdentifierSpec, NationalIdentifiers } from "../identifiers/spec";
import type { argentina } from "./country";

/**
 * The Argentine national identity document number (Documento Nacional de Identidad): 7 or 8 digits,
 * printed with dots as thousands separators (`20.123.456`). It has no check digit.
 *
 * @see python-stdnum, module stdnum.ar.dni
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
  check: (normalized) =>
    /^\d{7,8}$/.test(normalized) ? { ok: true, normalized } : { ok: false, normalized, code: "TIPX301" },
  source: "python-stdnum stdnum.ar.dni",
  verified: true,
});

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/**
 * The two-digit type prefixes of a CUIL or CUIT that python-stdnum accepts: 20, 23, 24, 27 for
 * individuals, 30, 33, 34 for companies, 50, 51, 55 for international entities. (That 20 means male
 * and 27 female is common knowledge but unverified, so tipx does not use it.)
 *
 * @see python-stdnum, module stdnum.ar.cuit
 * @example
 * ```ts
 * import { CUIT_PREFIXES } from "@tipx/schema";
 * CUIT_PREFIXES.includes("27"); // true
 * ```
 */
export const CUIT_PREFIXES = ["20", "23", "24", "27", "30", "33", "34", "50", "51", "55"] as const;

/** `11 − (weighted sum mod 11)` before the 11 → 0 and 10 → 9 mappings: 1–11. */
export function _cuitRawCheck(first10: string): number {
  return 11 - (_weightedSum(first10, WEIGHTS) % 11);
}

/**
 * Computes the check digit (the 11th digit) of an Argentine CUIL or CUIT from its first 10 digits:
 * `r = 11 − (Σ dᵢ × wᵢ) mod 11` with weights 5,4,3,2,7,6,5,4,3,2; r = 11 gives 0, and r = 10 gives 9
 * as python-stdnum does (issuers are said to avoid that case by changing the prefix to 23 or 24, which
 * is unverified).
 *
 * @param first10 - The prefix and the 8-digit number, ASCII digits without separators.
 * @returns The check digit, 0–9.
 * @throws RangeError when `first10` is not 10 ASCII digits (the message does not repeat the input).
 * @see python-stdnum, module stdnum.ar.cuit
 * @example
 * ```ts
 * import { cuitCheckDigit } from "@tipx/schema";
 * cuitCheckDigit("2005536168"); // 2
 * ```
 */
export function cuitCheckDigit(first10: string): number {
  if (!_isDigits(first10, 10)) throw new RangeError("cuitCheckDigit expects exactly 10 ASCII digits");
  const r = _cuitRawCheck(first10);
  return r === 11 ? 0 : r === 10 ? 9 : r;
}

function _checkCuit(normalized: string): IdentifierCheck {
  if (!/^\d{11}$/.test(normalized)) return { ok: false, normalized, code: "TIPX301" };
  if (!(CUIT_PREFIXES as readonly string[]).includes(normalized.slice(0, 2)))
    return { ok: false, normalized, code: "TIPX303" };
  const body = normalized.slice(0, 10);
  if (cuitCheckDigit(body) !== Number(normalized[10])) return { ok: false, normalized, code: "TIPX302" };
  // Accepted, but the 10 → 9 mapping it relied on is unverified: say so.
  return _cuitRawCheck(body) === 10 ? { ok: true, normalized, info: "TIPX305" } : { ok: true, normalized };
}

const CUIT_SCHEME = {
  name: "ar-cuit-mod11",
  weights: WEIGHTS,
  weightOrder: "left-to-right",
  formula:
    "r = 11 − (Σ dᵢ × wᵢ mod 11) over the first 10 digits (weights 5,4,3,2,7,6,5,4,3,2); r = 11 → 0; r = 10 → 9 (unverified); otherwise r",
  blindSpots:
    "No weight is ≡ 0 (mod 11), so every single-digit change moves the remainder; but r = 10 and r = 9 both give check digit 9, so a change that moves the remainder between 1 and 2 is missed. Adjacent swaps of different digits are detected except in that same case.",
  source: "python-stdnum stdnum.ar.cuit; the r = 10 → 9 mapping is python-stdnum's (unverified against the issuer)",
  verified: true,
} as const;

const ACCEPTED = "^(?:2[0347]|3[034]|5[015])\\d{9}$";

/**
 * Builds the CUIL or the CUIT spec: the two share format, prefixes, check digit and source, and differ
 * only in kind and label.
 */
/* @__NO_SIDE_EFFECTS__ */
function _cuitSpec(kind: "AR-CUIL" | "AR-CUIT", label: IdentifierSpec["label"]): IdentifierSpec {
  return _defineIdentifierSpec({
    kind,
    country: "AR",
    label,
    printedForm: "XX-XXXXXXXX-X",
    pattern: "^\\d{11}$",
    acceptedPattern: ACCEPTED,
    normalization: { remove: _SEPARATORS, thaiDigits: true, upperCase: false },
    checkDigit: CUIT_SCHEME,
    check: _checkCuit,
    source: "python-stdnum stdnum.ar.cuit",
    verified: true,
  });
}

/**
 * The Argentine Código Único de Identificación Laboral (CUIL, for workers): 11 digits `XX-XXXXXXXX-X`,
 * a type prefix, the 8-digit number (the DNI for people) and a check digit. Same format as the CUIT.
 *
 * @see python-stdnum, module stdnum.ar.cuit
 * @example
 * ```ts
 * import { argentineCuil } from "@tipx/schema";
 * argentineCuil.check(argentineCuil.normalize("20-26756539-3")).ok; // true
 * ```
 */
export const argentineCuil: IdentifierSpec = _cuitSpec("AR-CUIL", "Argentine labour identification code (CUIL)");

/**
 * The Argentine Clave Única de Identificación Tributaria (CUIT, for taxpayers): same format and check
 * digit as the CUIL.
 *
 * @see python-stdnum, module stdnum.ar.cuit
 * @example
 * ```ts
 * import { argentineCuit } from "@tipx/schema";
 * argentineCuit.check(argentineCuit.normalize("20267565392")).ok; // false
 * ```
 */
export const argentineCuit: IdentifierSpec = _cuitSpec("AR-CUIT", "Argentine tax identification code (CUIT)");

/**
 * Argentina's own identity number kinds, keyed by kind: one spec for each kind `ar/country.ts` lists.
 */
export const ARGENTINE_IDENTIFIERS = {
  "AR-DNI": argentineDni,
  "AR-CUIL": argentineCuil,
  "AR-CUIT": argentineCuit,
} as const satisfies NationalIdentifiers<typeof argentina>;
