import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkIdentifier } from "./check";
import { IDENTIFIER_SPECS } from "./specs";

// Characters that exercise normalization: ASCII and Thai digits, both letter cases, every separator,
// the MRZ filler and a character no kind allows.
const CHARS = [..."0123456789", ..."๐๑๒๓๔๕๖๗๘๙", ..."ABZabz", " ", ".", "-", "\t", "<", "/"];
const written = fc.array(fc.constantFrom(...CHARS), { maxLength: 16 }).map((chars) => chars.join(""));
// Written forms of valid numbers, so that the property also meets many accepted inputs.
const printed = fc.constantFrom(
  "1-1120-34563-56-2",
  "๑-๑๑๒๐-๓๔๕๖๓-๕๖-๒",
  "20-05536168-2",
  "20.123.456",
  "1234567-9",
  "9-1120-34563-56-2",
);

describe("inputPattern", () => {
  // The JSON Schema overlays use inputPattern on the number as written; validate() normalizes first.
  // They agree when the pattern matches exactly the inputs whose format and prefix pass.
  for (const spec of Object.values(IDENTIFIER_SPECS)) {
    it(`${spec.kind}: matches the written form exactly when normalization passes format and prefix`, () => {
      const pattern = new RegExp(spec.inputPattern, "u");
      fc.assert(
        fc.property(fc.oneof(written, printed), (value) => {
          const result = checkIdentifier(spec.kind, value);
          const formatAndPrefixPass = result.ok || result.code === "TIPX302";
          expect(pattern.test(value)).toBe(formatAndPrefixPass);
        }),
        { numRuns: 3000 },
      );
    });
  }
});
