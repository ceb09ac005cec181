/**
 * The worker thread of `tipx validate` on large NDJSON files: it validates the batches of lines the main
 * thread sends ({@link BatchRequest}) and answers each with its counts and rendered report
 * ({@link BatchReply}). Its settings ({@link WorkerSettings}) come as `workerData`. Built as its own
 * entry (dist/validate-worker.js); see `startValidatePool`.
 *
 * @module
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Lang, ProfileCode, ValidationLevel } from "@tipx/schema";
import { loadCatalogue } from "../catalogue";
import type { OutputFormat } from "../choices";
import { palette } from "../color";
import { cliMessages } from "../messages/index";
import { createChecker, type RecordOutcome } from "./check-record";
import { type BatchOutcome, type BatchSettings, validateLineBatch } from "./line-batch";
import { recordRenderer } from "./record-render";

/** What a validate worker needs to check and render records as the main thread would. */
export interface WorkerSettings {
  /** `--format`. */
  readonly format: OutputFormat;
  /** The language of the messages. */
  readonly lang: Lang;
  /** `--quiet`. */
  readonly quiet: boolean;
  /** Whether the report on stdout is coloured. */
  readonly color: boolean;
  /** `--level`, when given. */
  readonly level?: ValidationLevel;
  /** `--profile`, when given. */
  readonly profile?: ProfileCode;
  /** `--max-line-bytes`. */
  readonly maxLineBytes: number;
}

/** One batch of lines to validate; `bytes` is transferred, not copied. */
export interface BatchRequest {
  /** The batch's number, echoed in the reply. */
  readonly id: number;
  /** The input as named on the command line (JSON lines name it). */
  readonly file: string;
  /** The number of the batch's first line. */
  readonly firstLine: number;
  /** The memory holding the lines, from offset 0. */
  readonly bytes: ArrayBuffer;
  /** How many bytes of `bytes` are the batch's. */
  readonly length: number;
}

/**
 * The answer to a {@link BatchRequest}: the batch's outcome, `undefined` when the batch must be read by
 * the single-threaded reader (see `validateLineBatch`), or the stack of an unexpected error.
 */
export type BatchReply =
  | {
      readonly id: number;
      readonly outcome: BatchOutcome | undefined;
      /** The request's memory, handed back for the next batch. */
      readonly bytes?: ArrayBuffer;
    }
  | { readonly id: number; readonly error: string; readonly bytes?: ArrayBuffer };

/** The checker and a renderer per file name, made once the schema package is loaded. */
async function _setUp(
  settings: WorkerSettings,
): Promise<{ check: BatchSettings["check"]; render: (file: string) => (outcome: RecordOutcome) => string }> {
  const schema = await import("@tipx/schema");
  const messages = cliMessages(settings.lang);
  const locale = await loadCatalogue(settings.lang);
  const check = createChecker(
    schema,
    {
      ...(locale === undefined ? {} : { locale }),
      ...(settings.level === undefined ? {} : { level: settings.level }),
      ...(settings.profile === undefined ? {} : { profile: settings.profile }),
    },
    messages,
  );
  return {
    check,
    render: recordRenderer({
      format: settings.format,
      colors: palette(settings.color),
      messages,
      quiet: settings.quiet,
    }),
  };
}

function _stack(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

// No top-level await: the entry is built as CommonJS too.
const port = parentPort;
if (port !== null) {
  const settings = workerData as WorkerSettings;
  const ready = _setUp(settings);
  // A failure to set up is answered on the first batch, where the main thread waits for it.
  ready.catch(() => {});
  port.on("message", (request: BatchRequest) => {
    void (async (): Promise<BatchReply> => {
      try {
        const { check, render } = await ready;
        const outcome = await validateLineBatch(
          { bytes: Buffer.from(request.bytes, 0, request.length), firstLine: request.firstLine },
          { maxLineBytes: settings.maxLineBytes, check, render: render(request.file) },
        );
        return { id: request.id, outcome, bytes: request.bytes };
      } catch (error) {
        return { id: request.id, error: _stack(error), bytes: request.bytes };
      }
    })().then((reply) => port.postMessage(reply, [request.bytes]));
  });
}
