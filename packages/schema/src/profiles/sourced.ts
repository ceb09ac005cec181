import type { CodeList, CodeMeta } from "../codelists/codelist";

/**
 * Where a profile fact comes from and whether it was checked against a primary source.
 *
 * @example
 * ```ts
 * import type { Sourced } from "@tipx/schema";
 * const fact: Sourced = { source: "python-stdnum stdnum.th.pin", verified: true };
 * ```
 */
export interface Sourced {
  /**
   * The primary document the fact was taken from: the law with its section, the standard with its version
   * and section, the convention, the registry or the published algorithm; a secondary source says so.
   */
  readonly source: string;
  /**
   * `false` when the reference marks the fact as reported, inferred or unverified. Rules that rest on
   * such a fact report warnings rather than errors.
   */
  readonly verified: boolean;
}

/**
 * The metadata of one code of a profile code list: {@link CodeMeta} plus its source and verified flag.
 *
 * @example
 * ```ts
 * import type { SourcedCodeMeta } from "@tipx/schema";
 * const meta: SourcedCodeMeta = {
 *   label: "Bong",
 *   source: "ISO 3166-2 via Debian iso-codes 4.15.0-1",
 *   verified: true,
 * };
 * ```
 */
export interface SourcedCodeMeta extends CodeMeta, Sourced {}

/**
 * A code list whose every code carries {@link Sourced} metadata (or a richer `M`). It is a
 * {@link CodeList}, so `isCode` and every consumer of code lists accept it.
 *
 * @typeParam C - The union of the list's codes.
 * @typeParam M - The metadata each code carries.
 * @example
 * ```ts
 * import type { SourcedCodeList } from "@tipx/schema";
 * import { thaiSubdivisions } from "@tipx/schema";
 * const list: SourcedCodeList<string> = thaiSubdivisions;
 * list.codes.length; // 78
 * ```
 */
export interface SourcedCodeList<C extends string, M extends SourcedCodeMeta = SourcedCodeMeta> extends CodeList<C> {
  /** Metadata for every code, each with its source and verified flag. */
  readonly meta: { readonly [K in C]: M };
}

/**
 * Defines a profile code list, checking at the type level that every code has sourced metadata.
 *
 * @example
 * ```ts
 * import { defineSourcedCodeList } from "@tipx/schema";
 * const list = defineSourcedCodeList({
 *   id: "example.sourced",
 *   name: "Example",
 *   source: "example",
 *   codes: ["a"] as const,
 *   extensible: false,
 *   meta: { a: { label: "A", source: "example", verified: false } },
 * });
 * list.meta.a.verified; // false
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineSourcedCodeList<const C extends string, M extends SourcedCodeMeta>(
  list: SourcedCodeList<C, M>,
): SourcedCodeList<C, M> {
  return list;
}
