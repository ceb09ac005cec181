// The HTCDS columns of a victim's row that tipx keeps in entities of their own: the referral details
// (an incoming and an outgoing Referral, with the Organizations they name) and the consent checkbox (a
// Consent). Which Referral field each referral column feeds comes from the `htcds` tags of the schema's
// registry (`listFields(Referral)`), not from a list kept here.
import { type CodeList, HTCDS_PICKLISTS, listFields, Referral } from "@tipx/schema";

/** The side of a referral a row records: from another organisation to the case owner, or the other way. */
export type _ReferralSide = "incoming" | "outgoing";

/** The two sides, in the order a row's referrals are built. */
export const _REFERRAL_SIDES: readonly _ReferralSide[] = ["incoming", "outgoing"];

/**
 * The side of each referral column. HTCDS records a referral twice, as the referring organisation's
 * outgoing referral and the receiving one's incoming referral; the tags name the field, the column's
 * name its side.
 */
const SIDE_OF: Readonly<Record<string, _ReferralSide>> = {
  cas_ReferringOrganisation: "incoming",
  cas_IncomingReferralDate: "incoming",
  cas_ReferringPrimaryCaseWorker: "incoming",
  cas_ReasonForIncomingReferral: "incoming",
  cas_IncomingReferralDetails: "incoming",
  cas_ReferredOrganisation: "outgoing",
  cas_ReferredPrimaryCaseWorker: "outgoing",
  cas_ReasonForOutgoingReferral: "outgoing",
  cas_OutgoingReferralDate: "outgoing",
  cas_OutgoingReferralDetails: "outgoing",
};

/** How a referral cell is read: an organisation's name, a partial date, picklist codes, or text. */
export type _ReferralRead =
  | { readonly kind: "organization" }
  | { readonly kind: "date" }
  | { readonly kind: "codes"; readonly list: CodeList }
  | { readonly kind: "text" };

/** One referral column: its side, the key path in the Referral, and how its cells are read. */
export interface _ReferralColumn {
  readonly column: string;
  readonly side: _ReferralSide;
  readonly path: readonly string[];
  readonly read: _ReferralRead;
}

/** The Referral field of the organisation the row names on each side (the other side is the case owner). */
export const _ORGANIZATION_KEY: { readonly [S in _ReferralSide]: "from" | "to" } = {
  incoming: "from",
  outgoing: "to",
};

function readOf(column: string, path: string): _ReferralRead {
  if (path === "from" || path === "to") return { kind: "organization" };
  if (path === "proposedOn") return { kind: "date" };
  const list = HTCDS_PICKLISTS.find((l) => l.htcdsField === column);
  return list === undefined ? { kind: "text" } : { kind: "codes", list };
}

function referralColumns(): _ReferralColumn[] {
  // The deepest tagged field wins: `caseWorkers` carries both case-worker tags, its members one each.
  const byColumn = new Map<string, string>();
  for (const f of listFields(Referral)) {
    const tag = f.meta?.htcds;
    for (const column of tag === undefined ? [] : typeof tag === "string" ? [tag] : tag) {
      const known = byColumn.get(column);
      if (known === undefined || f.path.startsWith(`${known}.`)) byColumn.set(column, f.path);
    }
  }
  // In the standard's order (that of SIDE_OF).
  return Object.entries(SIDE_OF).flatMap(([column, side]): _ReferralColumn[] => {
    const path = byColumn.get(column);
    return path === undefined ? [] : [{ column, side, path: path.split("."), read: readOf(column, path) }];
  });
}

/** The referral columns, in the order a row is written. */
export const _REFERRAL_COLUMNS: readonly _ReferralColumn[] = referralColumns();

/** The referral columns by name. */
export const _REFERRAL_BY_COLUMN: ReadonlyMap<string, _ReferralColumn> = new Map(
  _REFERRAL_COLUMNS.map((c) => [c.column, c]),
);

/** The consent checkbox: the purposes (and what the person was told) of the victim's Consent. */
export const _CONSENT_COLUMN = "con_Consent";
