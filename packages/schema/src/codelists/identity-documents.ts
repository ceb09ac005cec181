import * as z from "zod";
import { PROFILE_DOCUMENT_KINDS, PROFILE_DOCUMENTS } from "../profiles/registry";
import { defineCodeList } from "./codelist";

/**
 * The kinds of identity document tipx records: national numbers of the profile countries, prefixed
 * with their ISO 3166-1 alpha-2 code (each country lists its own in `profiles/<cc>/country.ts`), then
 * kinds that exist in every country.
 *
 * @example
 * ```ts
 * import { IDENTITY_DOCUMENT_KINDS } from "@tipx/schema";
 * IDENTITY_DOCUMENT_KINDS.includes("TH-PIN"); // true
 * ```
 */
export const IDENTITY_DOCUMENT_KINDS = [
  ...PROFILE_DOCUMENT_KINDS,
  "passport",
  "residence-permit",
  "work-permit",
  "birth-certificate",
  "other",
] as const;

/**
 * The code list of identity document kinds. It is extensible, so that a profile or a sender can add
 * other national documents (named `<alpha-2>-<ABBREVIATION>` like those here). Formats and check
 * digits are checked by the country profiles, not here.
 *
 * @example
 * ```ts
 * import { codeLabel, identityDocumentKinds } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * codeLabel(identityDocumentKinds, "TH-PIN", th); // "เลขประจำตัวประชาชน"
 * ```
 */
export const identityDocumentKinds = defineCodeList({
  id: "tipx.identity-document-kind",
  name: "Identity document kind",
  source:
    "tipx 1.0, after the national identity documents of TH (PIN), AR (DNI, CUIL, CUIT), PY (cédula, RUC) and LR (NIN) " +
    "and ICAO Doc 9303 for passports",
  codes: IDENTITY_DOCUMENT_KINDS,
  extensible: true,
  meta: {
    ...PROFILE_DOCUMENTS,
    passport: {
      label: "Passport",
      definition: "A travel document issued by a state to its nationals; record the issuing country.",
    },
    "residence-permit": {
      label: "Residence permit",
      definition: "A document allowing a foreign national to live in the issuing country.",
    },
    "work-permit": {
      label: "Work permit",
      definition: "A document allowing a foreign national to work in the issuing country.",
    },
    "birth-certificate": {
      label: "Birth certificate",
      definition: "The civil-registry record of a person's birth; often the only document a child has.",
    },
    other: {
      label: "Other",
      definition: "Any other identity document; say which in the document's own data.",
    },
  },
});

/**
 * Zod schema of an identity document kind (strict: lenient validation of this extensible list is
 * `validate()`'s job).
 *
 * @example
 * ```ts
 * import { IdentityDocumentKind } from "@tipx/schema";
 * IdentityDocumentKind.parse("AR-DNI"); // "AR-DNI"
 * IdentityDocumentKind.safeParse("DNI").success; // false
 * ```
 */
export const IdentityDocumentKind = z.enum(IDENTITY_DOCUMENT_KINDS);
/** A kind of identity document, such as `"TH-PIN"` or `"passport"`. */
export type IdentityDocumentKind = z.infer<typeof IdentityDocumentKind>;
