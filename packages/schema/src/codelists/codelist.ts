/** Whether a code is in current use or kept only so that older data still validates. */
export type CodeStatus = "active" | "deprecated";

/**
 * What tipx knows about one code of a code list.
 */
export interface CodeMeta {
  /** The label shown to people, in English (catalogues translate it, keyed by list id and code). */
  readonly label: string;
  /** The definition, in English, in our own words or the source's where it is short and licensed. */
  readonly definition?: string;
  /** The status; absent means `"active"`. */
  readonly status?: CodeStatus;
  /** The code that replaces a deprecated one. */
  readonly replacedBy?: string;
  /** Other spellings accepted on input by converters (for example corrected typos of the source). */
  readonly aliases?: readonly string[];
  /** Set when the code is not in the list's source standard: who added it (for example `"tipx"`). */
  readonly extension?: string;
  /**
   * Set on a user-assigned code that is not a member of the standard, such as the country list's `ZZ`
   * (unknown) and `XXA` (stateless), which only some fields accept.
   */
  readonly userAssigned?: true;
}

/**
 * A code list: its codes exactly as the source spells them, and metadata for each.
 *
 * @typeParam C - The union of the list's codes.
 */
export interface CodeList<C extends string = string> {
  /** The list's stable identifier, such as `"htcds.gender"` or `"iso3166-1"`. */
  readonly id: string;
  /** The list's name, in English (catalogues translate it, keyed by list id). */
  readonly name: string;
  /** Where the codes come from: standard, version and section, or the reference file they were taken from. */
  readonly source: string;
  /** The codes in the source's order. */
  readonly codes: readonly C[];
  /** Metadata for every code. */
  readonly meta: { readonly [K in C]: CodeMeta };
  /**
   * Whether data may carry codes outside the list: under `level: "lenient"` an unknown code in an
   * extensible list is a warning instead of an error.
   */
  readonly extensible: boolean;
  /** The HTCDS 2.0 field this list is the picklist of, when it is one (for example `"prs_Gender"`). */
  readonly htcdsField?: string;
}

/**
 * Defines a code list, checking at the type level that every code has metadata.
 *
 * @example
 * ```ts
 * import { defineCodeList } from "@tipx/schema";
 * const CASE_PRIORITIES = ["low", "high"] as const;
 * const casePriorities = defineCodeList({
 *   id: "example.case-priority",
 *   name: "Case priority",
 *   source: "example",
 *   codes: CASE_PRIORITIES,
 *   extensible: false,
 *   meta: {
 *     low: { label: "Low" },
 *     high: { label: "High" },
 *   },
 * });
 * casePriorities.codes.length; // 2
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineCodeList<const C extends string>(list: CodeList<C>): CodeList<C> {
  return list;
}

/**
 * Tells whether `value` is one of `values` (a type guard): the one check behind every `isXxx` guard of a
 * code array, such as `isProfileCode` or `isIdentifierKind`.
 *
 * @example
 * ```ts
 * import { GENDERS, isOneOf } from "@tipx/schema";
 * isOneOf(GENDERS, "Feminine"); // true
 * isOneOf(GENDERS, "feminine"); // false
 * ```
 */
export function isOneOf<const T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

/**
 * Tells whether `value` is one of the list's codes (a type guard).
 *
 * @example
 * ```ts
 * import { isCode, countries } from "@tipx/schema";
 * isCode(countries, "TH"); // true
 * ```
 */
export function isCode<C extends string>(list: CodeList<C>, value: unknown): value is C {
  return typeof value === "string" && Object.hasOwn(list.meta, value);
}
