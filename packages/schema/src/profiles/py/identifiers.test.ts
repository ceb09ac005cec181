import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDigitProperties, deriveBlindSpots, type Mod11Scheme } from "../identifiers/_check-digit.test-helpers";
import { checkIdentifier } from "../identifiers/check";
import { rucCheckDigit } from "./identifiers";

// DOMAIN.md §6.1: check = ((−Σ (i+2)·dᵢ) mod 11) mod 10, i counted from the rightmost digit of the base.
const scheme: Mod11Scheme = {
  kind: "PY-RUC",
  body: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 8 }).map((list) => list.join("")),
  weight: (position, length) => 2 + (length - 1 - position),
  checkFromResidue: (residue) => ((11 - residue) % 11) % 10,
  prefixAllowed: () => true,
};

describe("Paraguayan RUC", () => {
  it("computes check digits by the formula", () => {
    // 1234567: 7·2 + 6·3 + 5·4 + 4·5 + 3·6 + 2·7 + 1·8 = 112; −112 mod 11 = 9; 9 mod 10 = 9.
    expect(rucCheckDigit("1234567")).toBe(9);
    expect(checkIdentifier("PY-RUC", "1234567-9")).toEqual({ ok: true, normalized: "12345679" });
    expect(checkIdentifier("PY-RUC", "1234567-8")).toMatchObject({ ok: false, code: "TIPX302" });
  });

  it("rejects a wrong length", () => {
    expect(checkIdentifier("PY-RUC", "7")).toMatchObject({ ok: false, code: "TIPX301" });
    expect(checkIdentifier("PY-RUC", "1234567890")).toMatchObject({ ok: false, code: "TIPX301" });
  });

  it("misses changes between residues 0 and 1 (both give 0), and no weight is 0 mod 11, as derived", () => {
    for (let length = 1; length <= 8; length += 1) {
      expect(deriveBlindSpots(scheme, length)).toEqual({ zeroWeightPositions: [], collidingResidues: [[0, 1]] });
    }
  });

  checkDigitProperties(scheme);
});
