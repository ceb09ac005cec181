// Builds the entities a row's referral and consent values make: a Consent of the victim, an incoming
// Referral (from the referring organisation to the case owner) and an outgoing one (from the case owner
// to the referred organisation), and the Organizations they name, one per exact name in a conversion.
//
// The case owner is the organisation that keeps the rows, which HTCDS does not name: the bundle's
// sender (`FromHtcdsOptions.sender`) stands for it, as an Organization with the sender's name (and the
// sender's `organization` id when it has one), and the bundle's sender then names that Organization.
//
// A referral is of the row's victim, so the Referral names the Person. tipx requires such a referral
// to cite the person's consent to the purpose `referral` (TIPX501/TIPX502 are errors of `validate`):
// a referral is made only when the victim has such a Consent in the bundle (from `con_Consent` with
// `consentGivenOn`). Otherwise its values are not carried and are reported (TIPX712, needing
// `Consent.purposes`): dropping the person from the referral, or making a consent up, would state
// something the input does not say. A referral also needs the organisation on the row's side of it
// (TIPX712, needing `Referral.from` or `Referral.to`), and a status, which HTCDS does not record: a
// referral a row records was at least made, so its status is `proposed` (TIPX709, generated, once).
import type { Party } from "@tipx/schema";
import type { _Reporter } from "../report/_reporter";
import { _ORGANIZATION_KEY, _REFERRAL_SIDES } from "./_links";
import type { _Needs } from "./_needs";
import type { _RowRecords } from "./_read-row";

type Json = Record<string, unknown>;

/** What the entities of one conversion share, across the bundles of a stream. */
export interface _LinkState {
  /** The id of each Organization by its exact name. */
  readonly organizations: Map<string, string>;
  /** The kinds of values generated so far (TIPX709, once each). */
  readonly generated: Set<string>;
}

/** Builds a row's consent, referrals and organisations into one bundle. */
export interface _Linker {
  add(records: _RowRecords, personId: string, caseId: string): void;
  /** The bundle's sender: naming the case owner's Organization when this bundle holds it. */
  sender(): Party;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function setPath(target: Json, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
    node = node[key] as Json;
  }
  node[path.at(-1) ?? ""] = value;
}

/**
 * A linker for one bundle. `id` gives an entity a new id (reporting TIPX709 once per kind), `push` adds
 * an entity to the bundle.
 */
export function _linker(
  reporter: _Reporter,
  sender: Party,
  consentGivenOn: string | undefined,
  state: _LinkState,
  needs: _Needs,
  id: (given: string | undefined, kind: string) => string,
  push: (entity: Json) => void,
): _Linker {
  const inBundle = new Set<string>();
  const consents = new Map<string, Json[]>();
  const referrals: Json[] = [];
  let ownerInBundle = false;

  const organization = (name: string, given?: string): string => {
    let orgId = state.organizations.get(name);
    if (orgId === undefined) {
      orgId = id(given, "Organization");
      state.organizations.set(name, orgId);
    }
    if (!inBundle.has(orgId)) {
      inBundle.add(orgId);
      push({ type: "Organization", id: orgId, name });
    }
    return orgId;
  };

  const owner = (): string => {
    ownerInBundle = true;
    return organization(sender.name, sender.organization);
  };

  const addConsent = (records: _RowRecords, personId: string): void => {
    const values = records.links.consent;
    if (values === undefined || consentGivenOn === undefined) return;
    const content: Json = {
      person: personId,
      purposes: [...values.purposes],
      ...(values.informedOf.length === 0 ? {} : { informedOf: [...values.informedOf] }),
      givenOn: consentGivenOn,
    };
    const known = consents.get(personId) ?? [];
    // Rows of one person (joined by prs_Id) repeat the person's consent: it is made once.
    if (known.some((c) => same(c, { type: "Consent", id: c["id"], ...content }))) return;
    const consent = { type: "Consent", id: id(undefined, "Consent"), ...content };
    consents.set(personId, [...known, consent]);
    push(consent);
  };

  const addReferrals = (records: _RowRecords, personId: string, caseId: string): void => {
    for (const side of _REFERRAL_SIDES) {
      const pending = records.links.referrals[side];
      if (pending.length === 0) continue;
      const place = { row: records.row, sheet: records.sheet };
      const key = _ORGANIZATION_KEY[side];
      const named = pending.find((p) => p.path[0] === key);
      const consent = (consents.get(personId) ?? []).find(
        (c) => Array.isArray(c["purposes"]) && (c["purposes"] as unknown[]).includes("referral"),
      );
      if (named === undefined || consent === undefined) {
        const needed = named === undefined ? `Referral.${key}` : "Consent.purposes";
        for (const p of pending) needs.note(p.column, needed, place);
        continue;
      }
      // The owner first, so that an organisation named like the sender is the owner's.
      const ownerId = owner();
      const other = organization(String(named.value));
      const referral: Json = {
        type: "Referral",
        id: "",
        from: side === "incoming" ? other : ownerId,
        to: side === "incoming" ? ownerId : other,
        person: personId,
        case: caseId,
        status: "proposed",
      };
      for (const p of pending) if (p !== named) setPath(referral, p.path, p.value);
      referral["consent"] = consent["id"];
      reporter.carried(pending.length);
      // Rows of one case and person (joined by cas_Id and prs_Id) repeat its referrals: each is made once.
      if (referrals.some((r) => same({ ...r, id: "" }, referral))) continue;
      referral["id"] = id(undefined, "Referral");
      if (!state.generated.has("Referral.status")) {
        state.generated.add("Referral.status");
        reporter.issue("TIPX709", { field: "Referral.status", change: "generated" }, {});
      }
      referrals.push(referral);
      push(referral);
    }
  };

  return {
    add(records, personId, caseId) {
      addConsent(records, personId);
      addReferrals(records, personId, caseId);
    },
    sender() {
      const ownerId = state.organizations.get(sender.name);
      return ownerInBundle && sender.organization === undefined && ownerId !== undefined
        ? { ...sender, organization: ownerId }
        : sender;
    },
  };
}
