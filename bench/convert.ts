// pnpm exec tsx bench/convert.ts [--seed 42] [--records 100000]   (also run by `pnpm bench`)
// Measures @tipx/convert on generated HTCDS 2.0 CSV rows, against the built packages:
//   (a) reading the CSV with papaparse alone (streamed, header row, every row counted),
//   (a2) the same CSV through streamCsvRows alone,
//   (b) CSV -> NDJSON bundles through streamCsvRows + streamFromHtcdsRows, written to a file,
//   (c) those NDJSON bundles -> CTDC 2024 rows with k = 11 (streamNdjson, streamToCtdcRows).
// Prints rows/s, the ratio of (b) to (a) and the peak RSS. Targets (issue 10): (b) at least half of
// papaparse-only speed; memory flat and under 200 MB. The figures are printed as met / NOT met, never
// asserted: timings belong to a benchmark, not to a unit test.
import { spawnSync } from "node:child_process";
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { streamCsvRows, streamFromHtcdsRows, streamNdjson, streamToCtdcRows, toCsv } from "@tipx/convert";
import type { Bundle } from "@tipx/schema";
import Papa from "papaparse";
import { prng } from "./generate";

const GIVEN = ["Anong", "Somsak", "Malee", "Niran", "Pim", "Kittisak", "Ratana", "Chai", "Lucía", "Mateo"];
const FAMILY = ["Testkul", "Samplewong", "Fakesri", "Demo", "Exampleporn", "Prueba", "Ejemplo"];
const GENDERS = ["Feminine", "Masculine", "Feminine", "Masculine", "Unknown"];
const CITIZENSHIPS = ["TH", "MM", "KH", "LA", "VN", "PY", "AR"];
const SUBDIVISIONS = ["TH-63", "TH-10", "TH-50", "TH-57", "TH-40"];
const EXPLOITATION = ["ForcedLabour", "ForcedCriminality", "SexualExploitation", "ForcedLabour;ForcedCriminality"];
const CONTROL = ["FalsePromises", "DebtBondage", "WithholdsDocuments", "FalsePromises;DebtBondage"];
const STATUSES = ["PossibleVictimOfTrafficking", "IdentifiedVictimOfTrafficking"];
const CASE_STATUSES = ["Active", "Closed"];

/** The HTCDS 2.0 columns the generated rows fill. */
export const BENCH_HTCDS_COLUMNS = [
  "prs_FirstName",
  "prs_SecondName",
  "prs_Birthdate",
  "prs_Gender",
  "prs_PrimaryLanguage",
  "prs_Citizenship",
  "prs_MailingCountry",
  "prs_MailingState",
  "vic_TraffickingStatus",
  "vic_AgeWhenTrafficked",
  "vic_MethodsOfControl",
  "vic_TypeOfExploitation",
  "vic_LocationOfExploitation",
  "cas_Status",
  "hte_Country",
  "hte_Date",
  "hte_Type",
] as const;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * One synthetic HTCDS 2.0 row: invented names, codes from the picklists, dates in range.
 *
 * @param random - the seeded PRNG.
 */
export function syntheticHtcdsRow(random: () => number): Record<(typeof BENCH_HTCDS_COLUMNS)[number], string> {
  const year = 1970 + Math.floor(random() * 40);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  return {
    prs_FirstName: pick(random, GIVEN),
    prs_SecondName: pick(random, FAMILY),
    prs_Birthdate: `${year}-${month}-${day}`,
    prs_Gender: pick(random, GENDERS),
    prs_PrimaryLanguage: pick(random, ["tha", "mya", "khm", "spa"]),
    prs_Citizenship: pick(random, CITIZENSHIPS),
    prs_MailingCountry: "TH",
    prs_MailingState: pick(random, SUBDIVISIONS),
    vic_TraffickingStatus: pick(random, STATUSES),
    vic_AgeWhenTrafficked: String(12 + Math.floor(random() * 40)),
    vic_MethodsOfControl: pick(random, CONTROL),
    vic_TypeOfExploitation: pick(random, EXPLOITATION),
    vic_LocationOfExploitation: pick(random, CITIZENSHIPS),
    cas_Status: pick(random, CASE_STATUSES),
    hte_Country: pick(random, CITIZENSHIPS),
    hte_Date: `${2015 + Math.floor(random() * 10)}-${month}`,
    hte_Type: "Recruitment",
  };
}

/** Writes `records` generated rows to `file` as CSV, 1,000 rows at a time. */
async function writeHtcdsCsv(file: string, seed: number, records: number): Promise<void> {
  const random = prng(seed);
  const out = createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((resolve) => out.once("drain", () => resolve()));
  for (let start = 0; start < records; start += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, records - start) }, () => syntheticHtcdsRow(random));
    const text = toCsv(rows, BENCH_HTCDS_COLUMNS, { newline: "\n" });
    // toCsv writes the header each time: keep it for the first chunk only.
    await write(start === 0 ? text : text.slice(text.indexOf("\n") + 1));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

/** Samples the resident set size every 50 ms while `work` runs; returns its time and the peak. */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const start = performance.now();
  try {
    const value = await work();
    return { value, ms: performance.now() - start, peakMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/** (a): papaparse alone, streamed from the file, with the header row. */
function papaparseOnly(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse<Record<string, string>>(createReadStream(file), {
      header: true,
      skipEmptyLines: true,
      step: () => {
        rows += 1;
      },
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

/** (a2): the CSV read by `streamCsvRows` alone (numbered rows of cells under the header, with the report). */
async function csvRowsOnly(file: string): Promise<number> {
  let rows = 0;
  for await (const _ of streamCsvRows(createReadStream(file))) rows += 1;
  return rows;
}

/** (b): CSV rows to NDJSON bundles, streamed to `out`. */
async function csvToNdjson(file: string, out: string): Promise<{ rows: number; bundles: number }> {
  const rows = streamCsvRows(createReadStream(file));
  const bundles = streamFromHtcdsRows(rows, { createdAt: "2026-01-01T00:00:00Z" });
  const sink = createWriteStream(out);
  let count = 0;
  let buffer = "";
  for await (const bundle of bundles) {
    buffer += `${JSON.stringify(bundle)}\n`;
    count += 1;
    if (buffer.length > 1 << 20) {
      if (!sink.write(buffer)) await new Promise<void>((resolve) => sink.once("drain", () => resolve()));
      buffer = "";
    }
  }
  sink.write(buffer);
  await new Promise<void>((resolve) => sink.end(() => resolve()));
  return { rows: bundles.report().counts.rows, bundles: count };
}

/**
 * (c): NDJSON bundles to CTDC 2024 rows with k = 11, as `tipx convert --to ctdc` does: each bundle is
 * written to flat rows as it is read (`streamToCtdcRows`), and k-anonymity runs once over the rows.
 */
async function ndjsonToCtdc(file: string): Promise<{ rows: number; suppressed: number }> {
  async function* bundles(): AsyncGenerator<{ row: number; bundle: Bundle }> {
    for await (const record of streamNdjson(createReadStream(file)))
      yield { row: record.line, bundle: record.value as unknown as Bundle };
  }
  const { value, report } = await streamToCtdcRows(bundles(), { codebook: "2024", k: 11 });
  return { rows: value.length, suppressed: report.counts.skipped };
}

const perSecond = (rows: number, ms: number): string => Math.round(rows / (ms / 1000)).toLocaleString("en");
const mark = (met: boolean): string => (met ? "met" : "NOT met");

/**
 * Runs the convert benchmark in this process and prints its figures.
 *
 * @param seed - the PRNG seed of the rows.
 * @param records - how many HTCDS rows to generate.
 */
export async function runConvertBench(seed: number, records: number): Promise<void> {
  const dataDir = join(dirname(fileURLToPath(import.meta.url)), "data");
  mkdirSync(dataDir, { recursive: true });
  const csv = join(dataDir, `htcds-seed${seed}-${records}.csv`);
  const ndjson = join(dataDir, `htcds-seed${seed}-${records}.ndjson`);
  if (!existsSync(csv)) await writeHtcdsCsv(csv, seed, records);
  const mb = statSync(csv).size / 2 ** 20;
  const baseMb = process.memoryUsage().rss / 2 ** 20;

  const a = await measured(() => papaparseOnly(csv));
  const a2 = await measured(() => csvRowsOnly(csv));
  const b = await measured(() => csvToNdjson(csv, ndjson));
  const c = await measured(() => ndjsonToCtdc(ndjson));
  const ratio = b.ms / a.ms;
  const peak = Math.max(a.peakMb, a2.peakMb, b.peakMb, c.peakMb, process.resourceUsage().maxRSS / 1024);

  console.log(
    `convert: seed ${seed}, ${records.toLocaleString("en")} HTCDS rows, ${mb.toFixed(1)} MB of CSV (RSS at start ${baseMb.toFixed(0)} MB)`,
  );
  console.log(
    `  (a) papaparse alone          ${a.ms.toFixed(0).padStart(7)} ms  ${perSecond(a.value, a.ms).padStart(9)} rows/s  peak RSS ${a.peakMb.toFixed(0)} MB`,
  );
  console.log(
    `  (a2) streamCsvRows alone     ${a2.ms.toFixed(0).padStart(7)} ms  ${perSecond(a2.value, a2.ms).padStart(9)} rows/s  peak RSS ${a2.peakMb.toFixed(0)} MB  (${(a2.ms / a.ms).toFixed(2)} x (a))`,
  );
  console.log(
    `  (b) CSV -> NDJSON bundles    ${b.ms.toFixed(0).padStart(7)} ms  ${perSecond(b.value.rows, b.ms).padStart(9)} rows/s  peak RSS ${b.peakMb.toFixed(0)} MB  (${b.value.bundles.toLocaleString("en")} bundles)`,
  );
  console.log(
    `  (c) NDJSON -> CTDC, k = 11   ${c.ms.toFixed(0).padStart(7)} ms  ${perSecond(b.value.bundles, c.ms).padStart(9)} bundles/s  peak RSS ${c.peakMb.toFixed(0)} MB  (${c.value.rows.toLocaleString("en")} rows, ${c.value.suppressed.toLocaleString("en")} suppressed)`,
  );
  console.log(
    `  (b) / (a) time               ${ratio.toFixed(2).padStart(7)} x   (target <= 2.00 x: half of papaparse-only speed) ${mark(ratio <= 2)}`,
  );
  console.log(
    `  streaming (b) peak RSS       ${b.peakMb.toFixed(0).padStart(7)} MB  (target < 200 MB) ${mark(b.peakMb < 200)}  (+${(b.peakMb - baseMb).toFixed(0)} MB over the start)`,
  );
  console.log(
    `  peak RSS of the run          ${peak.toFixed(0).padStart(7)} MB  (target < 200 MB) ${mark(peak < 200)}${c.peakMb >= 200 ? "  ((c) holds every victim's flat row: k-anonymity needs the whole dataset)" : ""}`,
  );
}

/**
 * Runs the benchmark in a child process of its own, so that its peak RSS is not the caller's: what
 * `bench/run.ts` does.
 *
 * @param seed - the PRNG seed of the rows.
 * @param records - how many HTCDS rows to generate.
 * @returns the child's exit status.
 */
export function runConvertBenchInChild(seed: number, records: number): number {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), "--seed", String(seed), "--records", String(records)],
    { stdio: "inherit" },
  );
  return child.status ?? 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: { seed: { type: "string", default: "42" }, records: { type: "string", default: "100000" } },
  });
  await runConvertBench(Number(values.seed), Number(values.records));
}
