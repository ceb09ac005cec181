import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Lang } from "@tipx/schema";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { cliMessages } from "../messages/index";
import { outputDirectoryProblem } from "./output-directory";
import { writeError } from "./write-error";

/** The options of `tipx schema`, parsed. */
export interface SchemaCommandOptions {
  /** The directory to write into (or check), relative to the working directory. */
  readonly out: string;
  /** Compare instead of writing. */
  readonly check: boolean;
  /** The language of the messages. */
  readonly lang: Lang;
}

/** `file` in the folder `out`, written as the user gave `out` (`./schemas/` stays `./schemas/`). */
function inFolder(out: string, file: string): string {
  return out.endsWith("/") || out.endsWith(path.sep) ? `${out}${file}` : `${out}${path.sep}${file}`;
}

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : "unknown error";
}

async function readIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * Runs `tipx schema`: writes the JSON Schema (draft 2020-12) file of every top-level tipx type into a
 * directory, byte for byte as `@tipx/schema` publishes them, or with `check` reports the files that are
 * missing or differ.
 *
 * @param options - the parsed options.
 * @param io - the run's streams and working directory.
 * @returns 0 when written (or up to date), 1 when `check` found a difference, 3 when the directory
 *   cannot be written or read (checked before anything is created: see `outputDirectoryProblem`).
 */
export async function schemaCommand(options: SchemaCommandOptions, io: CliIo): Promise<ExitCode> {
  const { generateJsonSchemas, serializeJsonSchema } = await import("@tipx/schema");
  // The published files carry the Thai and Spanish field labels, so `--check` compares like with like.
  const [{ th }, { es }] = await Promise.all([import("@tipx/schema/locales/th"), import("@tipx/schema/locales/es")]);
  const m = cliMessages(options.lang).schema;
  const directory = path.resolve(io.cwd, options.out);
  // Paths are printed as the user gave them (a relative --out stays relative), with control characters
  // escaped: every line is escaped whole, and the messages themselves hold none.
  const print = (stream: CliIo["stdout"], line: string): void => {
    stream.write(`${escapeControlCharacters(line)}\n`);
  };
  const files = generateJsonSchemas({ locales: [th, es] }).map(({ fileName, schema }) => ({
    shown: inFolder(options.out, fileName),
    absolute: path.join(directory, fileName),
    text: serializeJsonSchema(schema),
  }));
  let current = options.out;
  try {
    if (options.check) {
      let stale = 0;
      for (const file of files) {
        current = file.shown;
        const existing = await readIfPresent(file.absolute);
        if (existing === file.text) continue;
        stale += 1;
        print(io.stdout, existing === undefined ? m.missing(file.shown) : m.differs(file.shown));
      }
      if (stale > 0) {
        print(io.stdout, m.stale(stale, files.length, options.out));
        return EXIT_CODES.invalid;
      }
      print(io.stdout, m.upToDate(files.length, options.out));
      return EXIT_CODES.ok;
    }
    const problem = await outputDirectoryProblem(options.out, io.cwd);
    if (problem !== undefined) {
      print(io.stderr, `tipx: ${m.cannotWrite(options.out, problem)}`);
      return EXIT_CODES.unreadable;
    }
    await mkdir(directory, { recursive: true });
    for (const file of files) {
      current = file.shown;
      await mkdir(path.dirname(file.absolute), { recursive: true });
      await writeFile(file.absolute, file.text);
      print(io.stdout, m.wrote(file.shown));
    }
    return EXIT_CODES.ok;
  } catch (error) {
    print(io.stderr, `tipx: ${m.fileError(current, options.check ? "read" : "write", writeError(error))}`);
    return EXIT_CODES.unreadable;
  }
}
