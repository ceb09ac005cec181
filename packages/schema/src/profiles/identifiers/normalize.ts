import type { IdentifierNormalization } from "./spec";

const THAI_ZERO = 0x0e50;

/**
 * Separators removed from every identity number: white space, dots and dashes, the characters people
 * use to group digits (`20.123.456`, `1-1120-34563-56-2`).
 */
export const _SEPARATORS = "[\\s.\\-]";

/** Replaces Thai digits (๐–๙) with ASCII digits; other characters are kept. */
export function _thaiDigitsToAscii(value: string): string {
  return value.replace(/[\u0E50-\u0E59]/g, (digit) => String(digit.charCodeAt(0) - THAI_ZERO));
}

/**
 * Returns a function that applies a normalization to a written number. The separator expression is
 * compiled once, since validation normalizes every identity number of every bundle.
 */
/* @__NO_SIDE_EFFECTS__ */
export function _normalizer(normalization: IdentifierNormalization): (value: string) => string {
  const separators = new RegExp(normalization.remove, "gu");
  return (value) => {
    let text = value.replace(separators, "");
    if (normalization.thaiDigits) text = _thaiDigitsToAscii(text);
    return normalization.upperCase ? text.toUpperCase() : text;
  };
}

function _thaiDigit(digit: string): string {
  return `\\u${(THAI_ZERO + Number(digit)).toString(16).toUpperCase().padStart(4, "0")}`;
}

// Widens one character-class body ("0-8", "A-Z0-9", "0347") with what normalization maps onto it:
// the Thai digit for each ASCII digit, the lower-case letter for each upper-case one.
function _widenClassBody(body: string, normalization: IdentifierNormalization): string {
  const extra: string[] = [];
  for (let i = 0; i < body.length; i += 1) {
    const from = body[i] ?? "";
    const isRange = body[i + 1] === "-" && i + 2 < body.length;
    const to = isRange ? (body[i + 2] ?? from) : from;
    if (/[0-9]/.test(from) && normalization.thaiDigits) {
      extra.push(isRange ? `${_thaiDigit(from)}-${_thaiDigit(to)}` : _thaiDigit(from));
    } else if (/[A-Z]/.test(from) && normalization.upperCase) {
      extra.push(isRange ? `${from.toLowerCase()}-${to.toLowerCase()}` : from.toLowerCase());
    }
    if (isRange) i += 2;
  }
  return body + extra.join("");
}

/**
 * Turns a pattern on the normalized form into the equivalent pattern on the written form: each
 * character may be followed by separators, and each character class also accepts what normalization
 * maps onto it. Supports the small regular-expression subset the identifier patterns use: `^`, `$`,
 * character classes of digits and upper-case letters, `\d`, literal digits and letters, `(?:`, `|`,
 * `)` and quantifiers.
 */
/* @__NO_SIDE_EFFECTS__ */
export function _writtenFormPattern(pattern: string, normalization: IdentifierNormalization): string {
  const separators = `${normalization.remove}*`;
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i] ?? "";
    if (char === "^") {
      out += `^${separators}`;
      i += 1;
    } else if (char === "[") {
      const end = pattern.indexOf("]", i);
      out += `(?:[${_widenClassBody(pattern.slice(i + 1, end), normalization)}]${separators})`;
      i = end + 1;
    } else if (char === "\\" && pattern[i + 1] === "d") {
      out += `(?:[${_widenClassBody("0-9", normalization)}]${separators})`;
      i += 2;
    } else if (/[0-9A-Z]/.test(char)) {
      out += `(?:[${_widenClassBody(char, normalization)}]${separators})`;
      i += 1;
    } else if (char === "{") {
      const end = pattern.indexOf("}", i);
      out += pattern.slice(i, end + 1);
      i = end + 1;
    } else if (char === "(" && pattern.startsWith("(?:", i)) {
      out += "(?:";
      i += 3;
    } else if ("|)?*+$".includes(char)) {
      out += char;
      i += 1;
    } else {
      throw new Error(`Unsupported identifier pattern syntax at index ${i}`);
    }
  }
  return out;
}
