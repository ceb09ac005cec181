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
import {
  banner,
  constArray,
  docComment,
  type GeneratedFile,
  LINE_WIDTH,
  propertyKey,
  quote,
  readCsv,
  requireUnique,
  requireValue,
} from "./_generated-file";

const GENERATOR = "packages/schema/scripts/generate/htcds-core.ts";
const FIELDS_CSV = "packages/schema/data/htcds/fields.csv";
const OUTPUT = "packages/schema/src/codelists/htcds-core.generated.ts";

/** The values the standard's `core` column holds: `Core` or nothing. */
const CORE = "Core";
/** The statuses a Core field may have; another value stops the generator (the type below lists these). */
const STATUSES = ["DRAFT", "DEPRECATED"] as const;

/** One Core field of the standard. */
interface CoreField {
  readonly name: string;
  readonly section: string;
  readonly label: string;
  readonly status: (typeof STATUSES)[number];
}

function readCoreFields(): CoreField[] {
  const rows = readCsv(FIELDS_CSV, ["field_name_including_prefix", "field_label", "section", "status", "core"]);
  const fields = rows.flatMap((row, index): CoreField[] => {
    const where = `${FIELDS_CSV} row ${index + 2}`;
    const core = requireValue(row.core, /^(Core)?$/, where);
    if (core !== CORE) return [];
    const name = requireValue(row.field_name_including_prefix, /^[a-z]{3}_[A-Za-z]+$/, where);
    const status = requireValue(row.status, new RegExp(`^(${STATUSES.join("|")})$`), where) as CoreField["status"];
    return [
      {
        name,
        section: requireValue(row.section, /\S/, where),
        label: requireValue(row.field_label, /\S/, where),
        status,
      },
    ];
  });
  requireUnique(
    fields.map((field) => field.name),
    `${FIELDS_CSV} Core fields`,
  );
  return fields;
}

/** One entry of the info record, on one line when it fits, else one property per line (as Biome lays it out). */
function renderInfo(field: CoreField): string {
  const properties = [
    `section: ${quote(field.section)}`,
    `label: ${quote(field.label)}`,
    `status: ${quote(field.status)}`,
  ];
  const oneLine = `  ${propertyKey(field.name)}: { ${properties.join(", ")} },`;
  if (oneLine.length <= LINE_WIDTH) return oneLine;
  return `  ${propertyKey(field.name)}: {\n${properties.map((p) => `    ${p},\n`).join("")}  },`;
}

/**
 * The HTCDS 2.0 Core fields.
 *
 * @returns `src/codelists/htcds-core.generated.ts`.
 */
export function htcdsCoreFiles(): GeneratedFile[] {
  const fields = readCoreFields();
  const names = fields.map((field) => field.name);
  const listDoc = docComment(
    `The ${fields.length} fields HTCDS 2.0 marks Core, in the order of the standard's sheet. tipx warns (TIPX603) ` +
      "when one is missing where it applies; `src/rules/core-fields.ts` says where each applies.",
  );
  const infoDoc = docComment(
    "The section, label and status (`DRAFT`, or `DEPRECATED` for a field the standard keeps only for older " +
      "data) of each Core field, as the standard gives them.",
  );
  const content = `${banner(GENERATOR, [FIELDS_CSV])}
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
  readonly status: ${STATUSES.map(quote).join(" | ")};
}

${infoDoc}
export const HTCDS_CORE_FIELD_INFO: { readonly [F in HtcdsCoreField]: HtcdsCoreFieldInfo } = {
${fields.map(renderInfo).join("\n")}
};
`;
  return [{ path: OUTPUT, content }];
}
