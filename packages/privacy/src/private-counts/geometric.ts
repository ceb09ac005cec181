/** A source of uniform numbers in [0, 1). */
export type UniformSource = () => number;

/** 2^-53: a 53-bit uniform fills a double's significand exactly. */
const EPSILON_53 = 2 ** -53;

/**
 * A uniform source on `crypto.getRandomValues`, read at each refill (not at import) so that it is the
 * platform's current one, buffered so a large table does not make one call per draw.
 */
export function _cryptoUniform(): UniformSource {
  const buffer = new Uint32Array(512);
  let next = buffer.length;
  return () => {
    if (next >= buffer.length) {
      globalThis.crypto.getRandomValues(buffer);
      next = 0;
    }
    // 27 + 26 bits from two words: every multiple of 2^-53 in [0, 1) equally likely.
    const high = (buffer[next++] ?? 0) >>> 5;
    const low = (buffer[next++] ?? 0) >>> 6;
    return (high * 2 ** 26 + low) * EPSILON_53;
  };
}

/**
 * One draw of the two-sided geometric (discrete Laplace) distribution: G1 − G2 with G ~ Geometric(1 − α),
 * α = e^(−ε), so P(Z = z) = (1 − α) / (1 + α) · α^|z|: mean 0, variance 2α / (1 − α)².
 *
 * The caller checks that `uniform` returns numbers in [0, 1). A geometric draw is ⌊ln U / ln α⌋ for U uniform on (0, 1], since P(⌊ln U / ln α⌋ ≥ g) = P(U ≤ α^g) = α^g.
 * The result is an integer, which removes the floating-point leak of a continuous Laplace sample
 * (Mironov 2012) except in the far tails, where the 53-bit uniform runs out of resolution.
 */
export function _twoSidedGeometric(epsilon: number, uniform: UniformSource): number {
  const logAlpha = -epsilon;
  const draw = (): number => {
    // `+ 0` turns the -0 of ⌊0 / ln α⌋ into 0.
    return Math.floor(Math.log(1 - uniform()) / logAlpha) + 0;
  };
  return draw() - draw();
}
