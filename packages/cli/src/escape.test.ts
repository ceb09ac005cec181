import { describe, expect, it } from "vitest";
import { escapeControlCharacters, escapeControlCharactersKeepingLines } from "./escape";

describe("escapeControlCharacters", () => {
  it.each<[string, { given: string; want: string }]>([
    ["plain text unchanged", { given: "Field /0/ชื่อ «é»", want: "Field /0/ชื่อ «é»" }],
    ["an ANSI sequence", { given: "a\u001b[2Jb", want: "a\\u001b[2Jb" }],
    ["CR and LF", { given: "a\r\nb", want: "a\\u000d\\u000ab" }],
    ["NUL, tab, DEL", { given: "\u0000\t\u007f", want: "\\u0000\\u0009\\u007f" }],
    ["C1 (CSI, NEL)", { given: "\u009b2J\u0085", want: "\\u009b2J\\u0085" }],
    ["line and paragraph separators", { given: "a\u2028b\u2029", want: "a\\u2028b\\u2029" }],
    ["bidi overrides and isolates", { given: "\u202a\u202e\u2066\u2069", want: "\\u202a\\u202e\\u2066\\u2069" }],
    ["a zero-width joiner is not a control", { given: "a\u200db", want: "a\u200db" }],
  ])("%s", (_title, { given, want }) => {
    expect(escapeControlCharacters(given)).toBe(want);
  });

  it("keeps a JSON text valid and equal to what it held", () => {
    const value = { key: "\u001b[2J\r\n\u0085\u2028\u202e\u2066x" };
    const escaped = escapeControlCharacters(JSON.stringify(value));
    expect(escaped).toMatch(/^[\x20-\x7e]*$/);
    expect(JSON.parse(escaped)).toEqual(value);
  });

  it("keeps line feeds when asked, and nothing else", () => {
    expect(escapeControlCharactersKeepingLines("error: '\u001b[2J'\n\r(run with --help)\n")).toBe(
      "error: '\\u001b[2J'\n\\u000d(run with --help)\n",
    );
  });
});
