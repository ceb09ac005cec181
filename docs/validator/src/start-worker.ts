// Starts the validation worker from its source, which the worker scripts (validator-worker.js, and
// validator-worker-xlsx.js once an XLSX file is picked) leave on the page as text. A Blob URL is the one
// way a page opened from file:// can start a worker in Chromium, and it works the same on any host.
import type { WorkerReply, WorkerRequest } from "./protocol";

/** The global the worker scripts write their sources to. */
export const WORKER_SOURCES = "tipxValidatorWorkers";

/** The worker sources: `core` (JSON, NDJSON, CSV) and `xlsx` (all of those and XLSX). */
export type WorkerName = "core" | "xlsx";

const SCRIPTS: Readonly<Record<WorkerName, string>> = {
  core: "validator-worker.js",
  xlsx: "validator-worker-xlsx.js",
};

const urls = new Map<WorkerName, string>();

function sourceOf(name: WorkerName): string | undefined {
  const sources = (globalThis as Record<string, unknown>)[WORKER_SOURCES];
  if (typeof sources !== "object" || sources === null) return undefined;
  const source: unknown = (sources as Record<string, unknown>)[name];
  return typeof source === "string" ? source : undefined;
}

/** Loads a worker script with a script element (script-src 'self' allows it, from file:// too). */
function loadScript(name: WorkerName): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = SCRIPTS[name];
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${SCRIPTS[name]} could not be loaded`));
    document.head.append(script);
  });
}

/** A running worker: send it one request, hear its replies, end it. */
export interface ValidatorWorker {
  readonly send: (request: WorkerRequest) => void;
  readonly terminate: () => void;
}

/**
 * Starts a worker and passes its replies to `onReply`.
 *
 * @param name - Which worker: the XLSX one is loaded the first time it is needed.
 */
export async function startWorker(name: WorkerName, onReply: (reply: WorkerReply) => void): Promise<ValidatorWorker> {
  let url = urls.get(name);
  if (url === undefined) {
    if (sourceOf(name) === undefined) await loadScript(name);
    const source = sourceOf(name);
    if (source === undefined) throw new Error(`${SCRIPTS[name]} holds no worker`);
    url = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    urls.set(name, url);
  }
  const worker = new Worker(url);
  worker.onmessage = (event: MessageEvent<WorkerReply>) => onReply(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    onReply({ type: "failed", reason: event.message || "the worker stopped" });
  };
  return { send: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
}
