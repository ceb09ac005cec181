/**
 * Writes every generated file of the repository from its committed inputs, or checks that they are up to
 * date. Each generator returns its files without writing; this script compares and writes them.
 *
 * ```sh
 * pnpm run generate            # writes the files that differ and lists them
 * pnpm run generate --check    # writes nothing; lists stale, missing and orphaned files and exits 1 if any
 * ```
 *
 * `pnpm test` runs the check through test/generated.test.ts. The generators read only files inside the
 * repository (the tables under packages/schema/data and the sources), never `../shared/`, the system's
 * iso-codes or Node's ICU data, so every clone generates the same bytes.
 *
 * @module
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { rootHelpFiles } from "../packages/cli/scripts/root-help";
import { ctdcCodebookFiles } from "../packages/convert/scripts/ctdc-codebooks";
import { formExampleFiles, type GeneratedBinaryFile, staleFiles } from "../packages/convert/scripts/forms";
import { htcdsColumnFiles } from "../packages/convert/scripts/htcds-columns";
import { m49Files } from "../packages/convert/scripts/m49";
import { mappingSchemaFiles } from "../packages/convert/scripts/mapping-schema";
import { trustListSchemaFiles } from "../packages/exchange/scripts/generate/trust-list-json-schema";
import { ANSWERS_SCHEMA_DIR, answersSchemaFiles } from "../packages/indicators/scripts/generate/answers-json-schema";
import { checklistsDocFiles } from "../packages/indicators/scripts/generate/checklists-doc";
import { policyTableFiles } from "../packages/privacy/scripts/generate/policy-table";
import { type GeneratedFile, REPO_ROOT } from "../packages/schema/scripts/generate/_generated-file";
import { bundleShapeFiles } from "../packages/schema/scripts/generate/bundle-shape";
import { coreFieldPresenceFiles } from "../packages/schema/scripts/generate/core-field-presence";
import { htcdsFiles } from "../packages/schema/scripts/generate/htcds";
import { htcdsCoreFiles } from "../packages/schema/scripts/generate/htcds-core";
import { isoFiles } from "../packages/schema/scripts/generate/iso";
import { JSON_SCHEMA_DIR, jsonSchemaFiles } from "../packages/schema/scripts/generate/json-schema";
import { REFERENCE_DIR, referenceFiles } from "../packages/schema/scripts/generate/reference/reference";
import { subdivisionFiles } from "../packages/schema/scripts/generate/subdivisions";
import { issueCodesDocFiles } from "./issue-codes-doc";

/** One output family: a name for messages and the function that makes its files. */
interface Generator {
  readonly name: string;
  readonly files: () => GeneratedFile[];
}

/** Every generator, in the order they run. The code lists come first: later outputs are built from them. */
export const GENERATORS: readonly Generator[] = [
  { name: "ISO countries and languages", files: isoFiles },
  { name: "HTCDS picklists", files: htcdsFiles },
  { name: "HTCDS core fields", files: htcdsCoreFiles },
  { name: "ISO 3166-2 subdivisions", files: subdivisionFiles },
  { name: "JSON Schema", files: jsonSchemaFiles },
  { name: "bundle shape check", files: bundleShapeFiles },
  { name: "Core-field presence checks", files: coreFieldPresenceFiles },
  { name: "trust list JSON Schema", files: trustListSchemaFiles },
  { name: "checklist answers JSON Schema", files: answersSchemaFiles },
  { name: "checklist page", files: checklistsDocFiles },
  { name: "issue code page", files: issueCodesDocFiles },
  { name: "privacy policy table", files: policyTableFiles },
  { name: "HTCDS columns of the converters", files: htcdsColumnFiles },
  { name: "UN M49 regions", files: m49Files },
  { name: "CTDC codebooks", files: ctdcCodebookFiles },
  { name: "column mapping JSON Schema", files: mappingSchemaFiles },
  { name: "tipx --help of the CLI's fast path", files: rootHelpFiles },
  { name: "model reference pages", files: referenceFiles },
];

/**
 * Where every file of a kind is generated: such a file that no generator makes is an orphan (say a
 * subdivision table left behind by a country that was moved or removed).
 */
function generatedFolders(): { readonly dir: string; readonly pattern: RegExp }[] {
  const packages = readdirSync(path.join(REPO_ROOT, "packages"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ dir: `packages/${entry.name}/src`, pattern: /\.generated\.ts$/ }));
  return [
    { dir: JSON_SCHEMA_DIR, pattern: /\.json$/ },
    { dir: "packages/exchange/json-schema", pattern: /\.json$/ },
    { dir: "packages/convert/json-schema", pattern: /\.json$/ },
    { dir: ANSWERS_SCHEMA_DIR, pattern: /\.json$/ },
    { dir: REFERENCE_DIR, pattern: /\.md$/ },
    ...packages,
  ];
}

/** What differs between the generated files and the working tree. */
export interface GeneratedDifferences {
  /** Generated files whose committed text differs, or that do not exist (repository-relative paths). */
  readonly stale: readonly GeneratedFile[];
  /** Files in a generated folder that no generator makes (repository-relative paths). */
  readonly orphans: readonly string[];
}

/**
 * Runs every generator.
 *
 * @throws Error when two generators claim the same path.
 */
export function generatedFiles(): GeneratedFile[] {
  const files = GENERATORS.flatMap((generator) => generator.files());
  const paths = files.map((file) => file.path);
  const repeated = paths.filter((file, index) => paths.indexOf(file) !== index);
  if (repeated.length > 0) throw new Error(`Generated by more than one generator: ${repeated.join(", ")}`);
  return files;
}

function listFiles(dir: string): string[] {
  const full = path.join(REPO_ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full, { recursive: true, encoding: "utf8" }).map(
    (name) => `${dir}/${name.split(path.sep).join("/")}`,
  );
}

/** Compares what the generators make with the working tree, writing nothing. */
export function generatedDifferences(files: readonly GeneratedFile[] = generatedFiles()): GeneratedDifferences {
  const stale = files.filter((file) => {
    const full = path.join(REPO_ROOT, file.path);
    return !existsSync(full) || readFileSync(full, "utf8") !== file.content;
  });
  const made = new Set(files.map((file) => file.path));
  const orphans = generatedFolders().flatMap(({ dir, pattern }) =>
    listFiles(dir).filter((file) => pattern.test(file) && !made.has(file)),
  );
  return { stale, orphans: [...new Set(orphans)].sort() };
}

/**
 * Lists every generated file that is stale, missing or orphaned, writing nothing: what
 * `pnpm run generate --check` reports. Empty when everything is up to date.
 *
 * @returns Repository-relative paths.
 */
export function checkGenerated(): string[] {
  const { stale, orphans } = generatedDifferences();
  return [...stale.map((file) => file.path), ...orphans];
}

/**
 * Writes the generated files that differ from the working tree and deletes orphans.
 *
 * @returns The repository-relative paths written or deleted.
 */
export function writeGenerated(): string[] {
  const { stale, orphans } = generatedDifferences();
  for (const file of stale) {
    const full = path.join(REPO_ROOT, file.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, file.content);
  }
  for (const orphan of orphans) rmSync(path.join(REPO_ROOT, orphan));
  return [...stale.map((file) => file.path), ...orphans];
}

/** A generator of binary files (workbooks): made asynchronously and compared byte for byte. */
interface BinaryGenerator {
  readonly name: string;
  readonly files: () => Promise<GeneratedBinaryFile[]>;
}

/** Every generator of binary files: the XLSForm and intake template examples of `@tipx/convert`. */
export const BINARY_GENERATORS: readonly BinaryGenerator[] = [{ name: "form examples", files: formExampleFiles }];

/** The binary generated files that are stale or missing, writing nothing. */
export async function staleBinaryFiles(): Promise<GeneratedBinaryFile[]> {
  const files = (await Promise.all(BINARY_GENERATORS.map((generator) => generator.files()))).flat();
  return staleFiles(files);
}

async function main(args: readonly string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== "--check");
  if (unknown.length > 0) {
    console.error(`Unknown argument(s): ${unknown.join(" ")}. Usage: pnpm run generate [--check]`);
    return 2;
  }
  if (args.includes("--check")) {
    const { stale: staleText, orphans } = generatedDifferences();
    const stale = [...staleText, ...(await staleBinaryFiles())];
    for (const file of stale) {
      const exists = existsSync(path.join(REPO_ROOT, file.path));
      console.error(`${exists ? "stale" : "missing"}: ${file.path}`);
    }
    for (const orphan of orphans) console.error(`not generated by any generator: ${orphan}`);
    if (stale.length + orphans.length === 0) {
      console.log("All generated files are up to date.");
      return 0;
    }
    console.error("Run `pnpm run generate` to update them.");
    return 1;
  }
  const binaries = await staleBinaryFiles();
  for (const file of binaries) {
    const full = path.join(REPO_ROOT, file.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, file.content);
  }
  const changed = [...writeGenerated(), ...binaries.map((file) => file.path)];
  for (const file of changed) console.log(`${existsSync(path.join(REPO_ROOT, file)) ? "wrote" : "deleted"} ${file}`);
  if (changed.length === 0) console.log("All generated files were already up to date.");
  return 0;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
