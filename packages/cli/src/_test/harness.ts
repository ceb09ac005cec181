/**
 * Runs the CLI for tests: in-process with in-memory streams, a chosen environment and temporary files,
 * or as the real executable in a child process when the test is about the process's own streams.
 *
 * @module
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { run } from "../main";

/** A writable stream that keeps everything written to it. */
export class Capture extends Writable {
  #text = "";

  /** Everything written so far. */
  get text(): string {
    return this.#text;
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#text += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    callback();
  }
}

/** How to run the CLI. */
export interface RunOptions {
  /** What stdin holds (empty by default). */
  readonly stdin?: string | Readable;
  /** The environment (empty by default: no NO_COLOR, no TIPX_LANG). */
  readonly env?: Readonly<Record<string, string>>;
  /** Whether stdout is a terminal (default false). */
  readonly isStdoutTTY?: boolean;
  /** Whether stderr is a terminal (default false). */
  readonly isStderrTTY?: boolean;
  /** The working directory (default: the OS temp dir). */
  readonly cwd?: string;
}

/** What a run produced. */
export interface CliResult {
  /** The exit code. */
  readonly code: number;
  /** Everything written to stdout. */
  readonly stdout: string;
  /** Everything written to stderr. */
  readonly stderr: string;
}

/** Runs `tipx` with `argv` in-process and collects its output. */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<CliResult> {
  const stdout = new Capture();
  const stderr = new Capture();
  const stdin =
    options.stdin instanceof Readable
      ? options.stdin
      : Readable.from(options.stdin === undefined ? [] : [options.stdin]);
  const code = await run(argv, {
    stdin,
    stdout,
    stderr,
    env: options.env ?? {},
    isStdoutTTY: options.isStdoutTTY ?? false,
    isStderrTTY: options.isStderrTTY ?? false,
    cwd: options.cwd ?? os.tmpdir(),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A temporary directory for one test file, with helpers to put files in it. */
export interface TempDir {
  /** The directory's absolute path. */
  readonly path: string;
  /** Writes `content` (a string, or an object as pretty JSON) to `name` and returns its absolute path. */
  readonly write: (name: string, content: string | Record<string, unknown>) => Promise<string>;
  /** Deletes the directory. */
  readonly remove: () => Promise<void>;
}

/** Creates a temporary directory under os.tmpdir(). */
export async function tempDir(): Promise<TempDir> {
  const directory = await mkdtemp(path.join(os.tmpdir(), "tipx-cli-test-"));
  return {
    path: directory,
    write: async (name, content) => {
      const file = path.join(directory, name);
      await writeFile(file, typeof content === "string" ? content : `${JSON.stringify(content, null, 2)}\n`);
      return file;
    },
    remove: () => rm(directory, { recursive: true, force: true }),
  };
}

/** Parses JSON-lines output into one value per line. */
export function jsonLines(text: string): unknown[] {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);
}

/** Matches an ANSI escape sequence. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: an ANSI sequence starts with ESC
export const ANSI = /\u001b\[/;

/** Matches every ANSI colour sequence, to strip them (`text.replace(ANSI_ALL, "")`). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: an ANSI sequence starts with ESC
export const ANSI_ALL = /\u001b\[[0-9;]*m/g;

/**
 * NDJSON text: one line per item, strings written as they are (to plant malformed lines), objects as
 * JSON.
 */
export function ndjson(...lines: readonly (Record<string, unknown> | string)[]): string {
  return `${lines.map((line) => (typeof line === "string" ? line : JSON.stringify(line))).join("\n")}\n`;
}

/** The repository root: spawned `tipx` processes run there, where tsx can be resolved. */
export const REPO_ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

const BIN = fileURLToPath(new URL("../bin.ts", import.meta.url));

/**
 * The command line that runs the real `tipx` executable from source (tsx and the `@tipx/source`
 * condition: no build needed), as `[file, args]` for `spawn` or `execFile` with `cwd: REPO_ROOT`.
 */
export function tipxCommand(args: readonly string[]): [file: string, args: string[]] {
  return [process.execPath, ["--conditions=@tipx/source", "--import", "tsx", BIN, ...args]];
}

/** How to run the real `tipx` process. */
export interface ProcessOptions {
  /** Shell redirections applied to the process, such as `">&-"` (the command runs under `sh -c`). */
  readonly redirect?: string;
  /** Milliseconds after which the process is killed (its code is then -1); 60 s by default. */
  readonly timeout?: number;
}

/** Runs the real `tipx` executable in a child process (NO_COLOR set) and collects its output. */
export function runTipxProcess(args: readonly string[], options: ProcessOptions = {}): Promise<CliResult> {
  const [node, nodeArgs] = tipxCommand(args);
  const [file, fileArgs] =
    options.redirect === undefined
      ? [node, nodeArgs]
      : ["sh", ["-c", `exec "$@" ${options.redirect}`, "sh", node, ...nodeArgs]];
  return new Promise((resolve) => {
    execFile(
      file,
      fileArgs,
      // English messages whatever the developer's locale: TIPX_LANG unset, LANG the POSIX locale.
      {
        cwd: REPO_ROOT,
        env: { ...process.env, NO_COLOR: "1", TIPX_LANG: "", LANG: "C" },
        timeout: options.timeout ?? 60_000,
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
