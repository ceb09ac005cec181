import { type Bundle, type Consent, isCertainlyBefore } from "@tipx/schema";
import type { ConsentRefusalReason } from "./consent-refusal";

/** Where the data is to go, as `checkConsent` was told. */
export interface _Scope {
  /** The Organization id of the recipient, when known. */
  readonly recipient: string | undefined;
  /** The recipient's country, when known. */
  readonly country: string | undefined;
  /** The day the data is shared (`YYYY-MM-DD`). */
  readonly on: string;
}

/** The reasons a consent that names the purpose can fall short, from the furthest from covering to the nearest. */
const SHORTFALLS = ["withdrawn", "expired", "recipient", "country"] as const;
type Shortfall = (typeof SHORTFALLS)[number];

/** Why a given consent to the use of data that names the purpose does not cover sharing in `scope`. */
function shortfall(consent: Consent, scope: _Scope): Shortfall | undefined {
  // A withdrawal takes effect on its day: it leaves alone only a sharing certainly before it.
  if (consent.withdrawnOn !== undefined && !isCertainlyBefore(scope.on, consent.withdrawnOn)) return "withdrawn";
  // `expiresOn` is the last day the consent holds (Consent.expiresOn).
  if (consent.expiresOn !== undefined && isCertainlyBefore(consent.expiresOn, scope.on)) return "expired";
  // A consent that names its recipients or countries covers no sharing whose recipient or country is unknown.
  if (
    consent.recipients !== undefined &&
    (scope.recipient === undefined || !consent.recipients.includes(scope.recipient))
  )
    return "recipient";
  const countries = consent.countries as readonly string[] | undefined;
  if (countries !== undefined && (scope.country === undefined || !countries.includes(scope.country))) return "country";
  return undefined;
}

/** A refusal in force on the day of sharing: not withdrawn before it. */
function inForce(consent: Consent, on: string): boolean {
  return consent.withdrawnOn === undefined || !isCertainlyBefore(consent.withdrawnOn, on);
}

/**
 * Why the consents of `person` do not allow sharing their data for `purpose` in `scope`, or `undefined`
 * when one does. The rules are those of the validator's TIPX504-506 (packages/schema/src/rules/privacy.ts),
 * applied to the sharing at hand rather than to the bundle's own purpose and recipients.
 *
 * @param consents - every Consent entity of the bundle.
 * @param person - the Person id.
 * @param purpose - the purpose of the sharing.
 * @param scope - the recipient, country and day of the sharing.
 */
export function _refusalReason(
  consents: readonly Consent[],
  person: string,
  purpose: string,
  scope: _Scope,
): ConsentRefusalReason | undefined {
  const own = consents.filter((consent) => consent.person === person);
  const dataUse = own.filter((consent) => consent.kind !== "interview");
  const names = (consent: Consent): boolean => (consent.purposes as readonly string[]).includes(purpose);
  const covering = dataUse.filter((consent) => consent.decision !== "refused" && names(consent));
  const inScope = covering.filter((consent) => shortfall(consent, scope) === undefined);
  // A refusal that names the purpose, or no purpose at all, stands unless a consent in scope was certainly
  // given after it: a later consent replaces an earlier refusal, never the other way round.
  const refusals = dataUse.filter(
    (consent) =>
      consent.decision === "refused" && (consent.purposes.length === 0 || names(consent)) && inForce(consent, scope.on),
  );
  const standing = refusals.some((refusal) => !inScope.some((c) => isCertainlyBefore(refusal.givenOn, c.givenOn)));
  if (standing) return "refused";
  if (inScope.length > 0) return undefined;
  if (covering.length === 0) return own.length > 0 && dataUse.length === 0 ? "interview-only" : "no-consent";
  // Of several consents that fall short, the reason of the one that came nearest to covering the sharing.
  const ranks = covering.map((consent) => SHORTFALLS.indexOf(shortfall(consent, scope) ?? "withdrawn"));
  return SHORTFALLS[Math.max(...ranks)];
}

/** The Person ids of the victims and presumed victims of the bundle's cases, each once, in bundle order. */
export function _victims(bundle: Bundle): string[] {
  const persons = new Set(bundle.entities.filter((entity) => entity.type === "Person").map((entity) => entity.id));
  const victims = new Set<string>();
  for (const entity of bundle.entities) {
    if (entity.type !== "Case") continue;
    for (const party of entity.parties) {
      const victim = party.roles.includes("victim") || party.roles.includes("presumed-victim");
      // A party that names no Person of the bundle has no data in it to share (TIPX402 reports it).
      if (victim && persons.has(party.person)) victims.add(party.person);
    }
  }
  return [...victims];
}
