import { createReadStream } from "node:fs";
import { streamCsvRows, streamFromHtcdsRows } from "@tipx/convert";
const file = "bench/data/htcds-seed42-100000.csv";
const mode = process.argv[2] ?? "h";
async function csv() { let n = 0; for await (const _ of streamCsvRows(createReadStream(file, { highWaterMark: 1 << 16 }))) n++; return n; }
const rows: any[] = [];
for await (const r of streamCsvRows(createReadStream(file))) rows.push(r);
for (let i = 0; i < 4; i++) {
  const t0 = performance.now();
  let n = 0, bytes = 0;
  if (mode === "csv") n = await csv();
  else {
    const s = streamFromHtcdsRows(rows, { createdAt: "2026-01-01T00:00:00Z" });
    for await (const b of s) { n++; if (mode === "hj") bytes += JSON.stringify(b).length; }
  }
  console.log(mode, n, Math.round(performance.now() - t0), "ms");
}
