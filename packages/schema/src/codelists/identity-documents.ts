import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The kinds of identity document tipx records: national numbers of the four tipx countries, prefixed
 * with their ISO 3166-1 alpha-2 code, then kinds that exist in every country.
 *
 * @example
 * ```ts
 * import { IDENTITY_DOCUMENT_KINDS } from "@tipx/schema";
 * IDENTITY_DOCUMENT_KINDS.includes("TH-PIN"); // true
 * ```
 */
export const IDENTITY_DOCUMENT_KINDS = [
  "TH-PIN",
  "AR-DNI",
  "AR-CUIL",
  "AR-CUIT",
  "PY-CI",
  "PY-RUC",
  "LR-NIN",
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
 * import { identityDocumentKinds, translate } from "@tipx/schema";
 * translate(identityDocumentKinds.meta["TH-PIN"].label, "th"); // "เลขประจำตัวประชาชน"
 * ```
 */
export const identityDocumentKinds = defineCodeList({
  id: "tipx.identity-document-kind",
  name: { en: "Identity document kind", th: "ประเภทเอกสารแสดงตน", es: "Tipo de documento de identidad" },
  source:
    "tipx 1.0, after the national identifiers of TH, AR, PY and LR (shared/reference/DOMAIN.md §6.1) and ICAO Doc 9303 " +
    "for passports",
  codes: IDENTITY_DOCUMENT_KINDS,
  extensible: true,
  meta: {
    "TH-PIN": {
      label: {
        en: "Thai personal identification number",
        th: "เลขประจำตัวประชาชน",
        es: "Número de identificación personal de Tailandia",
      },
      definition:
        "The 13-digit number Thai civil registration assigns to each registered person (Thai nationals and some " +
        "non-nationals), printed as X-XXXX-XXXXX-XX-X; the last digit is a check digit.",
    },
    "AR-DNI": {
      label: {
        en: "Argentine national identity document (DNI)",
        th: "บัตรประจำตัวประชาชนอาร์เจนตินา (DNI)",
        es: "Documento Nacional de Identidad (DNI)",
      },
      definition: "Argentina's Documento Nacional de Identidad, a 7- or 8-digit number issued by RENAPER to citizens and residents.",
    },
    "AR-CUIL": {
      label: {
        en: "Argentine labour identification code (CUIL)",
        th: "รหัสประจำตัวผู้ใช้แรงงานอาร์เจนตินา (CUIL)",
        es: "Código Único de Identificación Laboral (CUIL)",
      },
      definition:
        "Argentina's Código Único de Identificación Laboral for workers: 11 digits, a 2-digit prefix, the DNI " +
        "number and a check digit, issued by ANSES.",
    },
    "AR-CUIT": {
      label: {
        en: "Argentine tax identification code (CUIT)",
        th: "รหัสประจำตัวผู้เสียภาษีอาร์เจนตินา (CUIT)",
        es: "Clave Única de Identificación Tributaria (CUIT)",
      },
      definition: "Argentina's Clave Única de Identificación Tributaria for taxpayers, people or companies: 11 digits, same format as the CUIL.",
    },
    "PY-CI": {
      label: {
        en: "Paraguayan identity card number (cédula)",
        th: "บัตรประจำตัวประชาชนปารากวัย (Cédula)",
        es: "Cédula de identidad civil (Paraguay)",
      },
      definition: "Paraguay's Cédula de Identidad Civil, a sequential number of up to 8 digits issued by the Policía Nacional.",
    },
    "PY-RUC": {
      label: {
        en: "Paraguayan taxpayer number (RUC)",
        th: "เลขประจำตัวผู้เสียภาษีปารากวัย (RUC)",
        es: "Registro Único del Contribuyente (RUC)",
      },
      definition: "Paraguay's Registro Único del Contribuyente, a tax number with a final check digit, written NNNNNNNN-D.",
    },
    "LR-NIN": {
      label: {
        en: "Liberian national identification number (NIN)",
        th: "เลขประจำตัวประชาชนไลบีเรีย (NIN)",
        es: "Número de identificación nacional de Liberia (NIN)",
      },
      definition:
        "The number Liberia's National Identification Registry assigns to citizens and residents with their " +
        "biometric card; its length and format are not verified in tipx's sources.",
    },
    passport: {
      label: { en: "Passport", th: "หนังสือเดินทาง", es: "Pasaporte" },
      definition: "A travel document issued by a state to its nationals; record the issuing country.",
    },
    "residence-permit": {
      label: { en: "Residence permit", th: "ใบอนุญาตให้อยู่อาศัย", es: "Permiso de residencia" },
      definition: "A document allowing a foreign national to live in the issuing country.",
    },
    "work-permit": {
      label: { en: "Work permit", th: "ใบอนุญาตทำงาน", es: "Permiso de trabajo" },
      definition: "A document allowing a foreign national to work in the issuing country.",
    },
    "birth-certificate": {
      label: { en: "Birth certificate", th: "สูติบัตร", es: "Partida de nacimiento" },
      definition: "The civil-registry record of a person's birth; often the only document a child has.",
    },
    other: {
      label: { en: "Other", th: "อื่น ๆ", es: "Otro" },
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
