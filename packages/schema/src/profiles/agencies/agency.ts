import type { ProfileCode } from "../profile-code";
import { defineSourcedCodeList, type SourcedCodeList, type SourcedCodeMeta } from "../sourced";

/**
 * What an agency does in anti-trafficking work, as far as the sources say.
 *
 * @example
 * ```ts
 * import { AGENCY_ROLES } from "@tipx/schema";
 * AGENCY_ROLES.includes("prosecution"); // true
 * ```
 */
export const AGENCY_ROLES = [
  "coordination",
  "law-enforcement",
  "prosecution",
  "victim-assistance",
  "labour",
  "migration",
  "foreign-affairs",
  "civil-registration",
  "government-ministry",
] as const;

/** A role of an agency, such as `"prosecution"`. */
export type AgencyRole = (typeof AGENCY_ROLES)[number];

/**
 * What tipx knows about one agency: its country, roles, and the bodies it belongs to or sits on. Its
 * `label` is the English name; its official name in the country's language is its label in that
 * language's catalogue (`codeLabel(thaiAgencies, "TH-DOPA", th)` is "กรมการปกครอง").
 *
 * @example
 * ```ts
 * import { argentineAgencies } from "@tipx/schema";
 * argentineAgencies.meta["AR-PROTEX"].partOf; // "AR-MPF"
 * ```
 */
export interface AgencyMeta extends SourcedCodeMeta {
  /** The agency's country. */
  readonly country: ProfileCode;
  /** What it does in anti-trafficking work. */
  readonly roles: readonly AgencyRole[];
  /** The agency code of the body it is part of (a ministry or prosecution service). */
  readonly partOf?: string;
  /** The agency codes of the coordination bodies it sits on. */
  readonly memberOf?: readonly string[];
}

/** The agencies of one country, as a code list with {@link AgencyMeta} per code. */
export type AgencyList<C extends string = string> = SourcedCodeList<C, AgencyMeta>;

/** Builds a country's agency list. */
/* @__NO_SIDE_EFFECTS__ */
export function _defineAgencies<const C extends string>(list: {
  readonly country: ProfileCode;
  readonly name: string;
  readonly source: string;
  readonly codes: readonly C[];
  readonly meta: { readonly [K in C]: AgencyMeta };
}): AgencyList<C> {
  return defineSourcedCodeList<C, AgencyMeta>({
    id: `agencies.${list.country}`,
    name: list.name,
    source: list.source,
    codes: list.codes,
    // Many more bodies take part in practice; organisations outside the list leave `agency` out.
    extensible: false,
    meta: list.meta,
  });
}
