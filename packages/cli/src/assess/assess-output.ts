/**
 * Where `tipx assess --out` writes the assessed bundles: into a folder, each input's bundles under the
 * input's file name, or into one file when there is one input. An input is never replaced.
 *
 * @module
 */
import { mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { escapeControlCharacters } from "../escape";
import { isAnInput } from "../exchange/record-output";
import type { CliIo } from "../io";
import type { CliMessages } from "../messages/messages";
import { type OutputDirectoryProblem, outputDirectoryProblem } from "../schema/output-directory";
import { UsageError } from "../usage-error";

/** The file an input's assessed bundles go to. */
export interface OutputTarget {
  /** The path as the user gave it (`--out` joined with the input's file name), relative to the working directory. */
  readonly path: string;
  /** The same, escaped for printing. */
  readonly shown: string;
}

/**
 * Where each input's bundles go, by input name; or why the `--out` folder cannot be written (`folder`
 * as the user gave it, not escaped).
 */
export type OutputPlan =
  | { readonly ok: true; readonly targets: ReadonlyMap<string, OutputTarget> }
  | { readonly ok: false; readonly folder: string; readonly problem: OutputDirectoryProblem };

function endsWithSeparator(out: string): boolean {
  return out.endsWith("/") || out.endsWith(path.sep);
}

async function isFolder(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isDirectory() === true;
}

/** `file` in the folder `out`, written as the user gave `out` (`./assessed/` stays `./assessed/`). */
function inFolder(out: string, file: string): string {
  return endsWithSeparator(out) ? `${out}${file}` : `${out}${path.sep}${file}`;
}

/**
 * The name an input's bundles are written under in the `--out` folder: its file name, without `.gz`
 * (the bundles are written uncompressed).
 */
export function outputName(input: string): string {
  return path.basename(input).replace(/\.gz$/i, "");
}

/**
 * Decides where each input's assessed bundles go, and creates the `--out` folder (mode 0700: the
 * bundles hold personal data). `--out` is a folder when it ends with a separator, is an existing folder,
 * or there are several inputs; otherwise it is the file the one input's bundles go to.
 *
 * @param out - `--out` as the user gave it.
 * @param names - the inputs as named on the command line.
 * @param io - the run's working directory.
 * @param messages - the CLI's words, for the usage errors.
 * @returns each input's target, or the problem of a folder that cannot be written (exit 3).
 * @throws {@link UsageError} when a target is an input, standard input is to go into a folder, or two
 *   inputs have the same file name.
 */
export async function planOutput(
  out: string,
  names: readonly string[],
  io: Pick<CliIo, "cwd">,
  messages: CliMessages,
): Promise<OutputPlan> {
  const m = messages.assess;
  const folder = names.length > 1 || endsWithSeparator(out) || (await isFolder(path.resolve(io.cwd, out)));
  if (!folder) {
    const [input = "-"] = names;
    if (await isAnInput(out, names, io.cwd))
      throw new UsageError(messages.exchange.outIsInput(escapeControlCharacters(out)));
    return { ok: true, targets: new Map([[input, { path: out, shown: escapeControlCharacters(out) }]]) };
  }
  if (names.includes("-")) throw new UsageError(m.outStdin);
  const targets = new Map<string, OutputTarget>();
  const taken = new Set<string>();
  for (const name of names) {
    const file = outputName(name);
    if (taken.has(file)) throw new UsageError(m.outSameName(escapeControlCharacters(file)));
    taken.add(file);
    const target = inFolder(out, file);
    if (await isAnInput(target, names, io.cwd))
      throw new UsageError(m.outReplacesInput(escapeControlCharacters(target)));
    targets.set(name, { path: target, shown: escapeControlCharacters(target) });
  }
  const problem = await outputDirectoryProblem(out, io.cwd);
  if (problem !== undefined) return { ok: false, folder: out, problem };
  try {
    await mkdir(path.resolve(io.cwd, out), { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = typeof error === "object" && error !== null && "code" in error ? String(error.code) : "unknown error";
    return { ok: false, folder: out, problem: { kind: "other", path: out, code } };
  }
  return { ok: true, targets };
}
