// pnpm bench [--seed 42] [--records 50000] [--mae-sot-records N] [--mb 512] [--skip-cli]
//            [--convert-records 100000] [--skip-convert] [--browser-records 10000] [--skip-browser]
// Measures, in one run and against the built packages, on the same lines: JSON.parse alone, then
// validate(JSON.parse(line)), ajv 2020 on the published JSON Schema, zod's Bundle.safeParse and
// validateJson(line), as ratios to JSON.parse alone, on synthetic bundles (all valid, then 5 % invalid) and
// on the Mae Sot example with its ids renamed per line (issue 11: validate() at most 1.5x parse on valid
// lines, 1.8x with 5 % invalid, faster than ajv and zod), beside the floors of bench/floor.ts; then the
// same ratios in headless Chromium and in Node (bench/browser.ts). Then, in a child process of its own,
// bench/convert.ts: HTCDS CSV rows -> NDJSON bundles -> CTDC rows. Then the CLI: the start-up of
// `tipx --version` and `--help` (bench/startup.ts, target 1.25x `node -e 0`), and `tipx validate` on a
// generated NDJSON file with worker threads and with one thread (bench/cli-validate.ts: wall time against
// a streaming JSON.parse loop, peak RSS under 200 MB).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Bundle, validate, validateJson } from "@tipx/schema";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { main as browserBench } from "./browser";
import { main as cliValidateBench } from "./cli-validate";
import { runConvertBenchInChild } from "./convert";
import { readEveryValue, readEveryValueByDescriptor } from "./floor";
import { invalidBundle, prng, syntheticBundle, withFreshIds } from "./generate";
import { main as startupBench } from "./startup";

const { values } = parseArgs({
  // `pnpm bench -- --records 5000` passes the "--" on.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    seed: { type: "string", default: "42" },
    records: { type: "string", default: "50000" },
    "mae-sot-records": { type: "string" },
    mb: { type: "string", default: "512" },
    "skip-cli": { type: "boolean", default: false },
    "convert-records": { type: "string", default: "100000" },
    "skip-convert": { type: "boolean", default: false },
    "browser-records": { type: "string", default: "10000" },
    "skip-browser": { type: "boolean", default: false },
  },
});
const seed = Number(values.seed);
const records = Number(values.records);
const targetMb = Number(values.mb);
// The Mae Sot example is about 30 KB a line: a tenth as many lines as the synthetic corpus by default.
const maeSotRecords = Number(values["mae-sot-records"] ?? Math.max(100, Math.round(records / 10)));
const MAE_SOT = "examples/bundles/mae-sot-interception.json";
const here = dirname(fileURLToPath(import.meta.url));

function best(runs: number, work: () => void): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

// 1. In-process, on the same lines in one run: JSON.parse alone, then four ways to validate them.
const random = prng(seed);
const bundles = Array.from({ length: records }, () => syntheticBundle(random, 1 + Math.floor(random() * 5)));
const validLines = bundles.map((bundle) => JSON.stringify(bundle));
// 5 % invalid: every 20th bundle with an unknown code, a missing required field or a bad id, in turn.
const mixedLines = bundles.map((bundle, i) =>
  i % 20 === 19 ? JSON.stringify(invalidBundle(bundle, Math.floor(i / 20))) : (validLines[i] as string),
);
const maeSotText = JSON.stringify(JSON.parse(readFileSync(join(here, "..", MAE_SOT), "utf8")));
const maeSotRandom = prng(seed + 2);
const maeSotLines = Array.from({ length: maeSotRecords }, () => withFreshIds(maeSotText, maeSotRandom));

let invalid = 0;
for (const line of validLines.slice(0, 2_000)) if (!validate(JSON.parse(line)).ok) invalid++;
for (const line of maeSotLines.slice(0, 100)) if (!validate(JSON.parse(line)).ok) invalid++;
if (invalid > 0)
  throw new Error(`${invalid} bundles of the valid corpora are invalid; the benchmark measures valid ones`);

// ajv 2020 on the published JSON Schema (its x-tipx-* keywords are annotations: strict mode off).
const ajv = new Ajv2020({ strict: false, allErrors: false });
addFormats(ajv);
const ajvValidate = ajv.compile(
  JSON.parse(readFileSync(join(here, "..", "packages", "schema", "json-schema", "bundle.json"), "utf8")),
);

const CONTENDERS: readonly { readonly name: string; readonly run: (line: string) => unknown }[] = [
  { name: "validate()", run: (line) => validate(JSON.parse(line)) },
  { name: "ajv 2020 (JSON Schema)", run: (line) => ajvValidate(JSON.parse(line)) },
  { name: "zod Bundle.safeParse", run: (line) => Bundle.safeParse(JSON.parse(line)) },
  { name: "validateJson(text)", run: (line) => validateJson(line) },
  // The floors (bench/floor.ts): no check at all, only the reading any check must do.
  { name: "floor: read every value", run: (line) => readEveryValue(JSON.parse(line)) },
  { name: "floor: by descriptor", run: (line) => readEveryValueByDescriptor(JSON.parse(line)) },
];

/** Times JSON.parse alone and each contender on `lines`, interleaved run by run, and prints the ratios. */
function compare(title: string, lines: readonly string[], target: number | undefined): void {
  const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
  const fastest = new Array<number>(CONTENDERS.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let run = 0; run < 5; run++) {
    fastest[0] = Math.min(
      fastest[0] ?? 0,
      best(1, () => lines.forEach((line) => JSON.parse(line))),
    );
    CONTENDERS.forEach((contender, i) => {
      fastest[i + 1] = Math.min(
        fastest[i + 1] ?? 0,
        best(1, () => lines.forEach(contender.run)),
      );
    });
  }
  const parseMs = fastest[0] ?? 0;
  console.log(
    `${title}: ${lines.length.toLocaleString("en")} bundles, ${(bytes / 2 ** 20).toFixed(1)} MB of NDJSON (best of 5 runs)`,
  );
  console.log(`  JSON.parse alone          ${parseMs.toFixed(0).padStart(7)} ms   1.00 x`);
  const ratios = CONTENDERS.map((contender, i) => {
    const ms = fastest[i + 1] ?? 0;
    console.log(
      `  ${contender.name.padEnd(25)} ${ms.toFixed(0).padStart(7)} ms ${(ms / parseMs).toFixed(2).padStart(6)} x`,
    );
    return ms / parseMs;
  });
  const [ours = 0, ajvRatio = 0, zodRatio = 0, , floor = 0, contractFloor = 0] = ratios;
  const verdicts = [
    `beats ajv ${ours < ajvRatio ? "met" : "NOT met"}`,
    `beats zod ${ours < zodRatio ? "met" : "NOT met"}`,
  ];
  if (target !== undefined)
    verdicts.unshift(`validate() <= ${target.toFixed(2)} x ${ours <= target ? "met" : "NOT met"}`);
  console.log(`  targets: ${verdicts.join(", ")}`);
  console.log(
    `  floors: any check of every value >= ${floor.toFixed(2)} x; validate() on a live object, reading by descriptor >= ${contractFloor.toFixed(2)} x`,
  );
}

compare(`seed ${seed}, synthetic, all valid`, validLines, 1.5);
compare(`seed ${seed}, synthetic, 5 % invalid`, mixedLines, 1.8);
compare(`seed ${seed}, ${MAE_SOT} with its ids renamed per line`, maeSotLines, 1.5);

// The same measurement in headless Chromium, on the same sources bundled for the browser, beside Node's.
if (!values["skip-browser"]) await browserBench(seed, Number(values["browser-records"]));

// @tipx/convert, in a child process so that its peak RSS is its own (see bench/README.md).
if (!values["skip-convert"]) runConvertBenchInChild(seed, Number(values["convert-records"]));

if (values["skip-cli"]) process.exit(0);

// 2. The CLI: the start-up of `tipx --version` and `tipx --help` against `node -e 0` (bench/startup.ts),
// then `tipx validate` on an NDJSON file of `--mb` megabytes, with its worker threads and with one thread,
// against a streaming JSON.parse loop over the same file (bench/cli-validate.ts).
startupBench(40);
await cliValidateBench({ mbs: [targetMb], seed, runs: 1 });
