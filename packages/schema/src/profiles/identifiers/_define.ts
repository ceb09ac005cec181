import { _normalizer, _writtenFormPattern } from "./normalize";
import type { IdentifierSpec } from "./spec";

/** What a kind's module states; the rest of its {@link IdentifierSpec} is derived from it. */
export type _IdentifierSpecInput = Omit<IdentifierSpec, "normalize" | "inputPattern"> & {
  /**
   * The pattern on the normalized form that passes both the format and the prefix rules (stricter
   * than `pattern` when a prefix is constrained); the written-form `inputPattern` is derived from it.
   */
  readonly acceptedPattern: string;
};

/** Builds an identifier spec: derives `normalize` and the written-form `inputPattern`. */
/* @__NO_SIDE_EFFECTS__ */
export function _defineIdentifierSpec(input: _IdentifierSpecInput): IdentifierSpec {
  const { acceptedPattern, ...spec } = input;
  return {
    ...spec,
    inputPattern: _writtenFormPattern(acceptedPattern, spec.normalization),
    normalize: _normalizer(spec.normalization),
  };
}

/** Tells whether a string is made of ASCII digits only and has `length` of them. */
export function _isDigits(value: string, length: number): boolean {
  return value.length === length && /^\d+$/.test(value);
}

/** Multiplies digits by weights and adds the products. */
export function _weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) sum += Number(digits[i]) * (weights[i] ?? 0);
  return sum;
}
