import { createReadStream } from "node:fs";
import { streamCsvRows, streamFromHtcdsRows } from "@tipx/convert";
const s = streamFromHtcdsRows(streamCsvRows(createReadStream("bench/data/htcds-seed42-100000.csv")), { createdAt: "2026-01-01T00:00:00Z" });
for await (const _ of s);
const r = s.report();
console.log(JSON.stringify({ ...r, issues: r.issues.slice(0, 5) }, null, 1).slice(0, 3000), r.issues.length);
