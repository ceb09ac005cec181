/**
 * Generates the form examples in `examples/forms/`: the intake form and the ILO forced-labour checklist
 * as XLSForm workbooks (English, Thai and Spanish), and the Thai Excel intake template, from the model,
 * its catalogues and the indicators checklists. The workbooks are byte-stable (fixed document dates and
 * zip entry dates), so a `--check` compares bytes.
 *
 * ```sh
 * pnpm exec tsx packages/convert/scripts/forms.ts           # writes the files that differ
 * pnpm exec tsx packages/convert/scripts/forms.ts --check   # writes nothing; exits 1 when a file is stale
 * ```
 *
 * @module
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { checklistForm, intakeForm, toXlsForm, writeIntakeTemplate } from "../src/forms/index";

/** One generated binary file: where it goes (repository-relative, `/` separators) and its bytes. */
export interface GeneratedBinaryFile {
  readonly path: string;
  readonly content: Uint8Array;
}

/** The folder of the form examples, relative to the repository root. */
export const FORM_EXAMPLES_DIR = "examples/forms";

/** The repository root (this file is `packages/convert/scripts/forms.ts`). */
const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Makes the form examples, writing nothing. */
export async function formExampleFiles(): Promise<GeneratedBinaryFile[]> {
  const langs = ["en", "th", "es"] as const;
  const intake = await toXlsForm(intakeForm(), { langs });
  const ilo = await toXlsForm(checklistForm("ilo-fl-2012"), { langs });
  const template = await writeIntakeTemplate({ lang: "th" });
  return [
    { path: `${FORM_EXAMPLES_DIR}/intake.xlsx`, content: intake.value },
    { path: `${FORM_EXAMPLES_DIR}/ilo-forced-labour.xlsx`, content: ilo.value },
    { path: `${FORM_EXAMPLES_DIR}/intake-template-th.xlsx`, content: template.value },
  ];
}

/** The generated files whose bytes differ from the working tree's, or that do not exist. */
export function staleFiles(files: readonly GeneratedBinaryFile[]): GeneratedBinaryFile[] {
  return files.filter((file) => {
    const full = path.join(REPO_ROOT, file.path);
    return !existsSync(full) || !Buffer.from(file.content).equals(readFileSync(full));
  });
}

async function main(args: readonly string[]): Promise<number> {
  const stale = staleFiles(await formExampleFiles());
  if (args.includes("--check")) {
    for (const file of stale) console.error(`stale or missing: ${file.path}`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const file of stale) {
    const full = path.join(REPO_ROOT, file.path);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, file.content);
    console.log(`wrote ${file.path}`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
