import { _isEntityRef } from "./_words";
import { defineIssue } from "./issue";
import { TERMS } from "./terms";

/**
 * The formats `@tipx/convert` reads and writes, as its conversion issues (TIPX7xx) name them.
 *
 * @example
 * ```ts
 * import { CONVERSION_FORMATS } from "@tipx/schema";
 * CONVERSION_FORMATS.includes("ctdc-2024"); // true
 * ```
 */
export const CONVERSION_FORMATS = [
  "tipx",
  "ndjson",
  "htcds-2.0",
  "htcds-0.2",
  "htcds-workbook",
  "ctdc-2017",
  "ctdc-2024",
  "ctdc-vp",
  "mapped",
  "xlsform",
  "csv",
  "xlsx",
] as const;

/** A format `@tipx/convert` reads or writes. */
export type ConversionFormat = (typeof CONVERSION_FORMATS)[number];

/**
 * The English names of the formats (the terms `conversion-format.<format>`, which the Thai and Spanish
 * catalogues translate where a name is not a standard's or a file type's own).
 *
 * @example
 * ```ts
 * import { CONVERSION_FORMAT_NAMES } from "@tipx/schema";
 * CONVERSION_FORMAT_NAMES["ctdc-vp"]; // "CTDC victim–perpetrator"
 * ```
 */
export const CONVERSION_FORMAT_NAMES: { readonly [F in ConversionFormat]: string } = Object.fromEntries(
  CONVERSION_FORMATS.map((format) => [format, TERMS[`conversion-format.${format}`]]),
) as { readonly [F in ConversionFormat]: string };

/** What kind of value a converter expected in a cell it could not read (TIPX703). */
export const CONVERSION_VALUE_KINDS = [
  "date",
  "number",
  "integer",
  "year",
  "boolean",
  "phone",
  "age",
  "uuid",
  "country",
  "language",
  "text",
] as const;

/** What kind of value a converter expected in a cell it could not read (TIPX703). */
export type ConversionValueKind = (typeof CONVERSION_VALUE_KINDS)[number];

/** Why a row was malformed and skipped (TIPX704). */
export const MALFORMED_ROW_REASONS = [
  "column-count",
  "quotes",
  "not-json",
  "not-an-object",
  "too-long",
  "invalid-record",
] as const;

/** Why a row was malformed and skipped (TIPX704). */
export type MalformedRowReason = (typeof MALFORMED_ROW_REASONS)[number];

/** Why a file could not be read at all (TIPX708). */
export const UNREADABLE_FILE_REASONS = [
  "empty",
  "binary",
  "truncated",
  "encrypted",
  "too-large",
  "encoding",
  "not-a-workbook",
] as const;

/** Why a file could not be read at all (TIPX708). */
export type UnreadableFileReason = (typeof UNREADABLE_FILE_REASONS)[number];

/** How a converter changed a value it carried (TIPX709). */
export const VALUE_CHANGES = ["generalised", "migrated", "normalised", "generated", "merged"] as const;

/** How a converter changed a value it carried (TIPX709). */
export type ValueChange = (typeof VALUE_CHANGES)[number];

/** What is wrong in a column mapping (TIPX710). */
export const MAPPING_PROBLEMS = [
  "missing",
  "type",
  "unknown-key",
  "unknown-field",
  "unknown-code",
  "duplicate-column",
  "date-format",
  "not-json",
] as const;

/** What is wrong in a column mapping (TIPX710). */
export type MappingProblem = (typeof MAPPING_PROBLEMS)[number];

const KIND_WORDS: { readonly [K in ConversionValueKind]: string } = {
  date: "a date",
  number: "a number",
  integer: "a whole number",
  year: "a year",
  boolean: "yes or no",
  phone: "a phone number",
  age: "an age in years",
  uuid: "a UUID",
  country: "a country",
  language: "a language",
  text: "text",
};

const MALFORMED_WORDS: { readonly [R in MalformedRowReason]: string } = {
  "column-count": "it has more cells than the header has columns",
  quotes: "a quoted cell is not closed",
  "not-json": "the line is not valid JSON",
  "not-an-object": "the line is not a JSON object",
  "too-long": "the line is longer than the limit",
  "invalid-record": "its cells do not make a record tipx can build",
};

const UNREADABLE_WORDS: { readonly [R in UnreadableFileReason]: string } = {
  empty: "it is empty",
  binary: "it is not text",
  truncated: "it is cut short",
  encrypted: "it is protected by a password",
  "too-large": "it is larger than the limit",
  encoding: "its text encoding could not be recognised",
  "not-a-workbook": "it is not an Excel workbook (.xlsx)",
};

const CHANGE_WORDS: { readonly [C in ValueChange]: string } = {
  generalised: "was made less precise",
  migrated: "was moved to the field that replaces it",
  normalised: "was rewritten in its standard form",
  generated: "was generated, as the input had none",
  merged: "was merged with other values into one",
};

const MAPPING_WORDS: { readonly [M in MappingProblem]: string } = {
  missing: "a required member is missing",
  type: "the value has the wrong type",
  "unknown-key": "the member is not part of a mapping",
  "unknown-field": "it names a field the tipx model does not have",
  "unknown-code": "it maps to a code the field's code list does not have",
  "duplicate-column": "the column is mapped twice",
  "date-format": "the date format is not one tipx reads",
  "not-json": "the mapping is not valid JSON",
};

const FORMAT = (format: ConversionFormat): string => CONVERSION_FORMAT_NAMES[format];

/**
 * Issue codes TIPX7xx: conversion. `@tipx/convert` reports them for every row, column, field or value
 * it could not carry from one format to another, so that nothing is dropped silently. Their messages
 * name columns and fields, never a cell's value.
 *
 * @example
 * ```ts
 * import { CONVERSION_ISSUES } from "@tipx/schema";
 * CONVERSION_ISSUES.TIPX702.title; // "Unknown code"
 * ```
 */
export const CONVERSION_ISSUES = {
  TIPX701: defineIssue<{ readonly column: string; readonly format: ConversionFormat }>({
    severity: "warning",
    title: "Column not recognised",
    message: (p) =>
      p.format === "mapped"
        ? `The column “${p.column}” is not in the column mapping; its values were not carried.`
        : `The column “${p.column}” is not a column of ${FORMAT(p.format)}; its values were not carried.`,
    explanation:
      "The input has a column the converter does not know for this format, so none of its values went into the output. Check the column's spelling against the format's field names, or, for an agency spreadsheet, add the column to the mapping.",
  }),
  TIPX702: defineIssue<{ readonly field: string; readonly list: string }>({
    severity: "warning",
    title: "Unknown code",
    message: (p, n) =>
      `A value of “${n.field(p.field)}” is not a code of the list “${n.list(p.list)}”; it was not carried.`,
    explanation:
      "The value is not one of the codes of the field's code list, in any spelling or alias tipx knows, and a converter never guesses a code. Correct the value in the input, or, for an agency spreadsheet, map it in the column's value map. The report gives the value; the message does not show it.",
  }),
  TIPX703: defineIssue<{ readonly field: string; readonly expected: ConversionValueKind }>({
    severity: "warning",
    title: "Value not readable",
    message: (p, n) =>
      `A value of “${n.field(p.field)}” cannot be read as ${KIND_WORDS[p.expected]}; it was not carried.`,
    explanation:
      "The cell holds a value that does not have the form the field needs: a date that is not a date in any format the converter was told to read (Buddhist-Era years included where the mapping says so), a number that is not a number, a phone number that is not valid for its country, and so on. Correct the cell, or tell the converter the format in the mapping.",
  }),
  TIPX704: defineIssue<{ readonly reason: MalformedRowReason }>({
    severity: "error",
    title: "Malformed row",
    message: (p) => `The row was skipped: ${MALFORMED_WORDS[p.reason]}.`,
    explanation:
      "The row could not be read as a row of its file, so none of its values were carried; the rows after it were still converted. The row number in the report is the one a spreadsheet program shows (the header is row 1), or the line number of an NDJSON file.",
  }),
  TIPX705: defineIssue<{ readonly field: string; readonly format: ConversionFormat }>({
    severity: "info",
    title: "Field not carried",
    message: (p, n) =>
      p.format === "mapped"
        ? `The column mapping ignores “${n.field(p.field)}”; it was not carried.`
        : `“${n.field(p.field)}” has no place in ${FORMAT(p.format)}; it was not carried.`,
    explanation:
      "The target format has no column for this field, so the output does not hold it. This is expected when converting to a smaller format (CTDC carries counts, not identities); the report lists every such field so that you know exactly what the output lacks.",
  }),
  TIPX706: defineIssue<{ readonly k: number; readonly columns: readonly string[] }>({
    severity: "info",
    title: "Row suppressed for k-anonymity",
    message: (p) =>
      `The row was left out: fewer than ${p.k} rows share its values of ${p.columns.map((c) => `“${c}”`).join(", ")}.`,
    explanation:
      "A published dataset is k-anonymised: a row whose combination of quasi-identifiers (age band, gender, citizenship, year…) is shared by fewer than k rows could point at one person, so it is suppressed. CTDC publishes with k = 11. The report counts the suppressed rows.",
    source: "CTDC Global Dataset codebook (2017): k-anonymity with k = 11",
  }),
  TIPX707: defineIssue<{ readonly format: ConversionFormat; readonly expected: readonly string[] }>({
    severity: "error",
    title: "Not the expected layout",
    message: (p, n) =>
      `The input is not ${FORMAT(p.format)}: it has none of the expected columns (${n.either(p.expected.slice(0, 5))}).`,
    explanation:
      "The converter looked for the header of the format it was asked to read and did not find it, so it read no row. Check that the file is the one you meant and that `--from` names its format; an HTCDS workbook has its field names (prs_…, vic_…, cas_…) in its first row.",
  }),
  TIPX708: defineIssue<{ readonly reason: UnreadableFileReason }>({
    severity: "error",
    title: "File cannot be read",
    message: (p) => `The file cannot be read: ${UNREADABLE_WORDS[p.reason]}.`,
    explanation:
      "The converter could not read the file at all, so it converted nothing: an empty file, a file that is not text or not a workbook, a file cut short, a workbook protected by a password (remove the password in the spreadsheet program first), a file over the size limit, or text in an encoding tipx does not recognise (UTF-8, UTF-16 with a byte-order mark, and Windows-874 for Thai are read).",
  }),
  TIPX709: defineIssue<{ readonly field: string; readonly change: ValueChange }>({
    severity: "info",
    title: "Value changed in conversion",
    message: (p, n) =>
      p.change === "generated" && _isEntityRef(p.field)
        ? `An id was generated for each ${n.field(p.field)}, as the input had none.`
        : `A value of “${n.field(p.field)}” ${CHANGE_WORDS[p.change]}.`,
    explanation:
      "The value was carried, but not as it was: made less precise for a published dataset (an age into an age band), moved to the field that replaces a deprecated one (HTCDS 0.2 to 2.0), rewritten in its standard form (a phone number in E.164), generated because the input had none (an id), or merged with others where the target format has one column for several fields.",
  }),
  TIPX710: defineIssue<{ readonly problem: MappingProblem }>({
    severity: "error",
    title: "Invalid mapping",
    message: (p) => `The mapping was rejected: ${MAPPING_WORDS[p.problem]}.`,
    explanation:
      "A column mapping is checked before any row is read, and a mapping with an error is rejected as a whole, with the JSON Pointer of the member at fault. Correct the mapping against its JSON Schema (`mapping.schema.json` of `@tipx/convert`).",
  }),
  TIPX711: defineIssue<{ readonly field: string }>({
    severity: "warning",
    title: "Conflicting values",
    message: (p, n) =>
      `Rows of the same record give different values of “${n.field(p.field)}”; the first was kept and the others were not carried.`,
    explanation:
      "Several rows describe the same case, person or victim (they share its id), but disagree on a field that has one value. The converter keeps the value of the first row and reports each other row. Correct the input so that the rows agree.",
  }),
  TIPX712: defineIssue<{ readonly field: string; readonly needs: string }>({
    severity: "warning",
    title: "Value needs what the input lacks",
    message: (p, n) =>
      `A value of “${n.field(p.field)}” was not carried: tipx needs “${n.field(p.needs)}” with it, which the input does not have.`,
    explanation:
      "The input has the value, but the tipx model cannot hold it without another field the input format does not record: a consent without the date it was given, for instance. Give the missing value through the converter's options (such as `consentGivenOn`) when you know it, or add it to the bundle after conversion.",
  }),
} as const;
