import { _defineIdentifierSpec } from "../identifiers/_define";
import { _SEPARATORS } from "../identifiers/normalize";
import type { IdentifierSpec, NationalIdentifiers } from "../identifiers/spec";
import type { liberia } from "./country";

/**
 * The Liberian National Identification Number, issued by the National Identification Registry (a
 * random, unique number per person). Its length, format and any check digit were not found in the
 * sources, so tipx only checks a deliberately lenient, plausible shape (4 to 20 letters or digits)
 * and reports anything else as a warning (TIPX308), never as an error.
 *
 * @see National Identification Registry Act (Liberia, 2011)
 * @example
 * ```ts
 * import { liberianNin } from "@tipx/schema";
 * liberianNin.verified; // false
 * ```
 */
export const liberianNin: IdentifierSpec = _defineIdentifierSpec({
  kind: "LR-NIN",
  country: "LR",
  label: "Liberian national identification number (NIN)",
  printedForm: "4 to 20 letters or digits",
  pattern: "^[A-Z0-9]{4,20}$",
  acceptedPattern: "^[A-Z0-9]{4,20}$",
  normalization: { remove: _SEPARATORS, thaiDigits: true, upperCase: true },
  check: (normalized) =>
    /^[A-Z0-9]{4,20}$/.test(normalized) ? { ok: true, normalized } : { ok: false, normalized, code: "TIPX308" },
  source:
    "National Identification Registry Act (2011); National Identification Registry, About and FAQ; length, format and check digit not found (unverified)",
  verified: false,
});

/**
 * Liberia's own identity number kinds, keyed by kind: one spec for each kind `lr/country.ts` lists.
 */
export const LIBERIAN_IDENTIFIERS = { "LR-NIN": liberianNin } as const satisfies NationalIdentifiers<typeof liberia>;
