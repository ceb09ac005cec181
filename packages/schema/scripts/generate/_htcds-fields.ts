/**
 * The rows of the HTCDS 2.0 field sheet (`packages/schema/data/htcds/fields.csv`) that have a field name,
 * read and checked once for every generator that needs them: the Core-field list of `@tipx/schema`
 * (`htcds-core.ts`) and the column table of `@tipx/convert` (`packages/convert/scripts/htcds-columns.ts`).
 * The example questions of the Assessment and Planning sections (status `N/A`, no field name) are left out.
 *
 * @module
 */
import { readCsv, requireUnique, requireValue } from "./_generated-file";

/** The committed field sheet, relative to the repository root. */
export const HTCDS_FIELDS_CSV = "packages/schema/data/htcds/fields.csv";

/** The statuses a named field may have; another value stops the generator. */
export const HTCDS_FIELD_STATUSES = ["DRAFT", "DEPRECATED"] as const;

/** One named field of the standard's sheet. */
export interface HtcdsField {
  readonly name: string;
  readonly label: string;
  readonly section: string;
  readonly type: string;
  readonly status: (typeof HTCDS_FIELD_STATUSES)[number];
  /** Whether the sheet's Core column marks the field. */
  readonly core: boolean;
}

/**
 * The named fields of the sheet, in its order, each checked (field name, label, section, type, status,
 * Core column), the names unique.
 *
 * @returns the fields; a row that breaks a rule stops the generator with its row number.
 */
export function readHtcdsFields(): HtcdsField[] {
  const rows = readCsv(HTCDS_FIELDS_CSV, [
    "field_name_including_prefix",
    "field_label",
    "section",
    "status",
    "field_type",
    "core",
  ]);
  const statusPattern = new RegExp(`^(${HTCDS_FIELD_STATUSES.join("|")})$`);
  const fields = rows.flatMap((row, index): HtcdsField[] => {
    const where = `${HTCDS_FIELDS_CSV} row ${index + 2}`;
    const core = requireValue(row.core, /^(Core)?$/, where) === "Core";
    // An example question has no field name and the status N/A; a Core field is never one.
    if (!core && (row.status === "N/A" || row.field_name_including_prefix === "")) return [];
    return [
      {
        name: requireValue(row.field_name_including_prefix, /^[a-z]{3}_[A-Za-z]+$/, where),
        label: requireValue(row.field_label, /\S/, where),
        section: requireValue(row.section, /\S/, where),
        type: requireValue(row.field_type, /\S/, where),
        status: requireValue(row.status, statusPattern, where) as HtcdsField["status"],
        core,
      },
    ];
  });
  requireUnique(
    fields.map((field) => field.name),
    `${HTCDS_FIELDS_CSV} field names`,
  );
  return fields;
}
