import type { Translated } from "../../i18n/lang";
import { defineSourcedCodeList, type SourcedCodeList, type SourcedCodeMeta } from "../_sourced";
import type { ProfileCode } from "../profile-code";

/**
 * The kinds of first-level subdivision in the four profile countries, spelled as iso-codes spells them.
 *
 * @example
 * ```ts
 * import { SUBDIVISION_TYPES } from "@tipx/schema";
 * SUBDIVISION_TYPES.includes("County"); // true
 * ```
 */
export const SUBDIVISION_TYPES = [
  "Province",
  "Metropolitan administration",
  "Special administrative city",
  "City",
  "Department",
  "Capital",
  "County",
] as const;

/** A kind of first-level subdivision, such as `"Province"` or `"County"`. */
export type SubdivisionType = (typeof SUBDIVISION_TYPES)[number];

/**
 * What tipx knows about one ISO 3166-2 subdivision.
 *
 * @example
 * ```ts
 * import { thaiSubdivisions } from "@tipx/schema";
 * thaiSubdivisions.meta["TH-S"].type; // "Special administrative city"
 * ```
 */
export interface SubdivisionMeta extends SourcedCodeMeta {
  /** The country the subdivision belongs to. */
  readonly country: ProfileCode;
  /** The ISO 3166-2 name (romanised for Thailand). */
  readonly name: string;
  /** The name in the country's language and script (Thai for Thailand; the ISO name elsewhere). */
  readonly localName: string;
  /** The kind of subdivision. */
  readonly type: SubdivisionType;
}

/** The subdivisions of one country: an ISO 3166-2 code list with {@link SubdivisionMeta} per code. */
export type SubdivisionList<C extends string = string> = SourcedCodeList<C, SubdivisionMeta>;

/** What a subdivision row states; the label and the country are filled in by the list. */
export type _SubdivisionRow = Omit<SubdivisionMeta, "label" | "country">;

/** Builds a subdivision list, deriving each label from its names. */
/* @__NO_SIDE_EFFECTS__ */
export function _defineSubdivisions<const C extends string>(list: {
  readonly country: ProfileCode;
  readonly name: Translated;
  readonly source: string;
  readonly codes: readonly C[];
  readonly rows: { readonly [K in C]: _SubdivisionRow };
}): SubdivisionList<C> {
  const meta = {} as { [K in C]: SubdivisionMeta };
  for (const code of list.codes) {
    const row = list.rows[code];
    // Thai names exist only for Thailand; elsewhere the ISO name is the local (Spanish or English) name
    // and no Thai transliteration is in the sources, so every language shows it.
    const th = list.country === "TH" ? row.localName : row.name;
    meta[code] = { ...row, country: list.country, label: { en: row.name, th, es: row.name } };
  }
  return defineSourcedCodeList<C, SubdivisionMeta>({
    id: `iso3166-2.${list.country}`,
    name: list.name,
    source: list.source,
    codes: list.codes,
    extensible: false,
    meta,
  });
}
