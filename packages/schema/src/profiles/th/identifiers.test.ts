import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkDigitProperties,
  deriveBlindSpots,
  digits,
  type Mod11Scheme,
} from "../identifiers/_check-digit.test-helpers";
import { checkIdentifier } from "../identifiers/check";
import { thaiPin, thaiPinCheckDigit } from "./identifiers";

// DOMAIN.md §6.1: weights 13..2 over the first 12 digits; check = (11 − sum mod 11) mod 10.
const scheme: Mod11Scheme = {
  kind: "TH-PIN",
  body: fc.tuple(fc.integer({ min: 0, max: 8 }), digits(11)).map(([first, rest]) => `${first}${rest}`),
  weight: (position) => 13 - position,
  checkFromResidue: (residue) => (11 - residue) % 10,
  prefixAllowed: (number) => !number.startsWith("9"),
};

describe("Thai PIN", () => {
  it("matches the published example 1-1120-34563-56-2 (DOMAIN.md §6.1)", () => {
    expect(thaiPinCheckDigit("111203456356")).toBe(2);
    expect(checkIdentifier("TH-PIN", "1-1120-34563-56-2")).toEqual({ ok: true, normalized: "1112034563562" });
  });

  it("rejects a wrong check digit, a 9 prefix and a wrong length", () => {
    expect(checkIdentifier("TH-PIN", "1-1120-34563-56-3")).toMatchObject({ ok: false, code: "TIPX302" });
    expect(checkIdentifier("TH-PIN", "9112034563562")).toMatchObject({ ok: false, code: "TIPX303" });
    expect(checkIdentifier("TH-PIN", "111203456356")).toMatchObject({ ok: false, code: "TIPX301" });
  });

  it("accepts a leading 0 with the info code TIPX304 (non-citizen card, unverified)", () => {
    const body = "012345678901";
    const number = `${body}${thaiPinCheckDigit(body)}`;
    expect(checkIdentifier("TH-PIN", number)).toEqual({ ok: true, normalized: number, info: "TIPX304" });
  });

  it("throws a RangeError that does not repeat the input when the body is not 12 digits", () => {
    expect(() => thaiPinCheckDigit("12345")).toThrowError(/^thaiPinCheckDigit expects exactly 12 ASCII digits$/);
  });

  it("agrees with the independent model of the formula", () => {
    fc.assert(
      fc.property(digits(12), (body) => {
        expect(thaiPinCheckDigit(body)).toBe((11 - (residueOf(body) % 11)) % 10);
      }),
    );
  });

  it("misses every change to digit 3 (weight 11) and changes between residues 0 and 10, as derived", () => {
    expect(deriveBlindSpots(scheme, 12)).toEqual({ zeroWeightPositions: [3], collidingResidues: [[0, 10]] });
    expect(thaiPin.checkDigit?.blindSpots).toMatch(/Digit 3/);
  });

  checkDigitProperties(scheme);
});

function residueOf(body: string): number {
  return [...body].reduce((sum, digit, i) => sum + Number(digit) * (13 - i), 0);
}
