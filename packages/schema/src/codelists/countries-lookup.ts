import { COUNTRY_CODES, COUNTRY_DETAILS, type CountryCode } from "./countries";

interface ReverseMaps {
  readonly byAlpha3: ReadonlyMap<string, CountryCode>;
  readonly byNumeric: ReadonlyMap<string, CountryCode>;
}

// Built on first use, not at import, so that a bundle that never converts codes pays nothing for it.
let reverseMaps: ReverseMaps | undefined;

function _reverseMaps(): ReverseMaps {
  if (reverseMaps === undefined) {
    const byAlpha3 = new Map<string, CountryCode>();
    const byNumeric = new Map<string, CountryCode>();
    for (const code of COUNTRY_CODES) {
      byAlpha3.set(COUNTRY_DETAILS[code].alpha3, code);
      byNumeric.set(COUNTRY_DETAILS[code].numeric, code);
    }
    reverseMaps = { byAlpha3, byNumeric };
  }
  return reverseMaps;
}

/**
 * Converts an ISO 3166-1 alpha-3 code to its alpha-2 code. Letter case and surrounding spaces are
 * ignored, since data from spreadsheets often has both.
 *
 * @param code - An alpha-3 code, such as `"THA"`.
 * @returns The alpha-2 code, or `undefined` when `code` is not an ISO 3166-1 alpha-3 code.
 * @example
 * ```ts
 * import { alpha3ToAlpha2 } from "@tipx/schema";
 * alpha3ToAlpha2("PRY"); // "PY"
 * alpha3ToAlpha2("XXX"); // undefined
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function alpha3ToAlpha2(code: string): CountryCode | undefined {
  return _reverseMaps().byAlpha3.get(code.trim().toUpperCase());
}

/**
 * Converts an ISO 3166-1 numeric code to its alpha-2 code. The code may be a number or a string, and
 * a string may lack its leading zeros (`32` and `"32"` both mean Argentina, `"032"`), as happens when
 * a spreadsheet has read the column as numbers.
 *
 * @param code - A numeric code, such as `"764"` or `764`.
 * @returns The alpha-2 code, or `undefined` when `code` is not an ISO 3166-1 numeric code.
 * @example
 * ```ts
 * import { numericToAlpha2 } from "@tipx/schema";
 * numericToAlpha2("032"); // "AR"
 * numericToAlpha2(430); // "LR"
 * numericToAlpha2("999"); // undefined
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function numericToAlpha2(code: string | number): CountryCode | undefined {
  const digits = typeof code === "number" ? String(code) : code.trim();
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  return _reverseMaps().byNumeric.get(digits.padStart(3, "0"));
}
