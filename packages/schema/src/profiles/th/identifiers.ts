import { _defineIdentifierSpec, _isDigits, _weightedSum } from "../identifiers/_define";
import { _SEPARATORS } from "../identifiers/normalize";
import type { IdentifierSpec, NationalIdentifiers } from "../identifiers/spec";
import type { thailand } from "./country";

const WEIGHTS = [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/**
 * Computes the check digit (the 13th digit) of a Thai personal identification number from its first
 * 12 digits: `(11 − (Σ dᵢ × (14 − i)) mod 11) mod 10`.
 *
 * @param first12 - The first 12 digits, ASCII, without separators.
 * @returns The check digit, 0–9.
 * @throws RangeError when `first12` is not 12 ASCII digits (the message does not repeat the input).
 * @see python-stdnum, module stdnum.th.pin
 * @example
 * ```ts
 * import { thaiPinCheckDigit } from "@tipx/schema";
 * thaiPinCheckDigit("111203456356"); // 2
 * ```
 */
export function thaiPinCheckDigit(first12: string): number {
  if (!_isDigits(first12, 12)) throw new RangeError("thaiPinCheckDigit expects exactly 12 ASCII digits");
  return (11 - (_weightedSum(first12, WEIGHTS) % 11)) % 10;
}

/**
 * The Thai 13-digit personal identification number (เลขประจำตัวประชาชน), assigned by the Department of
 * Provincial Administration.
 *
 * The first digit is the person type (1–8 in the published list); 9 is rejected (TIPX303), as
 * python-stdnum does. A first digit 0 is accepted with the `info` code TIPX304: such numbers are
 * reported on cards issued to non-Thai residents, who are often the victims in this domain, and
 * tipx treats them as "valid format, non-citizen" until an official source confirms it (unverified). The check
 * digit is still required to be right.
 *
 * @see python-stdnum, module stdnum.th.pin (format, person type and check digit)
 * @example
 * ```ts
 * import { thaiPin } from "@tipx/schema";
 * thaiPin.check(thaiPin.normalize("1-1120-34563-56-2")).ok; // true
 * ```
 */
export const thaiPin: IdentifierSpec = _defineIdentifierSpec({
  kind: "TH-PIN",
  country: "TH",
  label: "Thai personal identification number",
  printedForm: "X-XXXX-XXXXX-XX-X",
  pattern: "^\\d{13}$",
  acceptedPattern: "^[0-8]\\d{12}$",
  normalization: { remove: _SEPARATORS, thaiDigits: true, upperCase: false },
  checkDigit: {
    name: "th-pin-mod11",
    weights: WEIGHTS,
    weightOrder: "left-to-right",
    formula: "sum = Σ dᵢ × wᵢ over the first 12 digits (weights 13 down to 2); check = (11 − sum mod 11) mod 10",
    blindSpots:
      "Digit 3 has weight 11 ≡ 0 (mod 11), so no change to it is ever detected. Remainders 0 and 10 both give check digit 1, so a change that moves the remainder between 0 and 10 is missed. Other single-digit changes and adjacent swaps of different digits are detected.",
    source: "python-stdnum stdnum.th.pin (verified by computation on published examples)",
    verified: true,
  },
  check: (normalized) => {
    if (!/^\d{13}$/.test(normalized)) return { ok: false, normalized, code: "TIPX301" };
    if (normalized.startsWith("9")) return { ok: false, normalized, code: "TIPX303" };
    if (thaiPinCheckDigit(normalized.slice(0, 12)) !== Number(normalized[12])) {
      return { ok: false, normalized, code: "TIPX302" };
    }
    return normalized.startsWith("0") ? { ok: true, normalized, info: "TIPX304" } : { ok: true, normalized };
  },
  source:
    "Ministry of Interior (Department of Provincial Administration) 13-digit PIN, as python-stdnum stdnum.th.pin checks it; a leading 0 is reported on cards of non-Thai residents (unverified)",
  verified: true,
});

/**
 * Thailand's own identity number kinds, keyed by kind: one spec for each kind `th/country.ts` lists.
 */
export const THAI_IDENTIFIERS = { "TH-PIN": thaiPin } as const satisfies NationalIdentifiers<typeof thailand>;
