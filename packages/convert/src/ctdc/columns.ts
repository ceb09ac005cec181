import { _columns } from "./_columns";
import { _VP_COLUMNS } from "./_vp-derive";

/** The CTDC layouts tipx writes: a codebook's one row per victim, or one row per victim–suspect link. */
export type CtdcLayout = "2017" | "2024" | "victim-perpetrator";

/**
 * The columns tipx writes for a CTDC layout, in order: for a codebook, its variables that some field of
 * the model feeds; for the victim–perpetrator layout, its sixteen columns. A file with no row left after
 * k-anonymity still gets this header.
 *
 * @param layout - `"2017"`, `"2024"` or `"victim-perpetrator"`.
 * @returns The column names.
 *
 * @example
 * ```ts
 * import { ctdcColumns } from "@tipx/convert";
 * ctdcColumns("victim-perpetrator")[0]; // "yearRegister"
 * ctdcColumns("2024").includes("gender"); // true
 * ```
 */
export function ctdcColumns(layout: CtdcLayout): readonly string[] {
  return layout === "victim-perpetrator" ? _VP_COLUMNS : _columns(layout).map((variable) => variable.name);
}
