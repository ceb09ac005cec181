import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { BatchOutcome, LineBatch } from "./line-batch";
import type { BatchReply, BatchRequest, WorkerSettings } from "./validate-worker";

/** Worker threads validating batches of NDJSON lines (see `validate-worker.ts`). */
export interface ValidatePool {
  /** How many batches may be in flight: {@link WORKER_DEPTH} per worker. */
  readonly capacity: number;
  /**
   * Validates a batch on the least busy worker. The
   * batch's memory is handed over to the worker: its buffer must be unpooled (`Buffer.allocUnsafeSlow`),
   * start at offset 0, and not be used again.
   *
   * @returns the batch's outcome, or `undefined` when the single-threaded reader must read it.
   */
  readonly validate: (file: string, batch: LineBatch) => Promise<BatchOutcome | undefined>;
  /**
   * A buffer of {@link POOL_BUFFER_BYTES} to read a batch into: one a batch was validated in and handed
   * back, when there is one, so that memory is not allocated per batch (dead buffers would otherwise
   * pile up in each thread until its next garbage collection).
   */
  readonly takeBuffer: () => Buffer;
  /** Stops the workers. */
  readonly close: () => Promise<void>;
}

/** The size of the buffers batches are read into and handed round. */
export const POOL_BUFFER_BYTES = 2 * 1024 * 1024;

/** The batches a worker holds at most: one being validated and two waiting, so that it never waits. */
const WORKER_DEPTH = 3;

// Each worker holds its own copy of the schema package and its own heap (about 60 MB of resident
// memory in all), so their number is capped to keep the run's peak RSS bounded on many cores.
const MAX_WORKERS = 2;

// The young generation of each worker: a batch's records die young, so with room for a batch or two
// (24 MB) they die there, and the old generation, hence the run's peak RSS, stays the same however large
// the file (measured: 146 MB at 250 MB and 148 MB at 1 GB; with 4 MB, records of a batch in flight were
// promoted, and the peak grew from 135 MB to 190 MB).
const WORKER_YOUNG_GENERATION_MB = 24;

/**
 * The number of workers to start: `TIPX_WORKERS` (an internal setting, for measurements) when it is a
 * whole number from 1, else one per core (the main thread only reads and reports), at most
 * {@link MAX_WORKERS}.
 *
 * @param env - the run's environment.
 * @returns the number of worker threads.
 */
export function poolSize(env: Readonly<Record<string, string | undefined>>): number {
  const value = env["TIPX_WORKERS"];
  if (value !== undefined && /^[1-9]\d?$/.test(value)) return Number(value);
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

/**
 * The worker's script and options. Built, it is dist/validate-worker.js beside the code that starts it
 * (tsup puts every chunk in dist/). From the TypeScript sources (tests, `tsx`), the worker is started
 * from a line of JavaScript that registers tsx's loader first, with the `@tipx/source` condition.
 */
function _workerScript(): { readonly script: string | URL; readonly eval: boolean; readonly execArgv?: string[] } {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return { script: new URL("./validate-worker.js", here), eval: false };
  const tsxManifest = createRequire(here).resolve("tsx/package.json");
  const tsxApi = pathToFileURL(tsxManifest.replace(/package\.json$/, "dist/esm/api/index.mjs")).href;
  const worker = new URL("./validate-worker.ts", here).href;
  return {
    script: `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(worker)}); });`,
    eval: true,
    execArgv: ["--conditions=@tipx/source"],
  };
}

interface Waiting {
  readonly resolve: (outcome: BatchOutcome | undefined) => void;
  readonly reject: (error: Error) => void;
}

/**
 * Starts the workers of a validate run. They load the schema package while the main thread reads the
 * first batches, which wait in their message queues.
 *
 * @param settings - what every worker needs to check and render records.
 * @param size - the number of workers (see {@link poolSize}).
 * @returns the pool; close it when the run ends.
 */
export function startValidatePool(settings: WorkerSettings, size: number): ValidatePool {
  const { script, eval: isEval, execArgv } = _workerScript();
  const waiting = new Map<number, Waiting>();
  const free: ArrayBuffer[] = [];
  const recycle = (buffer: ArrayBuffer | undefined): void => {
    if (buffer !== undefined && buffer.byteLength === POOL_BUFFER_BYTES && free.length < 64) free.push(buffer);
  };
  let nextId = 0;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const entry of waiting.values()) entry.reject(error);
    waiting.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script, {
      eval: isEval,
      workerData: settings,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      ...(execArgv === undefined ? {} : { execArgv }),
      // The report is the main thread's: a worker writes nothing.
      stdout: true,
      stderr: true,
    });
    const state = { worker, busy: 0, closing: false };
    worker.on("message", (reply: BatchReply) => {
      const entry = waiting.get(reply.id);
      if (entry === undefined) return;
      waiting.delete(reply.id);
      state.busy -= 1;
      recycle(reply.bytes);
      if ("error" in reply) entry.reject(new Error(`a validate worker failed: ${reply.error}`));
      else entry.resolve(reply.outcome);
    });
    worker.on("error", (error) => fail(error));
    worker.on("exit", (code) => {
      if (!state.closing) fail(new Error(`a validate worker stopped (exit code ${code})`));
    });
    return state;
  });
  return {
    capacity: WORKER_DEPTH * size,
    validate: (file, batch) => {
      const state = workers.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
      return new Promise((resolve, reject) => {
        if (failure !== undefined) {
          reject(failure);
          return;
        }
        const id = nextId;
        nextId += 1;
        waiting.set(id, { resolve, reject });
        state.busy += 1;
        const { buffer } = batch.bytes;
        const request: BatchRequest = {
          id,
          file,
          firstLine: batch.firstLine,
          bytes: buffer as ArrayBuffer,
          length: batch.bytes.length,
        };
        state.worker.postMessage(request, [buffer as ArrayBuffer]);
      });
    },
    takeBuffer: () => {
      const buffer = free.pop();
      return buffer === undefined ? Buffer.allocUnsafeSlow(POOL_BUFFER_BYTES) : Buffer.from(buffer);
    },
    close: async () => {
      for (const state of workers) state.closing = true;
      await Promise.all(workers.map((state) => state.worker.terminate()));
    },
  };
}
