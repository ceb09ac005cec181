// pnpm exec tsx bench/cli-validate.ts [--mb 250,1024] [--seed 42] [--runs 1] [--dir bench/data] [--delete]
// `tipx validate --format json` on generated NDJSON files of --mb megabytes (a comma-separated list), as
// published (packages/cli/bin/tipx.js: run `pnpm run build` first), against a single-threaded streaming
// JSON.parse loop over the same file (node:readline + JSON.parse, as in bench/run.ts), each in a child
// process of its own timed by /usr/bin/time (wall time, peak RSS). The CLI runs twice: as it is (worker
// threads for a file this large) and on one thread (TIPX_WORKERS_MIN_BYTES, an internal setting).
// Targets (issue 11): the CLI's wall time at most the parse loop's; peak RSS under 200 MB, and flat as
// the file grows (compare the sizes). The files are kept in --dir for the next run unless --delete.
import { spawnSync } from "node:child_process";
import { closeSync, createWriteStream, existsSync, mkdirSync, openSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { prng, syntheticBundle } from "./generate";

const here = dirname(fileURLToPath(import.meta.url));
const BIN = join(here, "..", "packages", "cli", "bin", "tipx.js");

/** The streaming JSON.parse loop of bench/run.ts, as a script for a child process. */
const PARSE_LOOP = `
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
const reader = createInterface({ input: createReadStream(process.argv[1]), crlfDelay: Number.POSITIVE_INFINITY });
let lines = 0;
for await (const line of reader) if (line) { JSON.parse(line); lines++; }
console.log(lines);
`;

/**
 * Writes a file of synthetic NDJSON bundles of at least `mb` MiB (as bench/run.ts does), unless one is
 * there already.
 *
 * @returns the file's path.
 */
export async function bundlesFile(dir: string, seed: number, mb: number): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bundles-seed${seed}-${mb}MB.ndjson`);
  if (existsSync(file) && statSync(file).size >= mb * 2 ** 20) return file;
  console.log(`generating ${file} ...`);
  const out = createWriteStream(file);
  const random = prng(seed + 1);
  let written = 0;
  while (written < mb * 2 ** 20) {
    const chunk: string[] = [];
    for (let i = 0; i < 1_000; i++) chunk.push(JSON.stringify(syntheticBundle(random, 1 + Math.floor(random() * 5))));
    const text = `${chunk.join("\n")}\n`;
    written += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return file;
}

/** Wall time, CPU time and peak RSS of one child process. */
interface Timed {
  readonly wallS: number;
  /** User and system CPU time over every thread. */
  readonly cpuS: number;
  readonly rssMb: number;
  readonly status: number | null;
}

function timed(args: readonly string[], env: NodeJS.ProcessEnv = {}): Timed {
  // Not "ignore": Node opens /dev/null read-write for it, which tipx takes for a standard output closed
  // at launch (see standard-streams.ts) and stops at once with exit code 3.
  const devNull = openSync("/dev/null", "w");
  const result = spawnSync("/usr/bin/time", ["-f", "%M %e %U %S", process.execPath, ...args], {
    stdio: ["ignore", devNull, "pipe"],
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: 64 * 2 ** 20,
  });
  closeSync(devNull);
  const [rssKb, wallS, userS, systemS] = (result.stderr.trim().split("\n").pop() ?? "").split(" ").map(Number);
  if (
    rssKb === undefined ||
    wallS === undefined ||
    userS === undefined ||
    systemS === undefined ||
    [rssKb, wallS, userS, systemS].some(Number.isNaN)
  )
    throw new Error(`could not time ${args.join(" ")}: ${result.stderr.slice(-500)}`);
  return { wallS, cpuS: userS + systemS, rssMb: rssKb / 1024, status: result.status };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

/** The figures of one file size (medians over the runs). */
export interface CliValidateFigures {
  readonly mb: number;
  readonly parseS: number;
  readonly parseCpuS: number;
  readonly parseRssMb: number;
  readonly workersS: number;
  readonly workersCpuS: number;
  readonly workersRssMb: number;
  readonly singleS: number;
  readonly singleCpuS: number;
  readonly singleRssMb: number;
}

/** The largest peak RSS the issue allows, in MB. */
const RSS_TARGET_MB = 200;

function verdict(met: boolean): string {
  return met ? "met" : "NOT met";
}

/**
 * Runs the benchmark on each size and prints its figures.
 *
 * @param options - the sizes in MiB, the seed, the runs per contender, where the files go, and whether
 *   to delete them afterwards.
 * @returns the figures of each size.
 */
export async function main(options: {
  readonly mbs: readonly number[];
  readonly seed?: number;
  readonly runs?: number;
  readonly dir?: string;
  readonly deleteFiles?: boolean;
}): Promise<CliValidateFigures[]> {
  const { mbs, seed = 42, runs = 1, dir = join(here, "data"), deleteFiles = false } = options;
  const figures: CliValidateFigures[] = [];
  for (const mb of mbs) {
    const file = await bundlesFile(dir, seed, mb);
    const fileMb = statSync(file).size / 2 ** 20;
    const parse: Timed[] = [];
    const workers: Timed[] = [];
    const single: Timed[] = [];
    // In turn, so that a busy moment of a shared machine weighs on all three alike.
    for (let run = 0; run < runs; run++) {
      parse.push(timed(["--input-type=module", "-e", PARSE_LOOP, file]));
      workers.push(timed([BIN, "validate", "--format", "json", file]));
      single.push(timed([BIN, "validate", "--format", "json", file], { TIPX_WORKERS_MIN_BYTES: String(2 ** 53) }));
    }
    const status = workers[0]?.status;
    const row: CliValidateFigures = {
      mb: fileMb,
      parseS: median(parse.map((t) => t.wallS)),
      parseCpuS: median(parse.map((t) => t.cpuS)),
      parseRssMb: median(parse.map((t) => t.rssMb)),
      workersS: median(workers.map((t) => t.wallS)),
      workersCpuS: median(workers.map((t) => t.cpuS)),
      workersRssMb: Math.max(...workers.map((t) => t.rssMb)),
      singleS: median(single.map((t) => t.wallS)),
      singleCpuS: median(single.map((t) => t.cpuS)),
      singleRssMb: Math.max(...single.map((t) => t.rssMb)),
    };
    figures.push(row);
    const ratio = row.workersS / row.parseS;
    console.log(
      `tipx validate --format json on ${fileMb.toFixed(0)} MB, exit ${status} (median of ${runs} run${runs === 1 ? "" : "s"})`,
    );
    console.log(
      `  streaming JSON.parse only ${row.parseS.toFixed(1).padStart(7)} s   CPU ${row.parseCpuS.toFixed(1).padStart(5)} s   peak RSS ${row.parseRssMb.toFixed(0).padStart(4)} MB`,
    );
    console.log(
      `  tipx, one thread          ${row.singleS.toFixed(1).padStart(7)} s   CPU ${row.singleCpuS.toFixed(1).padStart(5)} s   peak RSS ${row.singleRssMb.toFixed(0).padStart(4)} MB   (${(row.singleS / row.parseS).toFixed(2)} x parse-only)`,
    );
    console.log(
      `  tipx, worker threads      ${row.workersS.toFixed(1).padStart(7)} s   CPU ${row.workersCpuS.toFixed(1).padStart(5)} s   peak RSS ${row.workersRssMb.toFixed(0).padStart(4)} MB   (${ratio.toFixed(2)} x parse-only)`,
    );
    console.log(
      `  wall time                 ${ratio.toFixed(2).padStart(7)} x   (target <= 1.00 x) ${verdict(ratio <= 1)}`,
    );
    console.log(
      `  peak RSS                  ${row.workersRssMb.toFixed(0).padStart(7)} MB  (target < ${RSS_TARGET_MB} MB) ${verdict(row.workersRssMb < RSS_TARGET_MB)}`,
    );
    if (deleteFiles) rmSync(file);
  }
  if (figures.length > 1) {
    const [smallest, largest] = [figures[0], figures.at(-1)];
    if (smallest !== undefined && largest !== undefined) {
      const growth = largest.workersRssMb / smallest.workersRssMb;
      console.log(
        `  peak RSS ${smallest.mb.toFixed(0)} MB -> ${largest.mb.toFixed(0)} MB: ${growth.toFixed(2)} x   (target: flat, <= 1.10 x) ${verdict(growth <= 1.1)}`,
      );
    }
  }
  return figures;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: {
      mb: { type: "string", default: "250" },
      seed: { type: "string", default: "42" },
      runs: { type: "string", default: "1" },
      dir: { type: "string" },
      delete: { type: "boolean", default: false },
    },
  });
  await main({
    mbs: values.mb.split(",").map(Number),
    seed: Number(values.seed),
    runs: Number(values.runs),
    ...(values.dir === undefined ? {} : { dir: values.dir }),
    deleteFiles: values.delete,
  });
}
