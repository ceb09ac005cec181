/**
 * Generates the code arrays of the 21 HTCDS 2.0 picklists from the standard's own table,
 * `packages/schema/data/htcds/picklist_values.csv`, with each field's label, section and status from
 * `fields.csv`. The hand-written code lists (`src/codelists/htcds-*.ts`) import these arrays and add
 * labels, definitions, aliases and tipx's extensions; their `{ [K in Code]: CodeMeta }` metadata makes
 * the compiler flag any code of the standard that has no metadata.
 *
 * @module
 */
import {
  banner,
  constArray,
  docComment,
  type GeneratedFile,
  readCsv,
  requireUnique,
  requireValue,
} from "./_generated-file";

const GENERATOR = "packages/schema/scripts/generate/htcds.ts";
const PICKLIST_VALUES_CSV = "packages/schema/data/htcds/picklist_values.csv";
const FIELDS_CSV = "packages/schema/data/htcds/fields.csv";

/** One picklist of the standard: its field and its value names in the standard's order. */
interface Picklist {
  readonly field: string;
  readonly label: string;
  readonly section: string;
  readonly status: string;
  readonly codes: readonly string[];
}

/**
 * The HTCDS name of a row of fields.csv: `field_name_including_prefix`, or, where the standard's table
 * leaves that column empty (the `per_Organisation` row), `field_name_prefix` + `field_name`.
 */
function fieldName(
  row: { readonly [K in "field_name_including_prefix" | "field_name_prefix" | "field_name"]: string },
): string {
  return row.field_name_including_prefix !== ""
    ? row.field_name_including_prefix
    : `${row.field_name_prefix}${row.field_name}`;
}

function readPicklists(): Picklist[] {
  const columns = [
    "field_name_including_prefix",
    "field_name_prefix",
    "field_name",
    "field_label",
    "section",
    "status",
  ] as const;
  const fields = new Map(readCsv(FIELDS_CSV, columns).map((row) => [fieldName(row), row]));
  const values = new Map<string, { position: number; code: string }[]>();
  readCsv(PICKLIST_VALUES_CSV, ["field_name_including_prefix", "position", "value_name"]).forEach((row, index) => {
    const where = `${PICKLIST_VALUES_CSV} row ${index + 2}`;
    const field = requireValue(row.field_name_including_prefix, /^[a-z]{3}_[A-Za-z]+$/, where);
    const position = Number(requireValue(row.position, /^[1-9]\d*$/, where));
    // Value names are kept exactly as the standard spells them, typos (`Unaquainted`) included.
    const code = requireValue(row.value_name, /^\S+$/, where);
    const list = values.get(field) ?? [];
    list.push({ position, code });
    values.set(field, list);
  });
  return [...values].map(([field, entries]): Picklist => {
    const sorted = [...entries].sort((a, b) => a.position - b.position);
    const positions = sorted.map((entry) => entry.position).join(",");
    const expected = sorted.map((_, index) => index + 1).join(",");
    if (positions !== expected) {
      throw new Error(`${PICKLIST_VALUES_CSV}: ${field} has positions ${positions}, not 1 to ${sorted.length}`);
    }
    const codes = sorted.map((entry) => entry.code);
    requireUnique(codes, `${PICKLIST_VALUES_CSV} ${field}`);
    const meta = fields.get(field);
    if (meta === undefined) throw new Error(`${FIELDS_CSV} has no row for the picklist field ${field}`);
    return { field, label: meta.field_label, section: meta.section, status: meta.status, codes };
  });
}

/**
 * The constant that holds a picklist's codes: the field name in upper snake case after `HTCDS_`, such as
 * `HTCDS_VIC_METHODS_OF_CONTROL` for `vic_MethodsOfControl`.
 */
function constantName(field: string): string {
  return `HTCDS_${field.replace(/([a-z\d])([A-Z])/g, "$1_$2").toUpperCase()}`;
}

function renderPicklist(picklist: Picklist): string {
  const status = picklist.status === "DRAFT" ? "" : ` The standard marks the field ${picklist.status}.`;
  const doc = docComment(
    `The value names of HTCDS 2.0 picklist \`${picklist.field}\` (${picklist.section}: ${picklist.label}), ` +
      `in the standard's order and spelling.${status}`,
  );
  return `${doc}
${constArray(`export const ${constantName(picklist.field)} = `, picklist.codes)}
`;
}

/**
 * The HTCDS 2.0 picklist code arrays.
 *
 * @returns `src/codelists/htcds-picklists.generated.ts`.
 */
export function htcdsFiles(): GeneratedFile[] {
  const picklists = readPicklists();
  const content = `${banner(GENERATOR, [PICKLIST_VALUES_CSV, FIELDS_CSV])}
//
// The ${picklists.length} picklists of IOM's Human Trafficking Case Data Standard (HTCDS) 2.0, CC BY 4.0
// (packages/schema/data/htcds/README.md), in the order of the standard's sheet. Import them from the
// hand-written code lists (htcds-*.ts), which add labels, definitions, aliases and tipx's extensions.

${picklists.map(renderPicklist).join("\n")}`;
  return [{ path: "packages/schema/src/codelists/htcds-picklists.generated.ts", content }];
}
