// Shared by the check-digit tests: an independent model of each mod-11 scheme, written from the
// formulas in shared/reference/DOMAIN.md §6.1, and fast-check properties that compare the
// implementation with it and derive the errors each scheme cannot detect.
import fc from "fast-check";
import { expect, it } from "vitest";
import { checkIdentifier } from "./check";
import type { IdentifierKind } from "./kinds";

/** A mod-11 check-digit scheme as DOMAIN.md states it. */
export interface Mod11Scheme {
  readonly kind: IdentifierKind;
  /** Generates bodies (the digits before the check digit) with an allowed prefix. */
  readonly body: fc.Arbitrary<string>;
  /** The weight of body digit `position` (0-based from the left) in a body of `length` digits. */
  readonly weight: (position: number, length: number) => number;
  /** The check digit for a weighted sum's residue mod 11. */
  readonly checkFromResidue: (residue: number) => number;
  /** Whether a number's type prefix is allowed (a changed prefix is reported as TIPX303 instead). */
  readonly prefixAllowed: (number: string) => boolean;
}

const mod11 = (n: number): number => ((n % 11) + 11) % 11;

/** The weighted sum of a body, mod 11. */
export function residue(scheme: Mod11Scheme, body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) sum += Number(body[i]) * scheme.weight(i, body.length);
  return mod11(sum);
}

/** The check digit of a body, by the independent model. */
export function modelCheckDigit(scheme: Mod11Scheme, body: string): number {
  return scheme.checkFromResidue(residue(scheme, body));
}

/**
 * The errors a scheme misses, derived from the formula: positions whose weight is ≡ 0 (mod 11) (no
 * change there moves the residue), and pairs of residues that give the same check digit (a change
 * that moves the residue between them is missed).
 */
export function deriveBlindSpots(
  scheme: Mod11Scheme,
  bodyLength: number,
): { zeroWeightPositions: number[]; collidingResidues: [number, number][] } {
  const zeroWeightPositions: number[] = [];
  for (let i = 0; i < bodyLength; i += 1)
    if (mod11(scheme.weight(i, bodyLength)) === 0) zeroWeightPositions.push(i + 1);
  const collidingResidues: [number, number][] = [];
  for (let s = 0; s < 11; s += 1) {
    for (let t = s + 1; t < 11; t += 1)
      if (scheme.checkFromResidue(s) === scheme.checkFromResidue(t)) collidingResidues.push([s, t]);
  }
  return { zeroWeightPositions, collidingResidues };
}

/** Whether a change that adds `delta` to the residue `from` is missed, by the derived blind spots. */
function missedByDerivation(scheme: Mod11Scheme, bodyLength: number, from: number, delta: number): boolean {
  const to = mod11(from + delta);
  if (to === from) return true;
  return deriveBlindSpots(scheme, bodyLength).collidingResidues.some(
    ([s, t]) => (s === from && t === to) || (s === to && t === from),
  );
}

const valid = (scheme: Mod11Scheme): fc.Arbitrary<string> =>
  scheme.body.map((body) => `${body}${modelCheckDigit(scheme, body)}`);
const replaceAt = (text: string, index: number, char: string): string =>
  text.slice(0, index) + char + text.slice(index + 1);

/** Registers the property tests of a scheme in the current `describe`. */
export function checkDigitProperties(scheme: Mod11Scheme): void {
  it("accepts every number built with the algorithm", () => {
    fc.assert(
      fc.property(valid(scheme), (number) => {
        expect(checkIdentifier(scheme.kind, number).ok).toBe(true);
      }),
    );
  });

  it("rejects a single-digit change exactly when it changes the computed check digit, as derived", () => {
    const change = valid(scheme).chain((number) =>
      fc.tuple(fc.constant(number), fc.nat({ max: number.length - 1 }), fc.integer({ min: 1, max: 9 })),
    );
    fc.assert(
      fc.property(change, ([number, position, step]) => {
        const old = Number(number[position]);
        const mutated = replaceAt(number, position, String((old + step) % 10));
        const result = checkIdentifier(scheme.kind, mutated);
        if (!scheme.prefixAllowed(mutated)) {
          expect(result).toMatchObject({ ok: false, code: "TIPX303" });
          return;
        }
        const bodyLength = number.length - 1;
        if (position === bodyLength) {
          expect(result).toMatchObject({ ok: false, code: "TIPX302" });
          return;
        }
        const body = number.slice(0, -1);
        const accepted = modelCheckDigit(scheme, mutated.slice(0, -1)) === modelCheckDigit(scheme, body);
        const delta = scheme.weight(position, bodyLength) * (((old + step) % 10) - old);
        expect(accepted).toBe(missedByDerivation(scheme, bodyLength, residue(scheme, body), delta));
        expect(result.ok).toBe(accepted);
        if (!result.ok) expect(result.code).toBe("TIPX302");
      }),
      { numRuns: 2000 },
    );
  });

  it("rejects a swap of two different adjacent digits exactly when it changes the computed check digit", () => {
    const swap = valid(scheme)
      .chain((number) => fc.tuple(fc.constant(number), fc.nat({ max: number.length - 2 })))
      .filter(([number, position]) => number[position] !== number[position + 1]);
    fc.assert(
      fc.property(swap, ([number, position]) => {
        const a = number[position] ?? "";
        const b = number[position + 1] ?? "";
        const mutated = number.slice(0, position) + b + a + number.slice(position + 2);
        const result = checkIdentifier(scheme.kind, mutated);
        if (!scheme.prefixAllowed(mutated)) {
          expect(result).toMatchObject({ ok: false, code: "TIPX303" });
          return;
        }
        const accepted = modelCheckDigit(scheme, mutated.slice(0, -1)) === Number(mutated.slice(-1));
        const bodyLength = number.length - 1;
        if (position + 1 < bodyLength) {
          const delta =
            (scheme.weight(position, bodyLength) - scheme.weight(position + 1, bodyLength)) * (Number(b) - Number(a));
          expect(accepted).toBe(missedByDerivation(scheme, bodyLength, residue(scheme, number.slice(0, -1)), delta));
        }
        expect(result.ok).toBe(accepted);
        if (!result.ok) expect(result.code).toBe("TIPX302");
      }),
      { numRuns: 2000 },
    );
  });
}

/** `count` ASCII digits. */
export function digits(count: number): fc.Arbitrary<string> {
  return fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((list) => list.join(""));
}
