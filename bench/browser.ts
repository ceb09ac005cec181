// pnpm exec tsx bench/browser.ts [--seed 42] [--records 10000]
// Issue 11: the browser build validates at the same ratio to JSON.parse as Node. Runs bench/browser-ratios.ts
// in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core, as the browser tests are),
// bundled by esbuild from the same sources as the validator page, then in this Node process, and prints
// both side by side. Measured once, here, never in a test.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { bundleProgram } from "../test/_bundle-program";
import { HAS_CHROMIUM, inChromiumPage, SKIP_REASON } from "../test/_chromium";
import { type CorpusRatios, measureRatios } from "./browser-ratios";

const here = dirname(fileURLToPath(import.meta.url));

/** The program of the page: the measurement, started by the bench once the page has loaded. */
const PROGRAM = `
import { measureRatios } from "../bench/browser-ratios";
globalThis.tipxMeasureRatios = measureRatios;
globalThis.tipxBenchReady = true;
`;

function print(where: string, results: readonly CorpusRatios[]): void {
  for (const r of results) {
    console.log(
      `  ${where.padEnd(9)} ${r.corpus.padEnd(22)} ${String(r.lines).padStart(6)} lines  parse ${r.parseMs.toFixed(0).padStart(5)} ms` +
        `  validate() ${r.validate.toFixed(2)} x  validateJson ${r.validateJson.toFixed(2)} x` +
        `  floors ${r.floor.toFixed(2)} x / ${r.floorByDescriptor.toFixed(2)} x`,
    );
  }
}

/** Measures in Chromium, then in Node, and prints both. */
export async function main(seed: number, records: number): Promise<void> {
  if (!HAS_CHROMIUM) {
    console.log(`browser: skipped, ${SKIP_REASON}`);
    return;
  }
  const maeSotText = JSON.stringify(
    JSON.parse(readFileSync(join(here, "..", "examples", "bundles", "mae-sot-interception.json"), "utf8")),
  );
  const program = await bundleProgram({ contents: PROGRAM, sourcefile: "bench-browser-program.ts" });
  const inBrowser = await inChromiumPage(program, "tipxBenchReady", (page) =>
    page.evaluate(
      ([s, n, text]) =>
        (
          globalThis as unknown as {
            tipxMeasureRatios: (seed: number, records: number, text: string) => Promise<CorpusRatios[]>;
          }
        ).tipxMeasureRatios(s, n, text),
      [seed, records, maeSotText] as const,
    ),
  );
  const inNode = await measureRatios(seed, records, maeSotText);
  console.log(`validation in headless Chromium and in Node (seed ${seed}, ratios to JSON.parse alone, best of 5)`);
  print("Chromium", inBrowser);
  print("Node", inNode);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: { seed: { type: "string", default: "42" }, records: { type: "string", default: "10000" } },
  });
  await main(Number(values.seed), Number(values.records));
}
