/**
 * The text encodings `tipx validate --encoding` reads. Kept apart from the decoder so that defining the
 * command line loads nothing else.
 *
 * @module
 */

/**
 * The encodings `--encoding` accepts, by their WHATWG Encoding Standard names (what Node's `TextDecoder`
 * takes). `latin1` is decoded as `windows-1252`, its superset, as every browser does: bytes 0x80–0x9F
 * are then the signs Windows puts there (€, „, …) rather than invisible C1 controls.
 */
export const INPUT_ENCODINGS = ["utf-8", "windows-874", "windows-1252", "latin1", "utf-16le", "utf-16be"] as const;

/** One of {@link INPUT_ENCODINGS}. */
export type InputEncoding = (typeof INPUT_ENCODINGS)[number];

/** The legacy single-byte encodings tipx suggests when a file is not UTF-8. */
export type LegacyEncoding = "windows-874" | "windows-1252";

// Other names the same encodings go by in the systems that export them: Thai government systems say
// TIS-620 (windows-874 is TIS-620 plus a few signs), Spanish-language ones ISO-8859-1 or cp1252.
const ALIASES: { readonly [label: string]: InputEncoding } = {
  utf8: "utf-8",
  "tis-620": "windows-874",
  tis620: "windows-874",
  "iso-8859-11": "windows-874",
  cp874: "windows-874",
  cp1252: "windows-1252",
  "iso-8859-1": "latin1",
  "latin-1": "latin1",
  "utf-16": "utf-16le",
};

/**
 * Reads the value of `--encoding`: a name of {@link INPUT_ENCODINGS} or a common alias (`tis-620`,
 * `iso-8859-1`, `cp1252`, `utf8`), in any case.
 *
 * @param text - the value as given on the command line.
 * @returns the encoding, or `undefined` when `text` names none of them.
 * @example
 * ```ts
 * parseInputEncoding("TIS-620"); // "windows-874"
 * ```
 */
export function parseInputEncoding(text: string): InputEncoding | undefined {
  const label = text.trim().toLowerCase();
  const known = INPUT_ENCODINGS.find((encoding) => encoding === label);
  return known ?? ALIASES[label];
}
