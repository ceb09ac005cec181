import { _defineIdentifierSpec } from "./_define";
import type { IdentifierSpec } from "./spec";

/**
 * A passport document number, checked against the shape of the document-number field of the machine
 * readable zone (ICAO Doc 9303): up to 9 characters, each an upper-case letter A–Z or a digit. Letters
 * are upper-cased before the check, since the zone has only capitals and a lower-case letter in data
 * is a transcription of the same character; `<` fillers copied from the zone are removed with the
 * usual separators. tipx has not checked this shape against the text of ICAO Doc 9303, so it is
 * `verified: false` and a mismatch is a warning (TIPX308). Passports are checked in every
 * profile, whatever their issuing country.
 *
 * @example
 * ```ts
 * import { passportNumber } from "@tipx/schema";
 * passportNumber.check(passportNumber.normalize("ab123456<")).ok; // true
 * ```
 */
export const passportNumber: IdentifierSpec = _defineIdentifierSpec({
  kind: "passport",
  country: null,
  label: "Passport",
  printedForm: "AAAAAAAAA",
  pattern: "^[A-Z0-9]{1,9}$",
  acceptedPattern: "^[A-Z0-9]{1,9}$",
  normalization: { remove: "[\\s.\\-<]", thaiDigits: true, upperCase: true },
  check: (normalized) =>
    /^[A-Z0-9]{1,9}$/.test(normalized) ? { ok: true, normalized } : { ok: false, normalized, code: "TIPX308" },
  source: "ICAO Doc 9303, machine readable zone, document number field (not checked against the text: unverified)",
  verified: false,
});
