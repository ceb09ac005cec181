import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { escapeControlCharacters } from "../escape";
import { EXIT_CODES, type ExitCode } from "../exit-codes";
import type { CliIo } from "../io";
import { outputDirectoryProblem } from "./output-directory";

/** The options of `tipx schema`, parsed. */
export interface SchemaCommandOptions {
  /** The directory to write into (or check), relative to the working directory. */
  readonly out: string;
  /** Compare instead of writing. */
  readonly check: boolean;
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
  const directory = path.resolve(io.cwd, options.out);
  // Paths are printed as the user gave them, with control characters escaped.
  const out = escapeControlCharacters(options.out);
  const files = generateJsonSchemas({ locales: [th, es] }).map(({ fileName, schema }) => ({
    shown: path.join(out, fileName),
    absolute: path.join(directory, fileName),
    text: serializeJsonSchema(schema),
  }));
  let current = directory;
  try {
    if (options.check) {
      let stale = 0;
      for (const file of files) {
        current = file.absolute;
        const existing = await readIfPresent(file.absolute);
        if (existing === file.text) continue;
        stale += 1;
        io.stdout.write(`${existing === undefined ? "missing" : "differs"}: ${file.shown}\n`);
      }
      if (stale > 0) {
        io.stdout.write(
          `${stale} of ${files.length} JSON Schema files are out of date; run \`tipx schema --out ${out}\`\n`,
        );
        return EXIT_CODES.invalid;
      }
      io.stdout.write(`${files.length} JSON Schema files in ${out} are up to date\n`);
      return EXIT_CODES.ok;
    }
    const problem = await outputDirectoryProblem(options.out, io.cwd);
    if (problem !== undefined) {
      io.stderr.write(`tipx: cannot write ${out}: ${escapeControlCharacters(problem)}\n`);
      return EXIT_CODES.unreadable;
    }
    await mkdir(directory, { recursive: true });
    for (const file of files) {
      current = file.absolute;
      await mkdir(path.dirname(file.absolute), { recursive: true });
      await writeFile(file.absolute, file.text);
      io.stdout.write(`wrote ${file.shown}\n`);
    }
    return EXIT_CODES.ok;
  } catch (error) {
    io.stderr.write(
      `tipx: cannot ${options.check ? "read" : "write"} ` +
        `${escapeControlCharacters(path.relative(io.cwd, current) || ".")}: ${errorCode(error)}\n`,
    );
    return EXIT_CODES.unreadable;
  }
}
