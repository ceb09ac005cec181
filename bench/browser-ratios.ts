// What bench/browser.ts measures, the same in headless Chromium and in Node: on the same lines, interleaved
// run by run (best of 5), JSON.parse alone, then validate(JSON.parse(line)), validateJson(line) and the two
// floors of bench/floor.ts, as ratios to JSON.parse alone.
import { validate, validateJson } from "@tipx/schema";
import { readEveryValue, readEveryValueByDescriptor } from "./floor";
import { prng, syntheticBundle, withFreshIds } from "./generate";

/** The ratios to JSON.parse alone of one corpus. */
export interface CorpusRatios {
  readonly corpus: string;
  readonly lines: number;
  readonly parseMs: number;
  readonly validate: number;
  readonly validateJson: number;
  readonly floor: number;
  readonly floorByDescriptor: number;
}

const WAYS: readonly ((line: string) => unknown)[] = [
  (line) => JSON.parse(line),
  (line) => validate(JSON.parse(line)),
  (line) => validateJson(line),
  (line) => readEveryValue(JSON.parse(line)),
  (line) => readEveryValueByDescriptor(JSON.parse(line)),
];

/** Gives the event loop a turn (a page stays responsive between runs). */
const breathe = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function ratiosOf(corpus: string, lines: readonly string[]): Promise<CorpusRatios> {
  const fastest = WAYS.map(() => Number.POSITIVE_INFINITY);
  for (let run = 0; run < 5; run++) {
    for (const [i, way] of WAYS.entries()) {
      const start = performance.now();
      for (const line of lines) way(line);
      fastest[i] = Math.min(fastest[i] ?? 0, performance.now() - start);
      await breathe();
    }
  }
  const [parseMs = 1, ...others] = fastest;
  const [ours = 0, json = 0, floor = 0, byDescriptor = 0] = others.map((ms) => ms / parseMs);
  return {
    corpus,
    lines: lines.length,
    parseMs,
    validate: ours,
    validateJson: json,
    floor,
    floorByDescriptor: byDescriptor,
  };
}

/**
 * Measures the synthetic corpus (all valid) and the Mae Sot example with its ids renamed per line.
 *
 * @param seed - the seed of the generated lines.
 * @param records - synthetic bundles (the Mae Sot lines are a tenth as many).
 * @param maeSotText - the Mae Sot example, as one line of JSON.
 */
export async function measureRatios(seed: number, records: number, maeSotText: string): Promise<CorpusRatios[]> {
  const random = prng(seed);
  const synthetic = Array.from({ length: records }, () =>
    JSON.stringify(syntheticBundle(random, 1 + Math.floor(random() * 5))),
  );
  const maeSotRandom = prng(seed + 2);
  const maeSot = Array.from({ length: Math.max(50, Math.round(records / 10)) }, () =>
    withFreshIds(maeSotText, maeSotRandom),
  );
  return [await ratiosOf("synthetic, all valid", synthetic), await ratiosOf("Mae Sot, ids renamed", maeSot)];
}
