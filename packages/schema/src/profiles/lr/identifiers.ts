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
 * @see DOMAIN.md §6.1 [S38a][S38b]; §11 item 12
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
  source: "DOMAIN.md §6.1 [S38a][S38b]; length/format/check digit not found: DOMAIN.md §11 item 12 (unverified)",
  verified: false,
});

/**
 * Liberia's own identity number kinds, keyed by kind: one spec for each kind `lr/country.ts` lists.
 */
export const LIBERIAN_IDENTIFIERS = { "LR-NIN": liberianNin } as const satisfies NationalIdentifiers<typeof liberia>;
