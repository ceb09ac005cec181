import type { TableRow } from "../table/index";
import { HXL_TAGS } from "./hxl-tags";

/**
 * Makes the HXL hashtag row of a table: one cell per column, the column's hashtag or an empty cell. Put it
 * first, under the header (row 2 of the file), as HXL tagging conventions require.
 *
 * @param columns - The table's columns, in order.
 * @param tags - The hashtags by column; {@link HXL_TAGS} by default.
 * @returns The hashtag row, keyed by column.
 * @example
 * ```ts
 * import { withHxlRow } from "@tipx/convert";
 * withHxlRow(["yearOfRegistration", "gender"]); // { yearOfRegistration: "#date+year", gender: "" }
 * ```
 */
export function withHxlRow(columns: readonly string[], tags: Readonly<Record<string, string>> = HXL_TAGS): TableRow {
  return Object.fromEntries(columns.map((column) => [column, tags[column] ?? ""]));
}
