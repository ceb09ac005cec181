import type { Bundle } from "../model/bundle";
import type { Consent } from "../model/consent";
import { isCertainlyBefore } from "../model/partial-date-range";
import type { BundleIndex, PathSegment, Rule, RuleContext } from "./rule";

/** Purposes for which a bundle must carry no direct identifier. */
const ANONYMOUS_PURPOSES = /* @__PURE__ */ new Set(["statistics", "research"]);
/** Purposes for which each victim needs a consent covering the purpose. */
const CONSENTED_PURPOSES = /* @__PURE__ */ new Set(["referral", "cross-border-transfer"]);

function checkReferralConsents(bundle: Bundle, context: RuleContext, index: BundleIndex): void {
  bundle.entities.forEach((e, n) => {
    if (e.type !== "Referral" || !e.person) return;
    if (!e.consent) {
      context.report("TIPX501", ["entities", n], {});
      return;
    }
    const hit = index.byId.get(e.consent);
    if (hit?.entity.type !== "Consent") return; // TIPX402 / TIPX403 already say why
    const consent = hit.entity;
    const path: PathSegment[] = ["entities", n, "consent"];
    if (consent.person !== e.person) context.report("TIPX502", path, { reason: "person" });
    else if (!consent.purposes.includes("referral")) context.report("TIPX502", path, { reason: "purpose" });
    else if (consent.withdrawnOn && (!e.proposedOn || !isCertainlyBefore(e.proposedOn, consent.withdrawnOn))) {
      context.report("TIPX502", path, { reason: "withdrawn" });
    }
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
    } else if (e.type === "Referral") {
      flag(e.caseWorkers, "caseWorkers");
    }
  });
}

function checkPurposeConsents(bundle: Bundle, context: RuleContext, index: BundleIndex): void {
  const purpose = bundle.purpose;
  const covered = new Set<string>();
  for (const e of bundle.entities) {
    if (e.type === "Consent" && !e.withdrawnOn && (e.purposes as readonly string[]).includes(purpose))
      covered.add((e as Consent).person);
  }
  const reported = new Set<string>();
  for (const e of bundle.entities) {
    if (e.type !== "Case") continue;
    for (const party of e.parties) {
      const victim = party.roles.includes("victim") || party.roles.includes("presumed-victim");
      if (!victim || covered.has(party.person) || reported.has(party.person)) continue;
      const hit = index.byId.get(party.person);
      if (hit?.entity.type !== "Person") continue;
      reported.add(party.person);
      context.report("TIPX504", ["entities", hit.index], { purpose });
    }
  }
}

/**
 * Referrals rely on a matching consent (TIPX501, TIPX502); statistics and research bundles carry no
 * direct identifiers (TIPX503); referral and cross-border bundles have each victim's consent (TIPX504).
 */
export const checkPrivacy: Rule = (bundle: Bundle, context: RuleContext) => {
  const { index } = context;
  checkReferralConsents(bundle, context, index);
  if (ANONYMOUS_PURPOSES.has(bundle.purpose)) checkDirectIdentifiers(bundle, context);
  if (CONSENTED_PURPOSES.has(bundle.purpose)) checkPurposeConsents(bundle, context, index);
};
