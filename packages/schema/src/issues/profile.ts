import { defineIssue } from "./issue";

// Params carry facts about the rule (the document kind, the profile's country, the expected lengths),
// never a value from the data: identity numbers and phones are direct identifiers.

/**
 * The issues the country profiles report (codes `TIPX3xx`): identity numbers, subdivisions, telephone
 * numbers, legal charges and agencies. A definition with `verified: false` rests on a fact tipx could
 * not check against a primary source, and `tipx explain` says so.
 *
 * @example
 * ```ts
 * import { PROFILE_ISSUES } from "@tipx/schema";
 * PROFILE_ISSUES.TIPX302.title; // "Identity number check digit"
 * ```
 */
export const PROFILE_ISSUES = {
  TIPX301: defineIssue<{ readonly kind: string; readonly country?: string; readonly expected: string }>({
    severity: "error",
    title: "Identity number format",
    message: (p) => `The ${p.kind} number does not have the expected format (${p.expected}).`,
    explanation:
      "After removing spaces, dots and dashes, the number must have the length and characters of its kind (for example 13 digits for a Thai PIN, 7 or 8 for an Argentine DNI). Check that the number was copied in full and that the document kind is right.",
    source: "shared/reference/DOMAIN.md §6.1",
    verified: true,
  }),
  TIPX302: defineIssue<{ readonly kind: string; readonly country?: string }>({
    severity: "error",
    title: "Identity number check digit",
    message: (p) => `The check digit of the ${p.kind} number is wrong.`,
    explanation:
      "The last digit of the number is computed from the others (mod 11). When it does not match, a digit was most likely mistyped or two digits swapped. Compare the number with the document.",
    source: "shared/reference/DOMAIN.md §6.1 [S35a][S35c][S36b][S37e]",
    verified: true,
  }),
  TIPX303: defineIssue<{ readonly kind: string; readonly country?: string }>({
    severity: "error",
    title: "Identity number type prefix",
    message: (p) => `The ${p.kind} number begins with a type prefix that is not allowed.`,
    explanation:
      "The first digits say what kind of holder the number belongs to: a Thai PIN starts with the person type (0–8; 9 is not used), a CUIL or CUIT with 20, 23, 24, 27, 30, 33, 34, 50, 51 or 55.",
    source: "shared/reference/DOMAIN.md §6.1 [S35b][S35c][S36b]",
    verified: true,
  }),
  TIPX304: defineIssue<{ readonly kind: string; readonly country?: string }>({
    severity: "info",
    title: "Thai PIN beginning with 0",
    message: () =>
      "The Thai PIN begins with 0, which is reported on cards issued to non-Thai residents; it was accepted.",
    explanation:
      "python-stdnum rejects Thai PINs beginning with 0, but such numbers are reported on cards of non-Thai residents, who are often the victims in trafficking cases. tipx accepts them as a valid format for a non-citizen until an official source confirms it. Unverified.",
    source: "shared/reference/DOMAIN.md §6.1 [S35c][S35d]; §11 item 12",
    verified: false,
  }),
  TIPX305: defineIssue<{ readonly kind: string; readonly country?: string }>({
    severity: "info",
    title: "CUIL/CUIT check digit 10",
    message: (p) => `The check digit of the ${p.kind} number computes to 10 and was accepted as 9.`,
    explanation:
      "When the CUIL/CUIT formula gives 10, python-stdnum expects 9. Issuers are said to avoid this case by changing the prefix to 23 or 24, so such a number is unusual. Unverified.",
    source: "shared/reference/DOMAIN.md §6.1 [S36b]; §11 item 12",
    verified: false,
  }),
  TIPX306: defineIssue<{ readonly kind: string; readonly kindCountry: string }>({
    severity: "warning",
    title: "Document kind and issuing country differ",
    message: (p, n) =>
      `Documents of kind ${p.kind} are issued by ${n.code("iso3166-1", p.kindCountry)}, but the issuing country given is different.`,
    explanation: "A national document kind belongs to one country. Either the kind or the issuing country is wrong.",
    verified: true,
  }),
  TIPX307: defineIssue<{ readonly kind: string; readonly country?: string }>({
    severity: "error",
    title: "Unknown identity document kind",
    message: () => "The document kind is not one whose format tipx knows.",
    explanation: "checkIdentifier knows TH-PIN, AR-DNI, AR-CUIL, AR-CUIT, PY-CI, PY-RUC, LR-NIN and passport.",
    verified: true,
  }),
  TIPX308: defineIssue<{ readonly kind: string; readonly country?: string; readonly expected: string }>({
    severity: "warning",
    title: "Implausible identity number (unverified format)",
    message: (p) =>
      `The ${p.kind} number does not have the shape tipx expects (${p.expected}); that format is unverified.`,
    explanation:
      "For the Liberian NIN, the Paraguayan cédula and passports tipx could not verify the exact format, so it checks only a lenient shape and warns instead of rejecting. Check the number against the document.",
    source: "shared/reference/DOMAIN.md §6.1 [S37a][S38a]; §11 item 12; passports: ICAO Doc 9303 (named in issue #3)",
    verified: false,
  }),
  TIPX310: defineIssue<{ readonly country: string }>({
    severity: "error",
    title: "Unknown subdivision",
    message: (p, n) => `The subdivision is not an ISO 3166-2 code of ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "The subdivision code begins with the country's code but is not in its ISO 3166-2 list (TH 78 codes, AR 24, PY 18, LR 15). Thai provinces are numbered TH-10 to TH-96 plus TH-S (Pattaya); Paraguay has no PY-17 or PY-18.",
    source: "ISO 3166-2 via iso-codes 4.15.0-1 [S40]; shared/reference/subdivisions/",
    verified: true,
  }),
  TIPX320: defineIssue<{ readonly country?: string; readonly callingCode?: string }>({
    severity: "error",
    title: "Not an E.164 number",
    message: () => "The telephone number is not in E.164 form (+, country code, national number, at most 15 digits).",
    explanation:
      "E.164 numbers are written +, the country calling code and the national significant number, at most 15 digits, without spaces or the national trunk prefix.",
    source: "shared/reference/DOMAIN.md §6.2 [S44]",
    verified: true,
  }),
  TIPX321: defineIssue<{ readonly country: string; readonly callingCode: string }>({
    severity: "error",
    title: "Calling code of another country",
    message: (p, n) =>
      `The telephone number does not begin with the calling code of ${n.code("iso3166-1", p.country)} (+${p.callingCode}).`,
    explanation:
      "checkPhone was asked about one country and the number belongs to another. Validation does not report this: people may hold foreign numbers.",
    source: "shared/reference/countries.csv; DOMAIN.md §6.2 [S39]",
    verified: true,
  }),
  TIPX322: defineIssue<{ readonly country?: string; readonly callingCode: string; readonly lengths: string }>({
    severity: "warning",
    title: "National number length",
    message: (p) =>
      `The national number after +${p.callingCode} has a length the numbering plan does not use (lengths used: ${p.lengths} digits).`,
    explanation:
      "Each country's numbering plan allows only some lengths for the national significant number (the digits after the calling code). The lengths come from libphonenumber metadata; numbering plans change, so this is a warning, and a maintained phone library gives a stricter check.",
    source: "shared/reference/countries.csv; DOMAIN.md §6.2 [S39]",
    verified: true,
  }),
  TIPX323: defineIssue<{ readonly country?: string; readonly callingCode: string; readonly trunkPrefix: string }>({
    severity: "warning",
    title: "Trunk prefix after the calling code",
    message: (p) =>
      `The number keeps the national trunk prefix ${p.trunkPrefix} after +${p.callingCode}; E.164 leaves it out.`,
    explanation:
      "Numbers dialled at home start with the trunk prefix 0 (081 234 5678); in E.164 it is dropped (+66 81 234 5678). That no national number of the country begins with 0 is inferred from the definition of the national significant number, not checked against the numbering plan. Unverified.",
    source: "shared/reference/DOMAIN.md §6.2 [S39]; shared/reference/countries.csv",
    verified: false,
  }),
  TIPX330: defineIssue<{ readonly country: string }>({
    severity: "error",
    title: "Law of another country",
    message: (p, n) =>
      `The charge cites another country's law; the proceeding's jurisdiction is ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "A legal proceeding is held under the law of its jurisdiction; a charge must cite an instrument of that country.",
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
  TIPX331: defineIssue<{ readonly country: string }>({
    severity: "warning",
    title: "Unknown legal instrument",
    message: (p, n) =>
      `The charge cites an instrument that is not in tipx's list for ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "tipx lists each country's anti-trafficking instruments by code (such as TH-ATIPA-2551 or AR-CODIGO-PENAL). A charge under another law is possible, so this is a warning; check the code's spelling.",
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
  TIPX332: defineIssue<{ readonly country: string }>({
    severity: "warning",
    title: "Unknown section",
    message: () => "The charge cites a section that is not in tipx's list for its instrument.",
    explanation:
      "Sections are written as codes such as s6, s6/1, art145bis. tipx lists only the sections its sources describe, so a real section may be missing: this is a warning.",
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
  TIPX340: defineIssue<{ readonly country: string }>({
    severity: "error",
    title: "Unknown agency",
    message: (p, n) => `The agency code is not in tipx's list of agencies of ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "Agency codes begin with the country code (TH-DSI, AR-PROTEX, PY-MRE, LR-AHTTF). Use a code from the profile's agency list, or leave the field out for other organisations.",
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
  TIPX341: defineIssue<{ readonly agencyCountry: string }>({
    severity: "warning",
    title: "Agency of another country",
    message: (p, n) =>
      `The agency belongs to ${n.code("iso3166-1", p.agencyCountry)}, but the organisation's country is different.`,
    explanation:
      "An organisation that names a national agency should have that agency's country; one of the two is wrong.",
    source: "shared/reference/DOMAIN.md §5",
    verified: true,
  }),
} as const;

/** A country-profile issue code, such as `"TIPX302"`. */
export type ProfileIssueCode = keyof typeof PROFILE_ISSUES;
