// pnpm exec tsx bench/startup.ts [--runs 40]
// The start-up of the built `tipx` (packages/cli/bin/tipx.js, as published) against Node itself: the
// median wall time of `node -e 0`, `tipx --version` and `tipx --help` over --runs runs each, taken in
// turn so that a busy moment of the machine weighs on all three alike. Target (issue 11): each at most
// 1.25x `node -e 0`. Needs the build (`pnpm run build`).
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, "..", "packages", "cli", "bin", "tipx.js");

/** One command whose start-up is measured. */
interface Contender {
  readonly label: string;
  readonly args: readonly string[];
}

const CONTENDERS: readonly Contender[] = [
  { label: "node -e 0", args: ["-e", "0"] },
  { label: "tipx --version", args: [BIN, "--version"] },
  { label: "tipx --help", args: [BIN, "--help"] },
];

/** The largest ratio to `node -e 0` the issue allows. */
const TARGET_RATIO = 1.25;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function timeOnce(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  // Not a terminal, as in a script: the help is laid out 80 columns wide. English whatever the locale.
  const result = spawnSync(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, TIPX_LANG: "", LANG: "C" },
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(" ")} exited with ${result.status}: ${result.stderr}`);
  return ms;
}

/** The medians of one run of the start-up benchmark, in milliseconds, by contender label. */
export interface StartupFigures {
  readonly runs: number;
  readonly medians: ReadonlyMap<string, number>;
}

/**
 * Measures and prints the start-up figures.
 *
 * @param runs - how many times each command runs.
 * @returns the medians.
 */
export function main(runs = 40): StartupFigures {
  const times = new Map<string, number[]>(CONTENDERS.map((contender) => [contender.label, []]));
  for (const contender of CONTENDERS) timeOnce(contender.args); // warm the file cache
  for (let run = 0; run < runs; run++)
    for (const contender of CONTENDERS) times.get(contender.label)?.push(timeOnce(contender.args));
  const medians = new Map([...times].map(([label, values]) => [label, median(values)]));
  const node = medians.get("node -e 0") ?? Number.NaN;
  console.log(`start-up of the built tipx, median of ${runs} runs each (taken in turn)`);
  for (const [label, ms] of medians) {
    const ratio = ms / node;
    const verdict =
      label === "node -e 0"
        ? ""
        : `${ratio.toFixed(2).padStart(5)} x node   (target <= ${TARGET_RATIO.toFixed(2)} x) ${ratio <= TARGET_RATIO ? "met" : "NOT met"}`;
    console.log(`  ${label.padEnd(16)} ${ms.toFixed(1).padStart(7)} ms   ${verdict}`);
  }
  return { runs, medians };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: { runs: { type: "string", default: "40" } },
  });
  main(Number(values.runs));
}
