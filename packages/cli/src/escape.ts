/**
 * Escaping of text from the data before it reaches a terminal or a log: keys, paths, messages and file
 * names can hold escape sequences that clear the screen, line breaks that forge a report line, or bidi
 * overrides that make a line read differently from what it holds.
 *
 * @module
 */

// C0 controls (U+0000–U+001F), DEL and the C1 controls (U+007F–U+009F), the line and paragraph separators
// (U+2028, U+2029, line breaks for some terminals and editors), and the bidi embeddings and overrides
// (U+202A–U+202E) and isolates (U+2066–U+2069) of Unicode's Trojan Source advisory (CVE-2021-42574).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
// The same without the line feed, for text whose own lines are kept.
const CONTROL_CHARACTERS_BUT_LINE_FEED =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is escaped
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * Replaces every control character (C0, DEL, C1), line or paragraph separator and bidi control in
 * `text` with its `\uXXXX` escape, so that text from the data prints as one inert line.
 *
 * The escapes are JSON's own, so the same function makes a `JSON.stringify` result safe to print:
 * `JSON.stringify` escapes C0 itself, and the characters left to escape can only occur inside its
 * strings, where `\uXXXX` reads back as the same character.
 *
 * @param text - a key, path, message or file name from the input, or a line of JSON.
 * @returns the text with those characters escaped; other text is unchanged.
 *
 * @example
 * ```ts
 * escapeControlCharacters("a\u001b[2Jb"); // "a\\u001b[2Jb"
 * ```
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, unicodeEscape);
}

/**
 * Like {@link escapeControlCharacters}, but keeps line feeds: for text of several lines that tipx
 * composed itself (commander's usage errors, a stack trace) and that may quote a command-line argument.
 *
 * @param text - the text to print.
 * @returns the text with every control character but the line feed escaped.
 */
export function escapeControlCharactersKeepingLines(text: string): string {
  return text.replace(CONTROL_CHARACTERS_BUT_LINE_FEED, unicodeEscape);
}
