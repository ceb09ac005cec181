import type { IdentificationProcedure } from "../../codelists/identification";
import type { ProfileCode } from "../profile-code";
import { defineSourcedCodeList, type Sourced, type SourcedCodeList, type SourcedCodeMeta } from "../sourced";

/**
 * What a fact the references only report would be checked against: the primary text that would turn it
 * into `verified: true`.
 */
interface Checkable {
  /** The primary document to check the fact against, when it is `verified: false`. */
  readonly verifyAgainst?: string;
}

/**
 * The instrument a procedure or a protection period rests on: its citation and, where tipx lists it, its
 * code among the profile's referral mechanisms (`TH-NRM-2565`) or legal instruments (`TH-ATIPA-2551`).
 *
 * @example
 * ```ts
 * import { profiles } from "@tipx/schema";
 * profiles.TH.identification.procedures.meta["labour-screening"]?.instrument.section; // "s6/1"
 * ```
 */
export interface IdentificationInstrument {
  /** The instrument's title, in English, with its section where it has one. */
  readonly citation: string;
  /** Its code in the profile's `identification.referralMechanisms` or `law` list. */
  readonly code?: string;
  /** The section, for an instrument of the `law` list (`s6/1`). */
  readonly section?: string;
}

/**
 * What tipx knows about a country's national referral mechanism: how victims are identified and referred
 * to assistance. Its `label` is the English name; the name in the country's language is its label in that
 * language's catalogue (`codeLabel(list, "TH-NRM-2565", th)`).
 *
 * @example
 * ```ts
 * import { profiles } from "@tipx/schema";
 * profiles.TH.identification.referralMechanisms.meta["TH-NRM-2565"]?.issuedBy; // "TH-ATP-CSC"
 * ```
 */
export interface ReferralMechanismMeta extends SourcedCodeMeta, Checkable {
  /** The mechanism's country. */
  readonly country: ProfileCode;
  /** The title of the instrument that sets it up, in English, where the sources give it. */
  readonly citation?: string;
  /** The agency code of the body that issued it. */
  readonly issuedBy?: string;
  /** When it was approved, as a partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), where the sources say. */
  readonly approved?: string;
}

/** The national referral mechanisms of one country, as a code list with {@link ReferralMechanismMeta}. */
export type ReferralMechanismList<C extends string = string> = SourcedCodeList<C, ReferralMechanismMeta>;

/**
 * What tipx knows about one identification procedure (a code of `tipx.identification-procedure`) as one
 * country applies it. Its `label` is the procedure's national name in English; the name in the
 * country's language is its label in that language's catalogue.
 *
 * @example
 * ```ts
 * import { profiles } from "@tipx/schema";
 * profiles.TH.identification.procedures.meta["multidisciplinary-team"]?.verified; // false
 * ```
 */
export interface IdentificationProcedureMeta extends SourcedCodeMeta, Checkable {
  /** The instrument the procedure rests on. */
  readonly instrument: IdentificationInstrument;
  /** The agency codes of the bodies that carry it out, where the sources name them. */
  readonly conductedBy?: readonly string[];
  /** The form the procedure uses, by its national name (`Ror.Bor. 1`). */
  readonly form?: string;
  /** Whether formal identification by this procedure is needed for the full range of victim services. */
  readonly requiredForVictimServices?: boolean;
}

/**
 * The identification procedures that apply in one country, keyed by their code in
 * `tipx.identification-procedure`; a procedure the country's sources do not describe is left out.
 */
export type IdentificationProcedureList = SourcedCodeList<string, IdentificationProcedureMeta>;

/**
 * The protection period a country's referral mechanism gives a potential victim before identification:
 * its length in days, the instrument that fixes it, and its source.
 *
 * @example
 * ```ts
 * import { profiles } from "@tipx/schema";
 * profiles.TH.identification.protectionPeriod?.days; // 15
 * ```
 */
export interface ProtectionPeriodFacts extends Sourced, Checkable {
  /** The longest period, in days, that the mechanism gives. */
  readonly days: number;
  /** What the period is, in English. */
  readonly definition: string;
  /** The instrument that fixes it. */
  readonly instrument: IdentificationInstrument;
}

/**
 * How a country identifies victims of trafficking, as far as tipx's sources describe it: its national
 * referral mechanisms, the identification procedures that apply there, and the protection period before
 * identification where the mechanism fixes one. Countries whose sources describe none have empty lists
 * and no `protectionPeriod`.
 *
 * @example
 * ```ts
 * import { profiles } from "@tipx/schema";
 * profiles.TH.identification.procedures.codes; // ["multidisciplinary-team", "labour-screening"]
 * profiles.AR.identification.protectionPeriod; // undefined
 * ```
 */
export interface IdentificationFacts {
  /** The national referral mechanisms (list id `referral-mechanisms.<country>`, codes prefixed with the country). */
  readonly referralMechanisms: ReferralMechanismList;
  /** The procedures that apply in the country (list id `identification-procedures.<country>`). */
  readonly procedures: IdentificationProcedureList;
  /** The protection period before identification, where the country's mechanism fixes its length. */
  readonly protectionPeriod?: ProtectionPeriodFacts;
}

/** Builds a country's identification facts: its two code lists, and its protection period if it has one. */
/* @__NO_SIDE_EFFECTS__ */
export function _defineIdentification<const M extends string, const P extends IdentificationProcedure>(facts: {
  readonly country: ProfileCode;
  readonly countryName: string;
  readonly source: string;
  readonly referralMechanisms: { readonly [K in M]: ReferralMechanismMeta };
  readonly procedures: { readonly [K in P]: IdentificationProcedureMeta };
  readonly protectionPeriod?: ProtectionPeriodFacts;
}): IdentificationFacts {
  const { country, countryName, source } = facts;
  return {
    referralMechanisms: defineSourcedCodeList<M, ReferralMechanismMeta>({
      id: `referral-mechanisms.${country}`,
      name: `${countryName} national referral mechanisms`,
      source,
      codes: Object.keys(facts.referralMechanisms) as M[],
      // Data does not cite referral mechanisms by code yet; the list is the profile's description.
      extensible: false,
      meta: facts.referralMechanisms,
    }),
    procedures: defineSourcedCodeList<P, IdentificationProcedureMeta>({
      id: `identification-procedures.${country}`,
      name: `${countryName} victim identification procedures`,
      source,
      codes: Object.keys(facts.procedures) as P[],
      // Every code of `tipx.identification-procedure` is valid data anywhere; this list says which the
      // country's sources describe.
      extensible: true,
      meta: facts.procedures,
    }),
    ...(facts.protectionPeriod === undefined ? {} : { protectionPeriod: facts.protectionPeriod }),
  };
}

/**
 * The identification facts of a country whose sources describe no referral mechanism, procedure or
 * protection period: empty lists.
 */
/* @__NO_SIDE_EFFECTS__ */
export function _noIdentification(country: ProfileCode, countryName: string): IdentificationFacts {
  return _defineIdentification({
    country,
    countryName,
    source: "No identification procedure of the country described in tipx's sources",
    referralMechanisms: {},
    procedures: {},
  });
}
