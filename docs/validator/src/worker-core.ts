// The Web Worker's work: validate a file record by record and report in batches, or redact it. It runs as a
// classic worker script from a Blob URL (a page opened from file:// may start no other worker).
import type { IndicatorCatalogue } from "@tipx/indicators";
import { es as indicatorsEs } from "@tipx/indicators/locales/es";
import { th as indicatorsTh } from "@tipx/indicators/locales/th";
import { redact } from "@tipx/privacy";
import { type Catalogue, explain, type Lang } from "@tipx/schema";
import { es } from "@tipx/schema/locales/es";
import { th } from "@tipx/schema/locales/th";
import { checkRecord, validateRecord } from "./check-record";
import type { ShownExplanation, ShownRecord, Totals, WorkerReply, WorkerRequest } from "./protocol";
import { randomUuid, readRecords, type WorkbookReader } from "./read-records";

/** The part of a dedicated worker's global scope the worker uses. */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(message: WorkerReply): void;
}

const CATALOGUES: Readonly<Record<Lang, Catalogue | undefined>> = { en: undefined, th, es };
const INDICATOR_CATALOGUES: Readonly<Record<Lang, IndicatorCatalogue | undefined>> = {
  en: undefined,
  th: indicatorsTh,
  es: indicatorsEs,
};
/** How often the page hears of progress, at most: often enough for a progress bar, rarely enough to stay cheap. */
const BATCH_MS = 150;

type ValidateRequest = Extract<WorkerRequest, { type: "validate" }>;
type RedactRequest = Extract<WorkerRequest, { type: "redact" }>;

async function validateFile(
  request: ValidateRequest,
  post: (reply: WorkerReply) => void,
  readWorkbook?: WorkbookReader,
) {
  const locale = CATALOGUES[request.lang];
  const options = { locale, indicatorLocale: INDICATOR_CATALOGUES[request.lang], profile: request.profile };
  let read = 0;
  const source = readRecords(
    request.file,
    request.kind,
    locale,
    (bytes) => {
      read = bytes;
    },
    readWorkbook,
  );
  const totals = { records: 0, valid: 0, invalid: 0, errors: 0, warnings: 0, profiles: {} as Record<string, number> };
  const sent = new Set<string>();
  let pending: ShownRecord[] = [];
  let explanations: Record<string, ShownExplanation> = {};
  let last = Date.now();
  const note = (code: string) => {
    if (sent.has(code)) return;
    sent.add(code);
    const text = explain(code, locale);
    if (text) explanations[code] = { title: text.title, explanation: text.explanation };
  };
  const snapshot = (): Totals => ({ ...totals, profiles: { ...totals.profiles } });
  const flush = () => {
    post({ type: "batch", records: pending, explanations, totals: snapshot(), read, size: request.file.size });
    pending = [];
    explanations = {};
    last = Date.now();
  };
  for await (const record of source.records) {
    totals.records += 1;
    const { shown } = checkRecord(record, totals.records, options);
    if (shown.ok) totals.valid += 1;
    else totals.invalid += 1;
    for (const issue of shown.issues) {
      if (issue.severity === "error") totals.errors += 1;
      else if (issue.severity === "warning") totals.warnings += 1;
    }
    if (shown.profile !== undefined) totals.profiles[shown.profile] = (totals.profiles[shown.profile] ?? 0) + 1;
    if (totals.records <= request.shown) {
      for (const issue of shown.issues) note(issue.code);
      pending.push(shown);
    }
    if (Date.now() - last >= BATCH_MS) flush();
  }
  read = request.file.size;
  flush();
  const conversion = source.conversion().map(({ code, severity, path, message, row, column }) => ({
    code,
    severity,
    path,
    message,
    ...(row === undefined ? {} : { row }),
    ...(column === undefined ? {} : { column }),
  }));
  for (const issue of conversion) note(issue.code);
  post({ type: "done", totals: snapshot(), conversion, explanations });
}

async function redactFile(request: RedactRequest, post: (reply: WorkerReply) => void, readWorkbook?: WorkbookReader) {
  const source = readRecords(request.file, request.kind, undefined, () => {}, readWorkbook);
  const parts: string[] = [];
  let redacted = 0;
  let skipped = 0;
  for await (const record of source.records) {
    const bundle = validateRecord(record, { locale: undefined, profile: undefined }).result.value;
    if (bundle === undefined) {
      skipped += 1;
      continue;
    }
    const text = JSON.stringify(redact(bundle, request.purpose).bundle, null, request.kind === "json" ? 2 : undefined);
    parts.push(`${text}\n`);
    redacted += 1;
  }
  const single = request.kind === "json" && redacted === 1;
  const base = request.file.name.replace(/\.[^.]*$/, "");
  const name = `${base}.${request.purpose}.${single ? "json" : "ndjson"}`;
  const type = single ? "application/json" : "application/x-ndjson";
  post({ type: "redacted", purpose: request.purpose, name, blob: new Blob(parts, { type }), redacted, skipped });
}

/**
 * Starts the worker: answers the page's requests, one at a time (the page starts a new worker for each).
 *
 * @param readWorkbook - The XLSX reader, in the worker bundle that includes exceljs.
 */
export function startWorker(readWorkbook?: WorkbookReader): void {
  // The screening gives each Assessment a new id with crypto.randomUUID, which only a secure context has;
  // a page on a plain http host is not one.
  if (typeof crypto.randomUUID !== "function") {
    Object.defineProperty(crypto, "randomUUID", { value: randomUuid, configurable: true });
  }
  const scope = globalThis as unknown as WorkerScope;
  const post = (reply: WorkerReply) => scope.postMessage(reply);
  scope.onmessage = (event) => {
    const request = event.data;
    const work =
      request.type === "validate" ? validateFile(request, post, readWorkbook) : redactFile(request, post, readWorkbook);
    work.catch((error: unknown) =>
      post({ type: "failed", reason: error instanceof Error ? error.message : String(error) }),
    );
  };
}
