import type { ConsentMismatch } from "../issues/privacy";
import type { Bundle } from "../model/bundle";
import type { Consent } from "../model/consent";
import { isCertainlyBefore } from "../model/partial-date-range";
import type { Referral } from "../model/referral";
import type { BundleIndex, PathSegment, Rule, RuleContext } from "./rule";

/** Purposes for which a bundle must carry no direct identifier. */
const ANONYMOUS_PURPOSES = /* @__PURE__ */ new Set(["statistics", "research"]);
/** Purposes for which each victim needs a consent covering the purpose. */
const CONSENTED_PURPOSES = /* @__PURE__ */ new Set(["referral", "cross-border-transfer"]);

/** Why `consent` does not cover `referral`, or undefined when it does (TIPX502). */
function referralMismatch(consent: Consent, referral: Referral, index: BundleIndex): ConsentMismatch | undefined {
  if (consent.person !== referral.person) return "person";
  if (consent.kind === "interview") return "kind";
  if (consent.decision === "refused") return "refused";
  if (!consent.purposes.includes("referral")) return "purpose";
  const day = referral.proposedOn;
  if (consent.withdrawnOn && (!day || !isCertainlyBefore(day, consent.withdrawnOn))) return "withdrawn";
  if (consent.expiresOn && isCertainlyBefore(consent.expiresOn, day ?? index.bundleDay)) return "expired";
  if (consent.recipients && !consent.recipients.includes(referral.to)) return "recipient";
  const to = index.byId.get(referral.to)?.entity;
  const country = to?.type === "Organization" ? to.country : undefined;
  if (consent.countries && country && !(consent.countries as readonly string[]).includes(country)) return "country";
  return undefined;
}

function checkReferralConsents(bundle: Bundle, context: RuleContext, index: BundleIndex): void {
  bundle.entities.forEach((e, n) => {
    if (e.type !== "Referral" || !e.person) return;
    if (!e.consent) {
      context.report("TIPX501", ["entities", n], {});
      return;
    }
    const hit = index.byId.get(e.consent);
    if (hit?.entity.type !== "Consent") return; // TIPX402 / TIPX403 already say why
    const reason = referralMismatch(hit.entity, e, index);
    if (reason) context.report("TIPX502", ["entities", n, "consent"], { reason });
  });
}

function checkDirectIdentifiers(bundle: Bundle, context: RuleContext): void {
  const purpose = bundle.purpose;
  bundle.entities.forEach((e, n) => {
    const flag = (present: unknown, ...rest: PathSegment[]): void => {
      if (present !== undefined) context.report("TIPX503", ["entities", n, ...rest], { purpose });
    };
    flag(e.identifiers, "identifiers");
    if (e.type === "Person") {
      flag(e.names, "names");
      flag(e.identityDocuments, "identityDocuments");
      flag(e.phones, "phones");
      flag(e.email, "email");
      flag(e.address?.lines, "address", "lines");
      flag(e.address?.latitude ?? e.address?.longitude, "address", "latitude");
    } else if (e.type === "Case") {
      flag(e.caseWorker?.staffId, "caseWorker", "staffId");
    } else if (e.type === "Referral") {
      flag(e.caseWorkers, "caseWorkers");
    }
  });
}

/** Why a consent that covers the bundle's purpose does not reach its recipients, if it does not (TIPX506). */
function scopeMismatch(consent: Consent, bundle: Bundle, day: string): "expired" | "recipient" | "country" | undefined {
  if (consent.expiresOn && isCertainlyBefore(consent.expiresOn, day)) return "expired";
  const recipients = bundle.recipients ?? [];
  const allowed = consent.recipients;
  if (allowed && recipients.some((r) => r.organization === undefined || !allowed.includes(r.organization)))
    return "recipient";
  const countries = consent.countries as readonly string[] | undefined;
  if (countries && recipients.some((r) => r.country !== undefined && !countries.includes(r.country))) return "country";
  return undefined;
}

/** What the consents of one person say about one purpose. */
interface PurposeConsents {
  /** Given, unwithdrawn consents to the use of data that name the purpose. */
  readonly covering: Consent[];
  /** Unwithdrawn refusals that name the purpose or no purpose at all. */
  readonly refusals: Consent[];
}

function consentsFor(bundle: Bundle, purpose: string): Map<string, PurposeConsents> {
  const byPerson = new Map<string, PurposeConsents>();
  for (const e of bundle.entities) {
    if (e.type !== "Consent" || e.withdrawnOn || e.kind === "interview") continue;
    const purposes = e.purposes as readonly string[];
    const refused = e.decision === "refused";
    if (!(refused ? purposes.length === 0 || purposes.includes(purpose) : purposes.includes(purpose))) continue;
    const entry = byPerson.get(e.person) ?? { covering: [], refusals: [] };
    byPerson.set(e.person, entry);
    (refused ? entry.refusals : entry.covering).push(e);
  }
  return byPerson;
}

function checkPurposeConsents(bundle: Bundle, context: RuleContext, index: BundleIndex): void {
  const purpose = bundle.purpose;
  const consents = consentsFor(bundle, purpose);
  const reported = new Set<string>();
  for (const e of bundle.entities) {
    if (e.type !== "Case") continue;
    for (const party of e.parties) {
      const victim = party.roles.includes("victim") || party.roles.includes("presumed-victim");
      if (!victim || reported.has(party.person)) continue;
      const hit = index.byId.get(party.person);
      if (hit?.entity.type !== "Person") continue;
      reported.add(party.person);
      const path = ["entities", hit.index];
      const { covering = [], refusals = [] } = consents.get(party.person) ?? {};
      // A refusal stands unless a consent was certainly given after it.
      const standing = refusals.some((r) => !covering.some((c) => isCertainlyBefore(r.givenOn, c.givenOn)));
      if (standing) context.report("TIPX505", path, { purpose });
      else if (covering.length === 0) context.report("TIPX504", path, { purpose });
      else {
        const reasons = covering.map((c) => scopeMismatch(c, bundle, index.bundleDay));
        const reason = reasons.every((r) => r !== undefined) ? reasons[0] : undefined;
        if (reason) context.report("TIPX506", path, { purpose, reason });
      }
    }
  }
}

/**
 * Referrals rely on a matching consent, in scope and unexpired (TIPX501, TIPX502); statistics and
 * research bundles carry no direct identifiers (TIPX503); referral and cross-border bundles have each
 * victim's consent (TIPX504), no standing refusal (TIPX505), and a consent that reaches the bundle's
 * recipients before it expires (TIPX506).
 */
export const checkPrivacy: Rule = (bundle: Bundle, context: RuleContext) => {
  const { index } = context;
  checkReferralConsents(bundle, context, index);
  if (ANONYMOUS_PURPOSES.has(bundle.purpose)) checkDirectIdentifiers(bundle, context);
  if (CONSENTED_PURPOSES.has(bundle.purpose)) checkPurposeConsents(bundle, context, index);
};
