/**
 * Generates the model reference under `docs/reference/` (English) and `docs/reference/th/` and
 * `docs/reference/es/`: a page per object type of the model, per code list and per issue family, and their
 * indexes, from the field registry, the code lists, the issue definitions and the Thai and Spanish
 * catalogues of `@tipx/schema`. Run by `pnpm run generate` (scripts/generate.ts), whose `--check` fails when
 * a page differs from what the model makes.
 *
 * @module
 */
import { LANGS } from "../../../src/i18n/lang";
import type { GeneratedFile } from "../_generated-file";
import { codeListPages } from "./code-list-pages";
import { indexPages } from "./index-pages";
import { issuePages } from "./issue-pages";
import { objectTypes } from "./model";
import { modelPages } from "./model-pages";
import { pagePath } from "./page";

export { REFERENCE_DIR } from "./page";

/**
 * The pages of the reference in every language.
 *
 * @returns One file per page, under `docs/reference/`.
 */
export function referenceFiles(): GeneratedFile[] {
  const types = objectTypes();
  return LANGS.flatMap((lang) =>
    [...indexPages(lang, types), ...modelPages(lang, types), ...codeListPages(lang, types), ...issuePages(lang)].map(
      ([page, content]) => ({ path: pagePath(lang, page), content }),
    ),
  );
}
