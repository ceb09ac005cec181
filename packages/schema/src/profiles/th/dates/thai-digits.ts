import { _thaiDigitsToAscii } from "../../identifiers/normalize";

const THAI_ZERO = 0x0e50;

/**
 * Writes the ASCII digits of a text as Thai digits (๐–๙); other characters are kept.
 *
 * @example
 * ```ts
 * import { toThaiDigits } from "@tipx/schema";
 * toThaiDigits("1/6/2568"); // "๑/๖/๒๕๖๘"
 * ```
 */
export function toThaiDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(THAI_ZERO + Number(digit)));
}

/**
 * Writes the Thai digits (๐–๙) of a text as ASCII digits; other characters are kept.
 *
 * @example
 * ```ts
 * import { fromThaiDigits } from "@tipx/schema";
 * fromThaiDigits("๑/๖/๒๕๖๘"); // "1/6/2568"
 * ```
 */
export function fromThaiDigits(text: string): string {
  return _thaiDigitsToAscii(text);
}
