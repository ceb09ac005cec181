import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonProblem } from "./json-problem";
import { jsonSyntaxErrorOffset } from "./json-syntax";

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("jsonSyntaxErrorOffset", () => {
  it.each([
    ["a truncated object", '{"a": 1', 7],
    ["a bare word", '{"a": Somchai}', 6],
    ["a misspelt literal", '{"a": tru}', 9],
    ["a trailing comma", "[1,]", 3],
    ["a missing comma", '{"a": 1 "b": 2}', 8],
    ["two values", '{"a":1}{"b":2}', 7],
    ["a leading zero", "01", 1],
    ["a bad escape", '"\\x"', 2],
    ["a short unicode escape", '"\\u12G4"', 5],
    ["a raw newline in a string", '"a\nb"', 2],
    ["a missing colon", '{"a" 1}', 5],
    ["a non-string key", "{a: 1}", 1],
    ["nothing", "   ", 3],
  ])("finds %s", (_title, text, offset) => {
    expect(parses(text)).toBe(false);
    expect(jsonSyntaxErrorOffset(text)).toBe(offset);
  });

  it("survives nesting deeper than the call stack", () => {
    expect(jsonSyntaxErrorOffset(`${"[".repeat(200_000)}${"]".repeat(199_999)}`)).toBe(399_999);
  });

  it("agrees with JSON.parse on any JSON value and on random text", () => {
    fc.assert(
      fc.property(fc.json(), (text) => jsonSyntaxErrorOffset(text) === undefined),
      { numRuns: 500 },
    );
    const jsonish = fc.string({ unit: fc.constantFrom(...'{}[]:,"\\ \n0123456789-+.eEtrufalsn') });
    fc.assert(
      fc.property(jsonish, (text) => (jsonSyntaxErrorOffset(text) === undefined) === parses(text)),
      { numRuns: 5000 },
    );
  });
});

describe("locateJsonProblem", () => {
  it("gives the line and column in a document, without the text", () => {
    expect(locateJsonProblem('{\n  "name": Somchai\n}', 1)).toEqual({ kind: "syntax", line: 2, column: 11 });
    expect(locateJsonProblem('{\n  "name": "x",\n', 1)).toEqual({ kind: "end-of-input" });
    expect(locateJsonProblem('{"name": Somchai}')).toEqual({ kind: "syntax", column: 10 });
    expect(locateJsonProblem("\n \n")).toEqual({ kind: "empty" });
  });
});
