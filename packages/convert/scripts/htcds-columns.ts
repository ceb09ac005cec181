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
  LINE_WIDTH,
  propertyKey,
  quote,
  readCsv,
  requireUnique,
  requireValue,
} from "../../schema/scripts/generate/_generated-file";

const GENERATOR = "packages/convert/scripts/htcds-columns.ts";
const FIELDS_CSV = "packages/schema/data/htcds/fields.csv";
const OUTPUT = "packages/convert/src/htcds/columns.generated.ts";

const STATUSES = ["DRAFT", "DEPRECATED"] as const;

interface Column {
  readonly name: string;
  readonly label: string;
  readonly section: string;
  readonly type: string;
  readonly status: (typeof STATUSES)[number];
}

function readColumns(): Column[] {
  const rows = readCsv(FIELDS_CSV, ["field_name_including_prefix", "field_label", "section", "status", "field_type"]);
  const columns = rows.flatMap((row, index): Column[] => {
    const where = `${FIELDS_CSV} row ${index + 2}`;
    if (row.status === "N/A" || row.field_name_including_prefix === "") return [];
    return [
      {
        name: requireValue(row.field_name_including_prefix, /^[a-z]{3}_[A-Za-z]+$/, where),
        label: requireValue(row.field_label, /\S/, where),
        section: requireValue(row.section, /\S/, where),
        type: requireValue(row.field_type, /\S/, where),
        status: requireValue(row.status, new RegExp(`^(${STATUSES.join("|")})$`), where) as Column["status"],
      },
    ];
  });
  requireUnique(
    columns.map((column) => column.name),
    `${FIELDS_CSV} field names`,
  );
  return columns;
}

function renderInfo(column: Column): string {
  const properties = [
    `label: ${quote(column.label)}`,
    `section: ${quote(column.section)}`,
    `type: ${quote(column.type)}`,
    `status: ${quote(column.status)}`,
  ];
  const oneLine = `  ${propertyKey(column.name)}: { ${properties.join(", ")} },`;
  if (oneLine.length <= LINE_WIDTH) return oneLine;
  return `  ${propertyKey(column.name)}: {\n${properties.map((p) => `    ${p},\n`).join("")}  },`;
}

/**
 * The HTCDS 2.0 column table.
 *
 * @returns `packages/convert/src/htcds/columns.generated.ts`.
 */
export function htcdsColumnFiles(): GeneratedFile[] {
  const columns = readColumns();
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
  const content = `${banner(GENERATOR, [FIELDS_CSV])}
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
  readonly status: ${STATUSES.map(quote).join(" | ")};
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
