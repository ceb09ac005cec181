import type { ProfileCode } from "../profile-code";
import { defineSourcedCodeList, type SourcedCodeList, type SourcedCodeMeta } from "../sourced";

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
  /**
   * The ISO 3166-2 name (romanised for Thailand). The name in the country's language and script is the
   * subdivision's label in that language's catalogue: `codeLabel(thaiSubdivisions, "TH-63", th)` is "ตาก".
   */
  readonly name: string;
  /** The kind of subdivision. */
  readonly type: SubdivisionType;
}

/** The subdivisions of one country: an ISO 3166-2 code list with {@link SubdivisionMeta} per code. */
export type SubdivisionList<C extends string = string> = SourcedCodeList<C, SubdivisionMeta>;

/** What a subdivision row states; the label and the country are filled in by the list. */
export type _SubdivisionRow = Omit<SubdivisionMeta, "label" | "country">;

/**
 * One row of a generated subdivision table (`<cc>.generated.ts`, made from
 * `packages/schema/data/subdivisions/<CC>.csv` by `pnpm run generate`).
 */
export interface _SubdivisionTableRow {
  readonly name: string;
  readonly type: SubdivisionType;
  /** `true` where the name in the country's language is not in iso-codes but was filled in by a researcher. */
  readonly localNameFilledByHand: boolean;
}

/**
 * The rows of a generated subdivision table with their source: a local name filled in by hand is
 * `verified: false` and cites `handFilledSource`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function _subdivisionRows<const C extends string>(
  table: { readonly [K in C]: _SubdivisionTableRow },
  source: string,
  handFilledSource = `${source}; local name filled in by hand`,
): { readonly [K in C]: _SubdivisionRow } {
  const rows = {} as { [K in C]: _SubdivisionRow };
  for (const code of Object.keys(table) as C[]) {
    const { localNameFilledByHand, ...names } = table[code];
    rows[code] = localNameFilledByHand
      ? { ...names, source: handFilledSource, verified: false }
      : { ...names, source, verified: true };
  }
  return rows;
}

/** Builds a subdivision list, deriving each label from its names. */
/* @__NO_SIDE_EFFECTS__ */
export function _defineSubdivisions<const C extends string>(list: {
  readonly country: ProfileCode;
  readonly name: string;
  readonly source: string;
  readonly codes: readonly C[];
  readonly rows: { readonly [K in C]: _SubdivisionRow };
}): SubdivisionList<C> {
  const meta = {} as { [K in C]: SubdivisionMeta };
  for (const code of list.codes) {
    const row = list.rows[code];
    // The label is the ISO name; the catalogues hold the name in each language (for Thailand the Thai
    // name; elsewhere the sources give no Thai transliteration, so the Thai catalogue repeats the ISO name).
    meta[code] = { ...row, country: list.country, label: row.name };
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
