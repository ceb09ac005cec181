import { CountryCode, isProfileCode, isSubdivisionOf } from "@tipx/schema";

/** A column name as it is compared: NFC, without surrounding spaces or a byte-order mark. */
export function _columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .trim();
}

/** A cell's text as a value map looks it up: NFC, trimmed, lower case. */
export function _valueKey(text: string): string {
  return text.normalize("NFC").trim().toLocaleLowerCase();
}

const SUBDIVISION = /^([A-Z]{2})-[A-Z0-9]{1,3}$/;

/**
 * Whether a text is an ISO 3166-2 code tipx can take: a subdivision of a profile country that the
 * profile knows, or a well-formed code of another country.
 */
export function _isSubdivision(code: string): boolean {
  const country = SUBDIVISION.exec(code)?.[1];
  if (country === undefined) return false;
  return isProfileCode(country) ? isSubdivisionOf(country, code) : CountryCode.safeParse(country).success;
}
