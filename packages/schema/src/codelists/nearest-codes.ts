/** Folds a code for comparison: lower case, without spaces, underscores and dashes ("Forced_Labour" → "forcedlabour"). */
function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_-]/g, "");
}

/**
 * The optimal string alignment distance between two texts (Levenshtein, with a swap of two neighbours
 * counted as one edit), or `limit + 1` as soon as it is known to exceed `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length] ?? limit + 1;
}

/** What {@link nearestCodes} compares a value with: a code, and other spellings that stand for it. */
export interface CodeCandidate {
  /** The code, as it must be written. */
  readonly code: string;
  /** Other spellings of the code (a code list's `aliases`), compared like the code itself. */
  readonly aliases?: readonly string[];
}

/** The longest value {@link nearestCodes} compares: longer text is not a misspelt code. */
const MAX_COMPARED = 80;

/** How {@link nearestCodes} chooses. */
export interface NearestCodesOptions {
  /** How many codes to return at most (3 by default). */
  readonly max?: number;
  /**
   * The most edits a code may be away from the value, on top of case, spaces, underscores and dashes
   * (by default about one per three characters, at least one); `0` returns only spelling variants.
   */
  readonly maxEdits?: number;
}

/**
 * The codes nearest to a value that is not one of them, for a "did you mean" hint: first a code that
 * differs only in case, spaces, underscores or dashes (or whose alias does), then the codes within a
 * small edit distance of the value (about one edit per three characters, at least one), nearest first
 * and in the candidates' order among equals. Comparisons are case-folded.
 *
 * @param value - The text that is not a code.
 * @param candidates - The codes (strings, or codes with their aliases), in the order to prefer among equals.
 * @param options - How many codes to return, and how far they may be.
 * @returns The nearest codes, best first; empty when none is near.
 * @example
 * ```ts
 * import { nearestCodes } from "@tipx/schema";
 * nearestCodes("Femenine", ["Feminine", "Masculine", "Unknown"]); // ["Feminine"]
 * nearestCodes("ngo", ["NGO", "Media"], { maxEdits: 0 }); // ["NGO"]
 * ```
 */
export function nearestCodes(
  value: string,
  candidates: readonly (string | CodeCandidate)[],
  options: NearestCodesOptions = {},
): string[] {
  const { max = 3, maxEdits } = options;
  if (value.length === 0 || value.length > MAX_COMPARED || max < 1) return [];
  const folded = fold(value);
  const scored: { readonly code: string; readonly distance: number; readonly order: number }[] = [];
  candidates.forEach((candidate, order) => {
    const { code, aliases = [] } = typeof candidate === "string" ? { code: candidate } : candidate;
    let distance = Number.POSITIVE_INFINITY;
    for (const spelling of [code, ...aliases]) {
      const other = fold(spelling);
      if (other === folded) {
        distance = 0;
        break;
      }
      const limit = Math.min(maxEdits ?? 3, Math.max(1, Math.floor(Math.max(folded.length, other.length) / 3)));
      if (limit < 1) continue;
      const found = editDistance(folded, other, limit);
      if (found <= limit) distance = Math.min(distance, found);
    }
    if (distance !== Number.POSITIVE_INFINITY) scored.push({ code, distance, order });
  });
  scored.sort((a, b) => a.distance - b.distance || a.order - b.order);
  return scored.slice(0, max).map((entry) => entry.code);
}
