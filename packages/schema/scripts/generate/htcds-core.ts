/**
 * Generates the list of the fields HTCDS 2.0 marks Core (the `core` column of
 * `packages/schema/data/htcds/fields.csv`), with each field's section, label and status as the standard
 * gives them. The data-quality rule (`src/rules/core-fields.ts`, TIPX603) keys its applicability table by
 * these names, so a Core field added to the table fails to compile until someone decides where it applies.
 *
 * Kept apart from the picklist generator (`htcds.ts`): it reads another part of the same table.
 *
 * @module
 */
import { banner, constArray, docComment, type GeneratedFile, objectEntry, quote } from "./_generated-file";
import { HTCDS_FIELD_STATUSES, HTCDS_FIELDS_CSV, type HtcdsField, readHtcdsFields } from "./_htcds-fields";

const GENERATOR = "packages/schema/scripts/generate/htcds-core.ts";
const OUTPUT = "packages/schema/src/codelists/htcds-core.generated.ts";

/** One entry of the info record. */
function renderInfo(field: HtcdsField): string {
  return objectEntry(field.name, [
    `section: ${quote(field.section)}`,
    `label: ${quote(field.label)}`,
    `status: ${quote(field.status)}`,
  ]);
}

/**
 * The HTCDS 2.0 Core fields.
 *
 * @returns `src/codelists/htcds-core.generated.ts`.
 */
export function htcdsCoreFiles(): GeneratedFile[] {
  const fields = readHtcdsFields().filter((field) => field.core);
  const names = fields.map((field) => field.name);
  const listDoc = docComment(
    `The ${fields.length} fields HTCDS 2.0 marks Core, in the order of the standard's sheet. tipx warns (TIPX603) ` +
      "when one is missing where it applies; `src/rules/core-fields.ts` says where each applies.",
  );
  const infoDoc = docComment(
    "The section, label and status (`DRAFT`, or `DEPRECATED` for a field the standard keeps only for older " +
      "data) of each Core field, as the standard gives them.",
  );
  const content = `${banner(GENERATOR, [HTCDS_FIELDS_CSV])}
//
// The Core fields of IOM's Human Trafficking Case Data Standard (HTCDS) 2.0, CC BY 4.0
// (packages/schema/data/htcds/README.md): the rows of the standard's sheet whose Core column is set.

${listDoc}
${constArray("export const HTCDS_CORE_FIELDS = ", names)}

/** The name of an HTCDS 2.0 Core field, such as \`"prs_FirstName"\`. */
export type HtcdsCoreField = (typeof HTCDS_CORE_FIELDS)[number];

/** What the standard says about one Core field. */
export interface HtcdsCoreFieldInfo {
  /** The section of the standard's sheet, such as \`"Person - Victim Context"\`. */
  readonly section: string;
  /** The field's label in the standard. */
  readonly label: string;
  /** \`"DRAFT"\` (the standard's status for its current fields) or \`"DEPRECATED"\`. */
  readonly status: ${HTCDS_FIELD_STATUSES.map(quote).join(" | ")};
}

${infoDoc}
export const HTCDS_CORE_FIELD_INFO: { readonly [F in HtcdsCoreField]: HtcdsCoreFieldInfo } = {
${fields.map(renderInfo).join("\n")}
};
`;
  return [{ path: OUTPUT, content }];
}
