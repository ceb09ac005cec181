import type { TableRow } from "../table/index";
import { _COLUMN_SPECS, type _Target } from "./_column-map";
import { _CONSENT_COLUMN, _REFERRAL_COLUMNS } from "./_links";

export type { HtcdsColumn, HtcdsColumnInfo } from "./columns.generated";
export { HTCDS_COLUMN_INFO, HTCDS_COLUMNS } from "./columns.generated";

/**
 * One HTCDS row: a victim's case record, its cells keyed by HTCDS 2.0 field name, multi-select values
 * joined with `;`.
 *
 * @example
 * ```ts
 * import type { HtcdsRow } from "@tipx/convert";
 * const row: HtcdsRow = { prs_FirstName: "Somchai", vic_TypeOfExploitation: "ForcedLabour;ChildLabour" };
 * ```
 */
export type HtcdsRow = TableRow;

const TARGET_PATHS: { readonly [T in _Target]: string } = {
  person: "Person",
  victim: "Case.parties[].victim",
  perpetrator: "Case.parties[].perpetrator",
  case: "Case",
  event: "Case.events[]",
  plan: "Case.supportPlans[]",
  comment: "Case.comments[]",
};

/**
 * The tipx field each HTCDS column of a victim's row is read into and written from, as
 * `Entity.path` (`"Person.names.given"`, `"Case.parties[].victim.exploitationTypes"`); the referral
 * details go to a Referral (`"Referral.proposedOn"`), the consent checkbox to a Consent. Columns not in
 * it (the organisation table) are not carried.
 *
 * @example
 * ```ts
 * import { HTCDS_COLUMN_FIELDS } from "@tipx/convert";
 * HTCDS_COLUMN_FIELDS.prs_Citizenship; // "Person.citizenships"
 * ```
 */
export const HTCDS_COLUMN_FIELDS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries([
    ..._COLUMN_SPECS.map((s) => [s.column, `${TARGET_PATHS[s.target]}.${s.path.join(".")}`]),
    ..._REFERRAL_COLUMNS.map((c) => [c.column, `Referral.${c.path.join(".")}`]),
    [_CONSENT_COLUMN, "Consent.purposes"],
  ]),
);
