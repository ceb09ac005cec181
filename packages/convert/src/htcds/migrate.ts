import { genders } from "@tipx/schema";
import { _reporter } from "../report/_reporter";
import type { Conversion, ConvertOptions } from "../report/index";
import type { NumberedRow } from "../table/index";
import { _MULTI_SEPARATOR, _readCode, _splitMulti } from "./_cells";
import { _ID_COLUMNS } from "./_column-map";
import { HTCDS_COLUMNS, type HtcdsRow } from "./columns";

/**
 * The HTCDS versions {@link migrateHtcds} migrates from.
 *
 * @example
 * ```ts
 * import { HTCDS_MIGRATION_VERSIONS } from "@tipx/convert";
 * HTCDS_MIGRATION_VERSIONS.includes("0.2"); // true
 * ```
 */
export const HTCDS_MIGRATION_VERSIONS = ["0.2"] as const;

/**
 * An HTCDS version {@link migrateHtcds} migrates from.
 *
 * @example
 * ```ts
 * import type { HtcdsMigrationVersion } from "@tipx/convert";
 * const version: HtcdsMigrationVersion = "0.2";
 * ```
 */
export type HtcdsMigrationVersion = (typeof HTCDS_MIGRATION_VERSIONS)[number];

/**
 * Fields of HTCDS 0.2 renamed in 2.0, with their 2.0 name. The team's reference (the standard's revision
 * history, summarised in DOMAIN.md section 8) says only that version 1.0 introduced Citizenship and the
 * IOM gender values, and that 2.0 consolidated consent and deprecated the vulnerability fields; it does
 * not list the 0.2 fields. `prs_Nationality` (to `prs_Citizenship`) is the one rename the issue names.
 */
const RENAMED: Readonly<Record<string, string>> = { prs_Nationality: "prs_Citizenship" };

/** 2.0 names, and the id columns tipx adds, which pass unchanged. */
const KEPT: ReadonlySet<string> = new Set<string>([
  ...HTCDS_COLUMNS,
  "per_Organisation",
  _ID_COLUMNS.case,
  _ID_COLUMNS.person,
]);

function isNumbered(row: HtcdsRow | NumberedRow): row is NumberedRow {
  return typeof (row as NumberedRow).cells === "object" && typeof (row as NumberedRow).row === "number";
}

/**
 * Migrates HTCDS 0.2 rows to HTCDS 2.0 rows: `prs_Nationality` becomes `prs_Citizenship`, and
 * `prs_Gender` keeps only the 2.0 values (IOM's gender values, introduced in 1.0; an older value is
 * reported with TIPX702 and never guessed). The deprecated fields (`vic_Vulnerabilities`,
 * `vic_DetailsOfVulnerabilities`, `vic_AgreementToManagePersonalData`) are still 2.0 field names and
 * pass unchanged. Each rename is reported once per column, with its count (TIPX709 `migrated`); a
 * column that is neither a 0.2 nor a 2.0 field once with its count (TIPX701).
 *
 * @param version - The version of the rows: `"0.2"`.
 * @param rows - Plain rows (the first is row 2), or numbered rows.
 * @param options - The report's language and issue limit.
 * @returns The 2.0 rows and the report.
 *
 * @example
 * ```ts
 * import { migrateHtcds } from "@tipx/convert";
 * const { value } = migrateHtcds("0.2", [{ prs_FirstName: "Somchai", prs_Nationality: "TH" }]);
 * value[0]; // { prs_FirstName: "Somchai", prs_Citizenship: "TH" }
 * ```
 */
export function migrateHtcds(
  version: HtcdsMigrationVersion,
  rows: readonly HtcdsRow[] | Iterable<NumberedRow>,
  options: ConvertOptions = {},
): Conversion<HtcdsRow[]> {
  // One version so far; the parameter names it so that later ones can be added.
  const from = { "0.2": "htcds-0.2" } as const;
  const reporter = _reporter(from[version], "htcds-2.0", options);
  const once = new Map<string, { code: "TIPX701" | "TIPX709"; row: number; count: number }>();
  const note = (code: "TIPX701" | "TIPX709", column: string, row: number) => {
    const known = once.get(column);
    if (known === undefined) once.set(column, { code, row, count: 1 });
    else known.count += 1;
  };
  const out: HtcdsRow[] = [];
  let next = 2;
  for (const input of rows as Iterable<HtcdsRow | NumberedRow>) {
    const { row, cells } = isNumbered(input) ? input : { row: next, cells: input };
    next += 1;
    reporter.row();
    const migrated: Record<string, string> = {};
    for (const [column, raw] of Object.entries(cells)) {
      const cell = String(raw ?? "");
      if (cell.trim() === "") continue;
      const renamed = RENAMED[column];
      if (renamed !== undefined && migrated[renamed] === undefined && cells[renamed] === undefined) {
        migrated[renamed] = _splitMulti(cell).join(_MULTI_SEPARATOR);
        note("TIPX709", column, row);
        reporter.carried();
      } else if (renamed !== undefined) {
        reporter.issue("TIPX711", { field: renamed }, { row, column });
        reporter.notCarried();
      } else if (column === "prs_Gender") {
        const code = _readCode(genders, cell);
        if (code === undefined) {
          reporter.issue("TIPX702", { field: column, list: genders.id }, { row, column, value: cell.trim() });
          reporter.notCarried();
        } else {
          migrated[column] = code;
          reporter.carried();
        }
      } else if (KEPT.has(column)) {
        migrated[column] = cell;
        reporter.carried();
      } else {
        note("TIPX701", column, row);
        reporter.notCarried();
      }
    }
    out.push(migrated);
    reporter.converted();
  }
  for (const [column, { code, row, count }] of once) {
    if (code === "TIPX701") reporter.issue("TIPX701", { column, format: "htcds-0.2" }, { row, column, count });
    else reporter.issue("TIPX709", { field: column, change: "migrated" }, { row, column, count });
  }
  return { value: out, report: reporter.report() };
}
