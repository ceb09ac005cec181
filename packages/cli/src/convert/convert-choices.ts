import { INSTRUMENT_CHOICES } from "../choices";

/**
 * What `tipx convert --from` reads: HTCDS 2.0 rows (CSV or a worksheet), an HTCDS toolkit workbook,
 * CTDC rows, an agency's spreadsheet through `--mapping`, or tipx bundles.
 */
export const CONVERT_FROM_CHOICES = ["htcds", "htcds-workbook", "ctdc", "mapped", "tipx"] as const;

/** One of {@link CONVERT_FROM_CHOICES}. */
export type ConvertFrom = (typeof CONVERT_FROM_CHOICES)[number];

/**
 * What `tipx convert --to` writes: tipx bundles (`ndjson` is another name for `tipx`), HTCDS 2.0 rows,
 * CTDC rows, or CTDC victim–perpetrator rows.
 */
export const CONVERT_TO_CHOICES = ["tipx", "ndjson", "htcds", "ctdc", "ctdc-vp"] as const;

/** One of {@link CONVERT_TO_CHOICES}. */
export type ConvertTo = (typeof CONVERT_TO_CHOICES)[number];

/**
 * The file formats `tipx convert --format` writes; by default the one `--out`'s extension names, else
 * NDJSON for bundles and CSV for rows.
 */
export const CONVERT_FORMAT_CHOICES = ["csv", "xlsx", "json", "ndjson"] as const;

/** One of {@link CONVERT_FORMAT_CHOICES}. */
export type ConvertFormat = (typeof CONVERT_FORMAT_CHOICES)[number];

/**
 * The CTDC codebooks `tipx convert --codebook` writes.
 */
export const CODEBOOK_CHOICES = ["2017", "2024"] as const;

/** One of {@link CODEBOOK_CHOICES}. */
export type Codebook = (typeof CODEBOOK_CHOICES)[number];

/**
 * The forms `tipx template --form` writes: the intake form, or one of the screening checklists.
 */
export const TEMPLATE_FORM_CHOICES = ["intake", ...INSTRUMENT_CHOICES] as const;

/** One of {@link TEMPLATE_FORM_CHOICES}. */
export type TemplateForm = (typeof TEMPLATE_FORM_CHOICES)[number];

/** The file formats by extension, for inputs and `--out`. */
const EXTENSIONS: Readonly<Record<string, ConvertFormat>> = {
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "csv",
  ".xlsx": "xlsx",
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
};

/**
 * The file format a file name's extension names, or `undefined`.
 *
 * @param name - a file name.
 */
export function formatOfName(name: string): ConvertFormat | undefined {
  const dot = name.lastIndexOf(".");
  if (dot < 0 || dot < name.lastIndexOf("/")) return undefined;
  return EXTENSIONS[name.slice(dot).toLowerCase()];
}
