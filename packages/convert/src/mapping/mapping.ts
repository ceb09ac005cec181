import { ConsentPurpose, CountryCode, ProfileCode } from "@tipx/schema";
import * as z from "zod";
import { CALENDARS, DATE_FORMATS } from "./date-formats";
import { MAPPING_FIELDS } from "./fields";

/**
 * What one column of an agency spreadsheet holds: the tipx field it fills and how its cells are read,
 * or `ignore: true` for a column deliberately not carried.
 *
 * @example
 * ```ts
 * import { ColumnRule } from "@tipx/convert";
 * ColumnRule.parse({ field: "Person.gender", values: { หญิง: "Feminine", ชาย: "Masculine" } });
 * ```
 */
export const ColumnRule = z
  .strictObject({
    field: z.enum(MAPPING_FIELDS).exactOptional().describe("The tipx field the column fills."),
    ignore: z.literal(true).exactOptional().describe("The column is deliberately not carried."),
    values: z
      .record(z.string(), z.string())
      .exactOptional()
      .describe("The value map: a cell's text (case and surrounding spaces aside) and the code it stands for."),
    split: z.string().min(1).exactOptional().describe("The separator of several values in one cell, such as `;`."),
    dateFormat: z
      .enum(DATE_FORMATS)
      .exactOptional()
      .describe("How the column writes dates (the sheet's default otherwise)."),
    calendar: z
      .enum(CALENDARS)
      .exactOptional()
      .describe("The calendar of the column's years (the sheet's default otherwise)."),
    phoneRegion: CountryCode.exactOptional().describe("The country of phone numbers written without a country code."),
    note: z.string().exactOptional().describe("A note for the people who maintain the mapping."),
  })
  .describe("What one column holds: the tipx field it fills and how its cells are read, or `ignore: true`.");

/** What one column of an agency spreadsheet holds. */
export type ColumnRule = z.infer<typeof ColumnRule>;

/**
 * What a sheet is: its country profile, the defaults its columns share, and the envelope of the
 * bundles it becomes.
 *
 * @example
 * ```ts
 * import { SheetSettings } from "@tipx/convert";
 * SheetSettings.parse({ sender: { name: "Provincial office" }, dateFormat: "D/M/YYYY", calendar: "buddhist" });
 * ```
 */
export const SheetSettings = z
  .strictObject({
    profile: ProfileCode.exactOptional().describe("The country profile the bundles are checked against."),
    dateFormat: z.enum(DATE_FORMATS).exactOptional().describe("How dates are written (YYYY-MM-DD by default)."),
    calendar: z
      .enum(CALENDARS)
      .exactOptional()
      .describe("The calendar of the years; by default the profile's (Buddhist Era for Thailand), else Gregorian."),
    phoneRegion: CountryCode.exactOptional().describe(
      "The country of phone numbers written without a country code (the profile's country by default).",
    ),
    headerRow: z.int().min(1).exactOptional().describe("The row that holds the column names (1 by default)."),
    sender: z
      .strictObject({
        name: z.string().min(1).describe("The name of the organisation that keeps the sheet."),
        country: CountryCode.exactOptional().describe("Its country."),
      })
      .describe("The organisation that keeps the sheet, the sender of the bundles."),
    purpose: ConsentPurpose.exactOptional().describe("Why the bundles are made (case-management by default)."),
    victimRole: z
      .enum(["victim", "presumed-victim"])
      .exactOptional()
      .describe("The role of each row's person in the case (presumed-victim by default)."),
  })
  .describe("What the sheet is: its country profile, the defaults its columns share, and who keeps it.");

/** What a sheet is. */
export type SheetSettings = z.infer<typeof SheetSettings>;

/**
 * How rows group into records: by default each row is one victim in a case of its own; with `caseId`,
 * adjacent rows with the same value in that column are the victims of one case.
 *
 * @example
 * ```ts
 * import { RecordGrouping } from "@tipx/convert";
 * RecordGrouping.parse({ caseId: "Nº de caso", system: "org.example/casos" });
 * ```
 */
export const RecordGrouping = z
  .strictObject({
    caseId: z.string().min(1).describe("The column that holds the case number."),
    system: z
      .string()
      .min(1)
      .describe("The identifier system of the case numbers (the case's `identifiers[].system`), such as a domain."),
  })
  .describe("How rows group into cases: adjacent rows with the same case number are one case.");

/** How rows group into records. */
export type RecordGrouping = z.infer<typeof RecordGrouping>;

/**
 * A declarative mapping from the columns of an agency spreadsheet to tipx fields: what the sheet is,
 * how its rows group into cases, and what each column holds. Column names are written as the sheet's
 * header writes them (Thai, Spanish…).
 *
 * @example
 * ```ts
 * import { ColumnMapping } from "@tipx/convert";
 * ColumnMapping.parse({
 *   sheet: { sender: { name: "Shelter" } },
 *   columns: { Nombre: { field: "Person.names.given" }, Notas: { ignore: true } },
 * });
 * ```
 */
export const ColumnMapping = z
  .strictObject({
    $schema: z.string().exactOptional().describe("The JSON Schema of the mapping, for editors."),
    description: z.string().exactOptional().describe("What the mapping is for."),
    sheet: SheetSettings,
    records: RecordGrouping.exactOptional(),
    columns: z
      .record(z.string().min(1), ColumnRule)
      .describe("Each column of the sheet, by its header, and what it holds."),
  })
  .describe("A mapping from the columns of an agency spreadsheet to tipx fields.");

/** A declarative mapping from the columns of an agency spreadsheet to tipx fields. */
export type ColumnMapping = z.infer<typeof ColumnMapping>;
