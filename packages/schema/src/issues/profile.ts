import { defineIssue, type Names } from "./issue";

/** An identity document kind as a quoted name, by its label ("Thai personal identification number"). */
function kind(n: Names, code: string): string {
  return `“${n.code("tipx.identity-document-kind", code)}”`;
}

// Params carry facts about the rule (the document kind, the profile's country, the expected lengths),
// never a value from the data: identity numbers and phones are direct identifiers.

/**
 * The issues the country profiles report (codes `TIPX3xx`): identity numbers, subdivisions, telephone
 * numbers, legal charges, agencies, calendar eras and protection periods. A definition with
 * `verified: false` rests on a fact tipx could not check against a primary source, and `tipx explain`
 * says so.
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
    message: (p, n) => `${kind(n, p.kind)}: the number does not have the expected format (${p.expected}).`,
    explanation:
      "After removing spaces, dots and dashes, the number must have the length and characters of its kind (for example 13 digits for a Thai PIN, 7 or 8 for an Argentine DNI). Check that the number was copied in full and that the document kind is right.",
    source:
      "TH PIN: python-stdnum stdnum.th.pin; AR DNI, CUIL and CUIT: python-stdnum stdnum.ar.dni and stdnum.ar.cuit; PY RUC: python-stdnum stdnum.py.ruc",
    verified: true,
  }),
  TIPX302: defineIssue<{ readonly kind: string; readonly country?: string }>({
    severity: "error",
    title: "Identity number check digit",
    message: (p, n) => `${kind(n, p.kind)}: the check digit of the number is wrong.`,
    explanation:
      "The last digit of the number is computed from the others (mod 11). When it does not match, a digit was most likely mistyped or two digits swapped. Compare the number with the document.",
    source:
      "Check-digit algorithms of python-stdnum: stdnum.th.pin (Thai PIN), stdnum.ar.cuit (CUIL, CUIT), stdnum.py.ruc (RUC)",
    verified: true,
  }),
  TIPX303: defineIssue<{ readonly kind: string; readonly country?: string }>({
    severity: "error",
    title: "Identity number type prefix",
    message: (p, n) => `${kind(n, p.kind)}: the number begins with a type prefix that is not allowed.`,
    explanation:
      "The first digits say what kind of holder the number belongs to: a Thai PIN starts with the person type (0–8; 9 is not used), a CUIL or CUIT with 20, 23, 24, 27, 30, 33, 34, 50, 51 or 55.",
    source: "python-stdnum stdnum.th.pin (person type, first digit) and stdnum.ar.cuit (CUIL and CUIT prefixes)",
    verified: true,
  }),
  TIPX304: defineIssue<{ readonly kind: string; readonly country?: string }>({
    severity: "info",
    title: "Thai PIN beginning with 0",
    message: () =>
      "The Thai PIN begins with 0, which is reported on cards issued to non-Thai residents; it was accepted.",
    explanation:
      "python-stdnum rejects Thai PINs beginning with 0, but such numbers are reported on cards of non-Thai residents, who are often the victims in trafficking cases. tipx accepts them as a valid format for a non-citizen until an official source confirms it. Unverified.",
    source:
      "python-stdnum stdnum.th.pin rejects a leading 0; cards with a leading 0 issued to non-Thai residents are reported only (unverified)",
    verified: false,
  }),
  TIPX305: defineIssue<{ readonly kind: string; readonly country?: string }>({
    severity: "info",
    title: "CUIL/CUIT check digit 10",
    message: (p, n) => `${kind(n, p.kind)}: the check digit of the number computes to 10, and 9 was accepted.`,
    explanation:
      "When the CUIL/CUIT formula gives 10, python-stdnum expects 9. Issuers are said to avoid this case by changing the prefix to 23 or 24, so such a number is unusual. Unverified.",
    source: "python-stdnum stdnum.ar.cuit (a computed 10 becomes 9); how issuers avoid the case is unverified",
    verified: false,
  }),
  TIPX306: defineIssue<{ readonly kind: string; readonly kindCountry: string }>({
    severity: "warning",
    title: "Document kind and issuing country differ",
    message: (p, n) =>
      `Documents of the kind ${kind(n, p.kind)} are issued by ${n.code("iso3166-1", p.kindCountry)}, but the issuing country given is another.`,
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
    message: (p, n) =>
      `${kind(n, p.kind)}: the number does not have the shape tipx expects (${p.expected}); that format is unverified.`,
    explanation:
      "For the Liberian NIN, the Paraguayan cédula and passports tipx could not verify the exact format, so it checks only a lenient shape and warns instead of rejecting. Check the number against the document.",
    source:
      "LR NIN: National Identification Registry Act (2011); PY cédula: Ley 222/93 as amended by Ley 5757/2016 (Policía Nacional); passports: ICAO Doc 9303. Exact formats unverified",
    verified: false,
  }),
  TIPX310: defineIssue<{ readonly country: string }>({
    severity: "error",
    title: "Unknown subdivision",
    message: (p, n) => `The subdivision code is not an ISO 3166-2 code of ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "The subdivision code begins with the country's code but is not in its ISO 3166-2 list (TH 78 codes, AR 24, PY 18, LR 15). Thai provinces are numbered TH-10 to TH-96 plus TH-S (Pattaya); Paraguay has no PY-17 or PY-18. `tipx codes iso3166-2.TH` (or `.AR`, `.PY`, `.LR`) prints a country's codes with their names.",
    source: "ISO 3166-2 via Debian iso-codes 4.15.0-1",
    verified: true,
  }),
  TIPX320: defineIssue<{ readonly country?: string; readonly callingCode?: string }>({
    severity: "error",
    title: "Not an E.164 number",
    message: () => "The telephone number is not in E.164 form (+, country code, national number, at most 15 digits).",
    explanation:
      "E.164 numbers are written +, the country calling code and the national significant number, at most 15 digits, without spaces or the national trunk prefix.",
    source: "ITU-T Recommendation E.164 (11/2010): at most 15 digits after the +",
    verified: true,
  }),
  TIPX321: defineIssue<{ readonly country: string; readonly callingCode: string }>({
    severity: "error",
    title: "Calling code of another country",
    message: (p, n) =>
      `The telephone number does not begin with the calling code of ${n.code("iso3166-1", p.country)} (+${p.callingCode}).`,
    explanation:
      "checkPhone was asked about one country and the number belongs to another. Validation does not report this: people may hold foreign numbers.",
    source:
      "ITU-T E.164 country calling codes; national number lengths from libphonenumber metadata (libphonenumber-js 1.13.16)",
    verified: true,
  }),
  TIPX322: defineIssue<{ readonly country?: string; readonly callingCode: string; readonly lengths: string }>({
    severity: "warning",
    title: "National number length",
    message: (p) =>
      `The national number after +${p.callingCode} has a length the numbering plan does not use (lengths used: ${p.lengths} digits).`,
    explanation:
      "Each country's numbering plan allows only some lengths for the national significant number (the digits after the calling code). The lengths come from libphonenumber metadata; numbering plans change, so this is a warning, and a maintained phone library gives a stricter check.",
    source:
      "ITU-T E.164 country calling codes; national number lengths from libphonenumber metadata (libphonenumber-js 1.13.16)",
    verified: true,
  }),
  TIPX323: defineIssue<{ readonly country?: string; readonly callingCode: string; readonly trunkPrefix: string }>({
    severity: "warning",
    title: "Trunk prefix after the calling code",
    message: (p) =>
      `The number keeps the national trunk prefix ${p.trunkPrefix} after +${p.callingCode}; E.164 leaves it out.`,
    explanation:
      "Numbers dialled at home start with the trunk prefix 0 (081 234 5678); in E.164 it is dropped (+66 81 234 5678). That no national number of the country begins with 0 is inferred from the definition of the national significant number, not checked against the numbering plan. Unverified.",
    source:
      "ITU-T Recommendation E.164 (national significant number); trunk prefixes from libphonenumber metadata (libphonenumber-js 1.13.16)",
    verified: false,
  }),
  TIPX330: defineIssue<{ readonly country: string }>({
    severity: "error",
    title: "Law of another country",
    message: (p, n) =>
      `The charge cites another country's law; the proceeding's jurisdiction is ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "A legal proceeding is held under the law of its jurisdiction; a charge must cite an instrument of that country.",
    source:
      "The anti-trafficking law of each profile country: TH Anti-Trafficking in Persons Act B.E. 2551 (2008) as amended; AR Ley 26.364 as amended by Ley 26.842, and Código Penal arts. 145 bis–145 ter; PY Ley 4788/2012 and Código Penal art. 129; LR Act to Ban Trafficking in Persons (2005, revised 2021) and Decent Work Act 2015",
    verified: true,
  }),
  TIPX331: defineIssue<{ readonly country: string }>({
    severity: "warning",
    title: "Unknown legal instrument",
    message: (p, n) =>
      `The charge cites an instrument that is not in tipx's list for ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "tipx lists by code each country's anti-trafficking instruments and the laws charged beside them, such as the criminal codes and the acts on prostitution, child protection, labour and immigration (TH-ATIPA-2551, TH-CRIMINAL-CODE, AR-CODIGO-PENAL). A charge under yet another law is possible, so this is a warning; check the code's spelling. `tipx codes law.TH` (or `law.AR`, `law.PY`, `law.LR`) prints a country's instruments.",
    source:
      "The anti-trafficking law of each profile country: TH Anti-Trafficking in Persons Act B.E. 2551 (2008) as amended; AR Ley 26.364 as amended by Ley 26.842, and Código Penal arts. 145 bis–145 ter; PY Ley 4788/2012 and Código Penal art. 129; LR Act to Ban Trafficking in Persons (2005, revised 2021) and Decent Work Act 2015",
    verified: true,
  }),
  TIPX332: defineIssue<{ readonly country: string }>({
    severity: "warning",
    title: "Unknown section",
    message: () => "The charge cites a section that is not in tipx's list for its instrument.",
    explanation:
      "Sections are written as codes such as s6, s6/1, art145bis. tipx lists only the sections its sources describe, so a real section may be missing: this is a warning. `tipx codes law.TH-ATIPA-2551.sections` prints the sections tipx lists for an instrument.",
    source:
      "The anti-trafficking law of each profile country: TH Anti-Trafficking in Persons Act B.E. 2551 (2008) as amended; AR Ley 26.364 as amended by Ley 26.842, and Código Penal arts. 145 bis–145 ter; PY Ley 4788/2012 and Código Penal art. 129; LR Act to Ban Trafficking in Persons (2005, revised 2021) and Decent Work Act 2015",
    verified: true,
  }),
  TIPX340: defineIssue<{ readonly country: string }>({
    severity: "error",
    title: "Unknown agency",
    message: (p, n) => `The agency code is not in tipx's list of agencies of ${n.code("iso3166-1", p.country)}.`,
    explanation:
      "Agency codes begin with the country code (TH-DSI, AR-PROTEX, PY-MRE, LR-AHTTF). Use a code from the profile's agency list (`tipx codes agencies.TH` prints Thailand's, and likewise for AR, PY and LR), or leave the field out for other organisations.",
    source:
      "The bodies set up by each profile country's anti-trafficking law and referral mechanism: TH Anti-Trafficking in Persons Act B.E. 2551 s.5 and the National Referral Mechanism Notification B.E. 2565 (2022); AR Ley 26.364 arts. 18 and 21; PY Mesa Interinstitucional (Ministerio de Relaciones Exteriores); LR Act to Ban Trafficking in Persons (2005) s.2(1)(A)",
    verified: true,
  }),
  TIPX341: defineIssue<{ readonly agencyCountry: string }>({
    severity: "warning",
    title: "Agency of another country",
    message: (p, n) =>
      `The agency belongs to ${n.code("iso3166-1", p.agencyCountry)}, but the organisation's country is another.`,
    explanation:
      "An organisation that names a national agency should have that agency's country; one of the two is wrong.",
    source:
      "The bodies set up by each profile country's anti-trafficking law and referral mechanism: TH Anti-Trafficking in Persons Act B.E. 2551 s.5 and the National Referral Mechanism Notification B.E. 2565 (2022); AR Ley 26.364 arts. 18 and 21; PY Mesa Interinstitucional (Ministerio de Relaciones Exteriores); LR Act to Ban Trafficking in Persons (2005) s.2(1)(A)",
    verified: true,
  }),
  TIPX350: defineIssue<{
    readonly field: string;
    /** The years between the two eras (543: BE = CE + 543). */
    readonly offset: number;
    /** The year in the Common Era, only for a field of sensitivity `none`. */
    readonly commonEraYear?: number;
  }>({
    severity: "warning",
    title: "Year looks like Buddhist Era",
    message: (p, n) =>
      `The year in “${n.field(p.field)}” looks like a Buddhist Era year (BE = CE + ${p.offset}); ${p.commonEraYear === undefined ? `subtract ${p.offset} from it to write the date in the Common Era` : `in the Common Era it is ${p.commonEraYear}`}.`,
    explanation:
      "Dates in tipx are ISO 8601 dates of the Common Era (CE). Thai documents write years in the Buddhist Era (BE = CE + 543: BE 2565 is 2022), and a BE year copied as it is puts the date 543 years in the future. Under the TH profile a year of 2400 or later is taken for a BE year: write the date with the year minus 543 (`parseThaiDate` reads Thai dates, `formatThaiDate` writes them). The message gives the CE year only for a field whose sensitivity is `none`. The order, age and after-the-bundle checks of the same date (TIPX404, TIPX405, TIPX406, TIPX410) are left out, since they follow from the same mistake.",
    source: "Thai solar calendar: Buddhist Era years, BE = CE + 543 (the TH profile's calendar)",
    verified: true,
  }),
  TIPX351: defineIssue<{ readonly country: string }>({
    severity: "info",
    title: "Nothing to check under this profile",
    message: (p, n) =>
      `Nothing in the bundle was checked under the profile of ${n.code("iso3166-1", p.country)}: it holds no passport and no identity document, place, telephone number, charge or agency of that country.`,
    explanation:
      "A country profile checks identity documents of the country's kinds and passports, places and addresses in the country, telephone numbers with its calling code, charges under its jurisdiction or law, the agencies of organisations, and, where the country's referral mechanism fixes a protection period, victims' protection periods with full first and last days. When the bundle holds none of these, none of the profile's rules had anything to look at, so the absence of TIPX3xx issues says nothing about the bundle: check that the profile (the `profile` option, `tipx validate --profile`, or the bundle's `profile` field) is the bundle's country.",
    verified: true,
  }),
  TIPX352: defineIssue<{
    /** How many days the period lasts, its first and last days both counted (never the dates themselves). */
    readonly days: number;
    /** The longest protection period, in days, that the country's referral mechanism gives. */
    readonly limit: number;
  }>({
    severity: "info",
    title: "Protection period longer than the referral mechanism's",
    message: (p) =>
      `The protection period lasts ${p.days} days, longer than the ${p.limit} days the country's referral mechanism gives before identification.`,
    explanation:
      "Under Thailand's national referral mechanism (2022), a potential victim may stay up to 15 days in temporary shelter before the identification interviews by multidisciplinary teams. Under a profile whose referral mechanism fixes such a period, a victim's protection period (`identification.protectionPeriod` of a case party) that lasts longer, its first and last days both counted, is reported: the period may have been extended, a date may be wrong, or the period may not be the one before identification. Only periods whose first and last days are both full dates are compared, and only in cases of the profile's country. The length of the period comes from reports of the mechanism, not from its text, so this is information, not a warning.",
    source:
      "Notification of the Anti-Trafficking in Persons Coordination and Supervision Committee on the National Referral Mechanism, Litigation Management and Assistance for Victims of Human Trafficking and Forced Labour or Services B.E. 2565 (2022), as reported by the US Department of State, Trafficking in Persons Report 2023 (Thailand); the Notification's text not seen (unverified)",
    verified: false,
  }),
} as const;

/** A country-profile issue code, such as `"TIPX302"`. */
export type ProfileIssueCode = keyof typeof PROFILE_ISSUES;
