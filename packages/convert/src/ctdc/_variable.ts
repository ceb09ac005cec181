/** How a CTDC variable is coded: a flag, one category, a `; `-joined list of labels, a year or a country code. */
export type _CtdcType = "binary" | "category" | "list" | "year" | "country-alpha2" | "country-alpha3";

/** One variable of a CTDC codebook, as packages/schema/data/ctdc/variables.csv lists it. */
export interface _CtdcVariable {
  /** The column name, spelt as the codebook spells it. */
  readonly name: string;
  /** Its number in the codebook. */
  readonly number: number;
  /** Its type (a string, checked against {@link _CtdcType} where it is read). */
  readonly type: string;
  /** How the codebook writes a missing value: `-99`, `NULL`, or empty. */
  readonly missing: string;
  /** The codes, as the codebook prints them (for a year, one `first..last` range). */
  readonly values: readonly string[];
}
