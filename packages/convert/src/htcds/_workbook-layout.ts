// How HTCDS workbooks name their columns, as agencies fill them: the field name in the first row
// (hidden in the toolkit workbooks), the label in the second, and the spellings found in the toolkit
// files of IOM's HTCDS repository (`Toolkit/Excel` and `Toolkit/Survey`, copied under
// test/fixtures/htcds/). Every quirk below was found by reading those files with exceljs.
import { type _CELL_ERROR, _cellText, _dateText } from "../xlsx/_cell-text";
import { _COLUMN_SPECS, _ID_COLUMNS } from "./_column-map";
import { HTCDS_COLUMN_INFO, HTCDS_COLUMNS } from "./columns.generated";

/**
 * Field names written in the toolkit files that are not the standard's, with the name they stand for.
 * Names that differ from the standard's only in case, underscores or hyphens (`prs_First_Name`,
 * `vic_Methods_of_Control` and `prs_Second_Name` in `htcds_xlsform.xlsx`, `prs-gender`) need no entry:
 * they are matched after folding (see `_fold`).
 */
export const _FIELD_NAME_ALIASES: Readonly<Record<string, string>> = {
  // Both Excel workbooks, column T: the "g" of "Trafficking" is missing.
  vic_TraffickinStatusDecisionMakingOrg: "vic_TraffickingStatusDecisionMakingOrg",
};

/**
 * Labels written in the toolkit files that are not the standard's, with the field they stand for.
 * (Both Excel workbooks label columns N to R "Mailing Street, Mailing City, Mailing State/Province,
 * Mailing Zip/Postal Code, Mailing Country" while their field names are, in order, prs_MailingCity,
 * prs_MailingCountry, prs_MailingState, prs_MailingStreet, prs_MailingPostalCode: the labels are shifted,
 * which is why the field-name row wins. In `htcds_xlsform.xlsx`, prs_Title is labelled "Second Name".
 * Column AJ has a label, "Reason for Outgoing Referral", and no field name: it is matched by its label.)
 */
export const _LABEL_ALIASES: Readonly<Record<string, string>> = {
  "Trafficking Status Decision Making Organization": "vic_TraffickingStatusDecisionMakingOrg",
};

/**
 * Columns the toolkit files have that carry no field: the Excel workbooks number their rows 1 to 1000
 * in column A, without a name or label (such a column is ignored), and an XLSForm export adds the form's
 * metadata, which is not case data.
 */
export const _IGNORED_COLUMNS: ReadonlySet<string> = new Set(["start", "end", "__version__"]);

/** A field name or label folded for matching: lower case, letters and digits only. */
export function _fold(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const KNOWN_NAMES: readonly string[] = [
  ...HTCDS_COLUMNS,
  ..._COLUMN_SPECS.map((s) => s.column),
  _ID_COLUMNS.case,
  _ID_COLUMNS.person,
];

const BY_FOLDED_NAME: ReadonlyMap<string, string> = new Map([
  ...KNOWN_NAMES.map((name): [string, string] => [_fold(name), name]),
  ...Object.entries(_FIELD_NAME_ALIASES).map(([alias, name]): [string, string] => [_fold(alias), name]),
]);

/** Labels the standard gives several fields ("Type", "Date", "Country"…) name none of them. */
function unambiguousLabels(): [string, string][] {
  const byLabel = new Map<string, string[]>();
  for (const [name, info] of Object.entries(HTCDS_COLUMN_INFO)) {
    const folded = _fold(info.label);
    byLabel.set(folded, [...(byLabel.get(folded) ?? []), name]);
  }
  return [...byLabel].flatMap(([label, names]): [string, string][] =>
    names.length === 1 && names[0] !== undefined ? [[label, names[0]]] : [],
  );
}

const BY_FOLDED_LABEL: ReadonlyMap<string, string> = new Map([
  ...unambiguousLabels(),
  ...Object.entries(_LABEL_ALIASES).map(([label, name]): [string, string] => [_fold(label), name]),
]);

/**
 * The HTCDS field a header cell names: by field name (a group prefix such as `victim/` or `grp-1:` is
 * dropped, as XLSForm exports write nested names), then by folded name or known misspelling.
 */
export function _fieldFromName(header: string): string | undefined {
  const last = header.trim().split(/[/:]/).at(-1) ?? "";
  return BY_FOLDED_NAME.get(_fold(last));
}

/** The HTCDS field a label names, or `undefined`. */
export function _fieldFromLabel(label: string): string | undefined {
  return BY_FOLDED_LABEL.get(_fold(label));
}

/** The label of a column, as the second row of a workbook shows it. */
export function _labelOf(column: string): string {
  if (column === _ID_COLUMNS.case) return "Case id (tipx)";
  if (column === _ID_COLUMNS.person) return "Person id (tipx)";
  if (column === "per_Organisation") return "Organisation";
  const info = (HTCDS_COLUMN_INFO as Readonly<Record<string, { readonly label: string }>>)[column];
  return info?.label ?? column;
}

/** 1899-12-30, day 0 of Excel's 1900 date system (which counts a 29 February 1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last day Excel shows. */
const LAST_SERIAL = 2958465;

/**
 * The text of a date column's cell. The toolkit workbooks give their date columns (Birthdate, Incoming
 * and Outgoing Referral Date) no date format, so a date entered there is stored, and read, as its serial
 * number: a whole number in such a column is read as an Excel date.
 */
export function _serialDate(value: unknown): string | typeof _CELL_ERROR {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= LAST_SERIAL) {
    return _dateText(new Date(EXCEL_EPOCH + value * 86_400_000));
  }
  return _cellText(value);
}
