import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkDigitProperties,
  deriveBlindSpots,
  digits,
  type Mod11Scheme,
} from "../identifiers/_check-digit.test-helpers";
import { checkIdentifier } from "../identifiers/check";
import { _cuitRawCheck, CUIT_PREFIXES, cuitCheckDigit } from "./identifiers";

const WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

// DOMAIN.md §6.1: r = 11 − (sum mod 11); 11 → 0; 10 → 9 (python-stdnum, unverified); otherwise r.
const scheme = (kind: "AR-CUIL" | "AR-CUIT"): Mod11Scheme => ({
  kind,
  body: fc.tuple(fc.constantFrom(...CUIT_PREFIXES), digits(8)).map(([prefix, rest]) => `${prefix}${rest}`),
  weight: (position) => WEIGHTS[position] ?? 0,
  checkFromResidue: (residue) => {
    const r = 11 - residue;
    return r === 11 ? 0 : r === 10 ? 9 : r;
  },
  prefixAllowed: (number) => (CUIT_PREFIXES as readonly string[]).includes(number.slice(0, 2)),
});

describe("CUIL / CUIT", () => {
  it.each([
    ["20-05536168-2", true],
    ["20-26756539-3", true],
    ["20267565392", false],
  ])("%s is %s as published (DOMAIN.md §6.1)", (number, ok) => {
    expect(checkIdentifier("AR-CUIT", number).ok).toBe(ok);
    expect(checkIdentifier("AR-CUIL", number).ok).toBe(ok);
  });

  it("reports the published invalid number as a check-digit error", () => {
    expect(checkIdentifier("AR-CUIT", "20267565392")).toEqual({
      ok: false,
      normalized: "20267565392",
      code: "TIPX302",
    });
    expect(cuitCheckDigit("2026756539")).toBe(3);
  });

  it("rejects an unknown type prefix and a wrong length", () => {
    expect(checkIdentifier("AR-CUIT", "21-05536168-2")).toMatchObject({ ok: false, code: "TIPX303" });
    expect(checkIdentifier("AR-CUIT", "20-0553616-2")).toMatchObject({ ok: false, code: "TIPX301" });
  });

  it("accepts 9 when the formula gives 10, with the info code TIPX305 (unverified)", () => {
    const body =
      fc.sample(
        scheme("AR-CUIT").body.filter((b) => _cuitRawCheck(b) === 10),
        { numRuns: 1, seed: 7 },
      )[0] ?? "";
    expect(cuitCheckDigit(body)).toBe(9);
    expect(checkIdentifier("AR-CUIT", `${body}9`)).toEqual({ ok: true, normalized: `${body}9`, info: "TIPX305" });
  });

  it("misses changes between residues 1 and 2 (r = 10 and r = 9 both give 9), as derived", () => {
    expect(deriveBlindSpots(scheme("AR-CUIT"), 10)).toEqual({ zeroWeightPositions: [], collidingResidues: [[1, 2]] });
  });

  describe("AR-CUIT", () => checkDigitProperties(scheme("AR-CUIT")));
  describe("AR-CUIL", () => checkDigitProperties(scheme("AR-CUIL")));
});
