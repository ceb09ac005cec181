import type { ProfileCode } from "../profile-code";
import { defineSourcedCodeList, type SourcedCodeList, type SourcedCodeMeta } from "../sourced";

/**
 * The kinds of legal instrument the profiles list.
 *
 * @example
 * ```ts
 * import { INSTRUMENT_KINDS } from "@tipx/schema";
 * INSTRUMENT_KINDS.includes("emergency-decree"); // true
 * ```
 */
export const INSTRUMENT_KINDS = ["act", "amending-act", "emergency-decree", "code"] as const;

/** A kind of legal instrument: `"act"`, `"amending-act"`, `"emergency-decree"` or `"code"`. */
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/**
 * The sections of one legal instrument that tipx's sources describe, as a code list (codes such as
 * `s6/1` or `art145bis`). The list is partial: a real section may be missing.
 *
 * @example
 * ```ts
 * import type { LegalSectionList } from "@tipx/schema";
 * import { thaiLegalInstruments } from "@tipx/schema";
 * const sections: LegalSectionList = thaiLegalInstruments.meta["TH-ATIPA-2551"].sections;
 * sections.codes.includes("s6/1"); // true
 * ```
 */
export type LegalSectionList = SourcedCodeList<string>;

/**
 * What tipx knows about one legal instrument: its country, kind, citation, dates, the instrument it
 * amends and its sections.
 *
 * @example
 * ```ts
 * import { argentineLegalInstruments } from "@tipx/schema";
 * argentineLegalInstruments.meta["AR-LEY-26842"].amends; // ["AR-LEY-26364", "AR-CODIGO-PENAL"]
 * ```
 */
export interface LegalInstrumentMeta extends SourcedCodeMeta {
  /** The country whose law it is. */
  readonly country: ProfileCode;
  /** The kind of instrument. */
  readonly kind: InstrumentKind;
  /** The title in the country's own language where the sources give it, otherwise in English. */
  readonly citation: string;
  /** Key dates, ISO 8601, where the sources give them. */
  readonly dates?: {
    /** When it was signed, sanctioned or enacted. */
    readonly enacted?: string;
    /** When it was promulgated or published in the official gazette. */
    readonly published?: string;
    /** When it came into force. */
    readonly inForce?: string;
  };
  /** The instruments it amends. */
  readonly amends?: readonly string[];
  /** Its sections that tipx knows (a partial list). */
  readonly sections: LegalSectionList;
}

/** The legal instruments of one country, as a code list with {@link LegalInstrumentMeta} per code. */
export type LegalInstrumentList<C extends string = string> = SourcedCodeList<C, LegalInstrumentMeta>;

/** Builds the section list of an instrument. */
/* @__NO_SIDE_EFFECTS__ */
export function _sections<const S extends string>(
  instrument: string,
  source: string,
  meta: { readonly [K in S]: SourcedCodeMeta },
): LegalSectionList {
  return defineSourcedCodeList<S, SourcedCodeMeta>({
    id: `law.${instrument}.sections`,
    name: `Sections of ${instrument}`,
    source,
    codes: Object.keys(meta) as S[],
    // Charges may cite sections the sources do not describe; the profile rule warns rather than errs.
    extensible: true,
    meta,
  });
}

/** A section list with no entries, for amending instruments cited as a whole. */
export function _noSections(instrument: string, source: string): LegalSectionList {
  return _sections(instrument, source, {});
}

/** The English label of a numbered section (`Section 6/1`); catalogues hold `มาตรา 6/1` and `Sección 6/1`. */
export function _sectionLabel(number: string): string {
  return `Section ${number}`;
}

/** The English label of a numbered article (`Article 145 bis`); catalogues hold `มาตรา 145 ทวิ`. */
export function _articleLabel(number: string): string {
  return `Article ${number}`;
}

/** Builds a country's list of legal instruments. */
/* @__NO_SIDE_EFFECTS__ */
export function _defineInstruments<const C extends string>(list: {
  readonly country: ProfileCode;
  readonly name: string;
  readonly source: string;
  readonly codes: readonly C[];
  readonly meta: { readonly [K in C]: LegalInstrumentMeta };
}): LegalInstrumentList<C> {
  return defineSourcedCodeList<C, LegalInstrumentMeta>({
    id: `law.${list.country}`,
    name: list.name,
    source: list.source,
    codes: list.codes,
    // Other laws can be charged too: the list holds the anti-trafficking acts and the laws charged beside them.
    extensible: true,
    meta: list.meta,
  });
}
