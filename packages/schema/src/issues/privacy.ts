import { _cap, _the } from "./_words";
import type { Names } from "./issue";
import { defineIssue } from "./issue";

/**
 * Issue codes TIPX5xx: privacy and consent.
 *
 * @example
 * ```ts
 * import { PRIVACY_ISSUES } from "@tipx/schema";
 * PRIVACY_ISSUES.TIPX501.severity; // "error"
 * ```
 */
/** Why a consent does not cover a referral (TIPX502). */
export type ConsentMismatch =
  | "person"
  | "kind"
  | "refused"
  | "purpose"
  | "withdrawn"
  | "expired"
  | "recipient"
  | "country";

const CONSENT_MISMATCH_PHRASES: Readonly<Record<ConsentMismatch, (n: Names) => string>> = {
  person: () => "is another person's",
  kind: (n) => `is a consent to “${n.code("tipx.consent-kind", "interview")}” only, not to the use and sharing of data`,
  refused: () => "is a refusal",
  purpose: (n) => `does not include the purpose “${n.code("tipx.consent-purpose", "referral")}”`,
  withdrawn: () => "was withdrawn before the referral",
  expired: () => "expired before the referral",
  recipient: () => "does not name the organisation referred to among its recipients",
  country: () => "does not include the country of the organisation referred to",
};

export const PRIVACY_ISSUES = {
  TIPX501: defineIssue({
    severity: "error",
    title: "Referral without consent",
    message: () => "The referral names a person, but no consent that it relies on.",
    explanation:
      "Referring a person shares their data with another organisation, which needs their informed consent for the purpose `referral`. Record a Consent entity and cite it in the referral's `consent` field.",
  }),
  TIPX502: defineIssue<{ readonly reason: ConsentMismatch }>({
    severity: "error",
    title: "Consent does not cover the referral",
    message: (p, n) => `The referral's consent ${CONSENT_MISMATCH_PHRASES[p.reason](n)}.`,
    explanation:
      "The Consent a referral cites must be the referred person's consent to the use of data (not only to an interview), given and not refused, include the purpose `referral`, not have been withdrawn on or before the referral date nor expired before it, and, when it names its recipients or countries, include the organisation referred to and its country.",
  }),
  TIPX503: defineIssue<{ readonly field: string; readonly purpose: string }>({
    severity: "error",
    title: "Identifiers in a statistics payload",
    message: (p, n) =>
      `${_cap(_the(n, p.field))} is a direct identifier and must not be sent for the purpose “${n.code("tipx.consent-purpose", p.purpose)}”.`,
    explanation:
      "A bundle whose purpose is `statistics` or `research` must not carry direct identifiers (names, identity numbers, phones, e-mail, street addresses, coordinates, local identifiers). Leave these fields out of the bundle before sending it, or send it for a purpose the person consented to.",
  }),
  TIPX504: defineIssue<{ readonly field: string; readonly purpose: string }>({
    severity: "warning",
    title: "No consent for the bundle's purpose",
    message: (p, n) =>
      `No consent in the bundle covers this person for the purpose “${n.code("tipx.consent-purpose", p.purpose)}”.`,
    explanation:
      'A bundle sent for `referral` or `cross-border-transfer` names a person who is a victim or presumed victim but has no Consent (not withdrawn) with that purpose. A warning, since the legal basis may lie outside the bundle; under `level: "strict"` it is an error.',
  }),
  TIPX505: defineIssue<{ readonly field: string; readonly purpose: string }>({
    severity: "error",
    title: "Consent refused for the bundle's purpose",
    message: (p, n) =>
      `This person refused consent for the purpose “${n.code("tipx.consent-purpose", p.purpose)}”, the purpose of the bundle.`,
    explanation:
      "A Consent with `decision: \"refused\"` that names the bundle's purpose (or names no purpose: refused for everything), and that was not withdrawn, forbids sending the person's data for that purpose. Leave the person out of the bundle.",
  }),
  TIPX506: defineIssue<{
    readonly field: string;
    readonly purpose: string;
    readonly reason: "expired" | "recipient" | "country";
  }>({
    severity: "warning",
    title: "Consent does not reach the recipient",
    message: (p, n) =>
      `This person's consent for the purpose “${n.code("tipx.consent-purpose", p.purpose)}” ${p.reason === "expired" ? "expired before the bundle was created" : p.reason === "recipient" ? "does not name a recipient of the bundle" : "does not include the country of a recipient of the bundle"}.`,
    explanation:
      "The person consented for the bundle's purpose, but the consent expired before the bundle's `createdAt`, or it names the only recipients or countries the data may go to and a recipient of the bundle (its `recipients`, by organisation id or country) is not among them. A warning, since the legal basis may lie outside the bundle; under `level: \"strict\"` it is an error.",
  }),
} as const;
