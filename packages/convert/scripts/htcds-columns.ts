/**
 * Generates the HTCDS 2.0 column table of `@tipx/convert` (`src/htcds/columns.generated.ts`): every field
 * of the standard's sheet (`packages/schema/data/htcds/fields.csv`) with a field name, in the sheet's
 * order, with its label, section, type and status. The example questions of the Assessment and Planning
 * sections (status `N/A`, no field name) are left out.
 *
 * `scripts/generate.ts` runs it as one of the repository's generators (`pnpm run generate`).
 *
 * @module
 */
import {
  banner,
  constArray,
  type GeneratedFile,
  objectEntry,
  quote,
} from "../../schema/scripts/generate/_generated-file";
import {
  HTCDS_FIELD_STATUSES,
  HTCDS_FIELDS_CSV,
  type HtcdsField,
  readHtcdsFields,
} from "../../schema/scripts/generate/_htcds-fields";

const GENERATOR = "packages/convert/scripts/htcds-columns.ts";
const OUTPUT = "packages/convert/src/htcds/columns.generated.ts";

/** One entry of the info record. */
function renderInfo(column: HtcdsField): string {
  return objectEntry(column.name, [
    `label: ${quote(column.label)}`,
    `section: ${quote(column.section)}`,
    `type: ${quote(column.type)}`,
    `status: ${quote(column.status)}`,
  ]);
}

/**
 * The HTCDS 2.0 column table.
 *
 * @returns `packages/convert/src/htcds/columns.generated.ts`.
 */
export function htcdsColumnFiles(): GeneratedFile[] {
  const columns = readHtcdsFields();
  const listDoc = [
    "/**",
    ` * The ${columns.length} field names of HTCDS 2.0, exactly as the standard spells them, in the order of its sheet.`,
    " *",
    " * @example",
    " * ```ts",
    ' * import { HTCDS_COLUMNS } from "@tipx/convert";',
    ' * HTCDS_COLUMNS.includes("prs_Citizenship"); // true',
    " * ```",
    " */",
  ].join("\n");
  const content = `${banner(GENERATOR, [HTCDS_FIELDS_CSV])}
//
// The fields of IOM's Human Trafficking Case Data Standard (HTCDS) 2.0, CC BY 4.0
// (packages/schema/data/htcds/README.md).

${listDoc}
${constArray(
  "export const HTCDS_COLUMNS = ",
  columns.map((column) => column.name),
)}

/**
 * The name of an HTCDS 2.0 field, such as \`"prs_FirstName"\`.
 *
 * @example
 * \`\`\`ts
 * import type { HtcdsColumn } from "@tipx/convert";
 * const column: HtcdsColumn = "vic_TypeOfExploitation";
 * \`\`\`
 */
export type HtcdsColumn = (typeof HTCDS_COLUMNS)[number];

/**
 * What the standard says about an HTCDS 2.0 field: its label, section, type and status.
 *
 * @example
 * \`\`\`ts
 * import type { HtcdsColumnInfo } from "@tipx/convert";
 * const info: HtcdsColumnInfo = { label: "Gender", section: "Person", type: "Picklist", status: "DRAFT" };
 * \`\`\`
 */
export interface HtcdsColumnInfo {
  /** The field's label in the standard. */
  readonly label: string;
  /** The section of the standard's sheet, such as \`"Person - Victim Context"\`. */
  readonly section: string;
  /** The field type, such as \`"Multiselect Picklist"\`. */
  readonly type: string;
  /** \`"DRAFT"\` (the standard's status for its current fields) or \`"DEPRECATED"\`. */
  readonly status: ${HTCDS_FIELD_STATUSES.map(quote).join(" | ")};
}

/**
 * The label, section, type and status of each HTCDS 2.0 field, as the standard gives them.
 *
 * @example
 * \`\`\`ts
 * import { HTCDS_COLUMN_INFO } from "@tipx/convert";
 * HTCDS_COLUMN_INFO.prs_SecondName.label; // "Second Name"
 * \`\`\`
 */
export const HTCDS_COLUMN_INFO: { readonly [F in HtcdsColumn]: HtcdsColumnInfo } = {
${columns.map(renderInfo).join("\n")}
};
`;
  return [{ path: OUTPUT, content }];
}
