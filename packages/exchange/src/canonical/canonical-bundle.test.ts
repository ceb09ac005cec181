import { describe, expect, it } from "vitest";
import { canonicalBundle } from "./canonical-bundle";

describe("canonicalBundle", () => {
  // Table-driven: [title, { given, want }], after RFC 8785's own examples.
  it.each([
    [
      "leaves out the signature and sorts keys",
      { given: { b: 1, signature: { x: 1 }, a: [true, null] }, want: '{"a":[true,null],"b":1}' },
    ],
    [
      "sorts keys by UTF-16 code units (RFC 8785 §3.2.3)",
      {
        given: {
          "\u20ac": "Euro Sign",
          "\r": "Carriage Return",
          "\ud83d\ude00": "Emoji: Grinning Face",
          "1": "One",
          "\u00fc": "Latin Small Letter U with Diaeresis",
          "\u0080": "Control",
          "\ufb33": "Hebrew Letter Dalet With Dagesh",
        },
        want: '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00fc":"Latin Small Letter U with Diaeresis","\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
      },
    ],
    [
      "keeps __proto__ as a key",
      { given: JSON.parse('{"__proto__":{"a":1},"z":0}'), want: '{"__proto__":{"a":1},"z":0}' },
    ],
  ])("%s", (_title, { given, want }) => {
    expect(canonicalBundle(given)).toBe(want);
  });

  it.each([
    ["a non-finite number", { n: Number.POSITIVE_INFINITY }],
    ["a bigint", { n: 1n }],
    ["a function", { f: () => 1 }],
    ["an array", []],
  ])("refuses %s with a TypeError", (_title, given) => {
    expect(() => canonicalBundle(given)).toThrow(TypeError);
  });
});
