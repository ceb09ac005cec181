import type { Writable } from "node:stream";
import type { Options, Params } from "cli-progress";
import { ProgressTerminal } from "./progress-terminal";

/** Inputs smaller than this (8 MiB in all) validate too fast for a progress bar to help. */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;

/** What decides whether a run gets a progress bar. */
export interface ProgressConditions {
  /** Whether stderr is a terminal. */
  readonly isStderrTTY: boolean;
  /** The total size of the file inputs, in bytes. */
  readonly fileBytes: number;
  /** Whether one of the inputs is stdin (of unknown size). */
  readonly readsStdin: boolean;
}

/**
 * Tells whether to draw a progress bar: only on a terminal, only for large inputs, and never when
 * stdin is read (its size is unknown, so the bar could not say how far along it is).
 */
export function shouldShowProgress(conditions: ProgressConditions): boolean {
  return conditions.isStderrTTY && !conditions.readsStdin && conditions.fileBytes > PROGRESS_MIN_BYTES;
}

type CliProgress = typeof import("cli-progress");

/**
 * The cli-progress module from a dynamic import. Node gives a CommonJS module's exports by name (the
 * tests, which run the sources); the published build bundles cli-progress into a chunk of its own, whose
 * import gives them only as `default`.
 */
function _cliProgress(loaded: CliProgress | { readonly default: CliProgress }): CliProgress {
  return "SingleBar" in loaded ? loaded : loaded.default;
}

/** A running progress bar. */
export interface Progress {
  /** Counts bytes read. */
  readonly advance: (bytes: number) => void;
  /** Clears the bar's line so other text can be written there; the bar redraws on its next frame. */
  readonly clear: () => void;
  /** Removes the bar. */
  readonly stop: () => void;
}

const MIB = 1024 * 1024;

function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 60) return `${Math.round(seconds)}s`;
  const minutes = Math.floor(seconds / 60);
  return minutes < 60
    ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, "0")}s`
    : `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}m`;
}

function render(label: string, params: Params): string {
  const barWidth = Math.max(10, Math.min(30, params.maxWidth - 50));
  const filled = Math.round(params.progress * barWidth);
  const text =
    `${label} ${"█".repeat(filled)}${"░".repeat(barWidth - filled)} ${Math.floor(params.progress * 100)}%` +
    ` ${(params.value / MIB).toFixed(1)}/${(params.total / MIB).toFixed(1)} MiB  ETA ${formatSeconds(params.eta)}`;
  return text.slice(0, params.maxWidth - 1);
}

/**
 * Starts a progress bar on `stream` (stderr) for `totalBytes` of input, using cli-progress (loaded
 * only when a bar is drawn).
 *
 * @param stream - the terminal to draw on.
 * @param totalBytes - the total size of the inputs.
 * @param label - the word before the bar, in the run's language.
 * @returns the running bar.
 */
export async function startProgress(stream: Writable, totalBytes: number, label: string): Promise<Progress> {
  const { SingleBar } = _cliProgress(await import("cli-progress"));
  const terminal = new ProgressTerminal(stream);
  // cli-progress reads a `terminal` option (lib/options.js) that its type definitions do not declare.
  const options: Options & { readonly terminal: ProgressTerminal } = {
    terminal,
    format: (_options, params) => render(label, params),
    fps: 5,
    forceRedraw: true,
    clearOnComplete: true,
    hideCursor: false,
    linewrap: null,
    etaBuffer: 50,
  };
  const bar = new SingleBar(options);
  let bytes = 0;
  bar.start(totalBytes, 0);
  return {
    advance: (count) => {
      bytes += count;
      bar.update(bytes);
    },
    clear: () => {
      terminal.clearLine();
    },
    stop: () => {
      bar.stop();
    },
  };
}
