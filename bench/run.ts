// pnpm bench [--seed 42] [--records 50000] [--mb 512] [--skip-cli] [--convert-records 100000] [--skip-convert]
// Measures, in one run and against the built packages: JSON.parse alone, JSON.parse + validate() and
// validateJson(text), their
// ratio and records/s; then `tipx validate` on a generated NDJSON file: wall time, MB/s, peak RSS.
// Targets (DESIGN section 10): validate costs at most 2.0x parse-only time; the CLI stays under 200 MB RSS.
// Then, in a child process of its own, bench/convert.ts: HTCDS CSV rows -> NDJSON bundles -> CTDC rows.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { validate, validateJson } from "@tipx/schema";
import { runConvertBenchInChild } from "./convert";
import { prng, syntheticBundle } from "./generate";

const { values } = parseArgs({
  // `pnpm bench -- --records 5000` passes the "--" on.
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    seed: { type: "string", default: "42" },
    records: { type: "string", default: "50000" },
    mb: { type: "string", default: "512" },
    "skip-cli": { type: "boolean", default: false },
    "convert-records": { type: "string", default: "100000" },
    "skip-convert": { type: "boolean", default: false },
  },
});
const seed = Number(values.seed);
const records = Number(values.records);
const targetMb = Number(values.mb);
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

// 1. In-process: the same bytes parsed, then parsed and validated.
const random = prng(seed);
const lines = Array.from({ length: records }, () =>
  JSON.stringify(syntheticBundle(random, 1 + Math.floor(random() * 5))),
);
const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
let invalid = 0;
for (const line of lines.slice(0, 2_000)) if (!validate(JSON.parse(line)).ok) invalid++;
if (invalid > 0) throw new Error(`the generator made ${invalid} invalid bundles; the benchmark measures valid ones`);
const parseMs = best(5, () => {
  for (const line of lines) JSON.parse(line);
});
const validateMs = best(5, () => {
  for (const line of lines) validate(JSON.parse(line));
});
// validateJson() parses and validates text; validate() on a parsed value first copies it into plain data.
const validateJsonMs = best(5, () => {
  for (const line of lines) validateJson(line);
});
const ratio = validateMs / parseMs;
const jsonRatio = validateJsonMs / parseMs;
console.log(
  `seed ${seed}, ${records.toLocaleString("en")} bundles, ${(bytes / 2 ** 20).toFixed(1)} MB of NDJSON (best of 5 runs)`,
);
console.log(`  JSON.parse alone          ${parseMs.toFixed(0).padStart(7)} ms`);
console.log(`  JSON.parse + validate()   ${validateMs.toFixed(0).padStart(7)} ms`);
console.log(
  `  ratio                     ${ratio.toFixed(2).padStart(7)} x   (target <= 2.00 x) ${ratio <= 2 ? "met" : "NOT met"}`,
);
console.log(`  validateJson(text)        ${validateJsonMs.toFixed(0).padStart(7)} ms`);
console.log(
  `  ratio                     ${jsonRatio.toFixed(2).padStart(7)} x   (target <= 2.00 x) ${jsonRatio <= 2 ? "met" : "NOT met"}`,
);
console.log(
  `  records/s                 ${Math.round(records / (validateJsonMs / 1000))
    .toLocaleString("en")
    .padStart(7)}   (validateJson)`,
);

// @tipx/convert, in a child process so that its peak RSS is its own (see bench/README.md).
if (!values["skip-convert"]) runConvertBenchInChild(seed, Number(values["convert-records"]));

if (values["skip-cli"]) process.exit(0);

// 2. The CLI on a generated NDJSON file of at least `targetMb` MB.
const dataDir = join(here, "data");
mkdirSync(dataDir, { recursive: true });
const file = join(dataDir, `bundles-seed${seed}-${targetMb}MB.ndjson`);
if (!existsSync(file) || statSync(file).size < targetMb * 2 ** 20) {
  console.log(`generating ${file} ...`);
  const out = createWriteStream(file);
  const fileRandom = prng(seed + 1);
  let written = 0;
  while (written < targetMb * 2 ** 20) {
    const chunk: string[] = [];
    for (let i = 0; i < 1_000; i++)
      chunk.push(JSON.stringify(syntheticBundle(fileRandom, 1 + Math.floor(fileRandom() * 5))));
    const text = `${chunk.join("\n")}\n`;
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}
const fileMb = statSync(file).size / 2 ** 20;

const streamStart = performance.now();
const reader = createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
let streamed = 0;
for await (const line of reader) {
  if (line) {
    JSON.parse(line);
    streamed++;
  }
}
const streamParseS = (performance.now() - streamStart) / 1000;

const bin = join(here, "..", "packages", "cli", "bin", "tipx.js");
const timed = spawnSync("/usr/bin/time", ["-f", "%M %e", process.execPath, bin, "validate", "--format", "json", file], {
  stdio: ["ignore", "ignore", "pipe"],
  encoding: "utf8",
  maxBuffer: 64 * 2 ** 20,
});
const timeLine = timed.stderr.trim().split("\n").pop() ?? "";
const [rssKb, wallS] = timeLine.split(" ").map(Number);
if (rssKb === undefined || wallS === undefined || Number.isNaN(rssKb))
  throw new Error(`could not time the CLI: ${timed.stderr.slice(-500)}`);
console.log(
  `tipx validate --format json on ${fileMb.toFixed(0)} MB (${streamed.toLocaleString("en")} bundles), exit ${timed.status}`,
);
console.log(`  streaming JSON.parse only ${streamParseS.toFixed(1).padStart(7)} s`);
console.log(
  `  wall time                 ${wallS.toFixed(1).padStart(7)} s   (${(wallS / streamParseS).toFixed(2)} x streaming parse-only)`,
);
console.log(`  throughput                ${(fileMb / wallS).toFixed(1).padStart(7)} MB/s`);
console.log(
  `  peak RSS                  ${(rssKb / 1024).toFixed(0).padStart(7)} MB  (target < 200 MB) ${rssKb / 1024 < 200 ? "met" : "NOT met"}`,
);
