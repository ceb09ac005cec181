import { _cap, _the } from "./_words";
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
export const PRIVACY_ISSUES = {
  TIPX501: defineIssue({
    severity: "error",
    title: "Referral without consent",
    message: () => "The referral names a person, but no consent that it relies on.",
    explanation:
      "Referring a person shares their data with another organisation, which needs their informed consent for the purpose `referral`. Record a Consent entity and cite it in the referral's `consent` field.",
  }),
  TIPX502: defineIssue<{ readonly reason: "person" | "withdrawn" | "purpose" }>({
    severity: "error",
    title: "Consent does not cover the referral",
    message: (p, n) =>
      `The referral's consent ${p.reason === "person" ? "is another person's" : p.reason === "withdrawn" ? "was withdrawn before the referral" : `does not include the purpose “${n.code("tipx.consent-purpose", "referral")}”`}.`,
    explanation:
      "The Consent a referral cites must be the referred person's, include the purpose `referral`, and not have been withdrawn on or before the referral date.",
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
} as const;
