import type { ConsentPurpose } from "@tipx/schema";

/**
 * The purposes for which each victim's data is shared only with their consent: a referral to another
 * organisation and a transfer abroad. Data for any other purpose is redacted instead (see `redact`).
 *
 * @example
 * ```ts
 * import { CONSENTED_PURPOSES } from "@tipx/privacy";
 * CONSENTED_PURPOSES.includes("referral"); // true
 * ```
 */
export const CONSENTED_PURPOSES = ["referral", "cross-border-transfer"] as const satisfies readonly ConsentPurpose[];

/** A purpose that needs each victim's consent. */
export type ConsentedPurpose = (typeof CONSENTED_PURPOSES)[number];

/**
 * Why a person's consents do not allow sharing their data, one code each:
 * `no-consent` (no consent to the use of data names the purpose), `refused` (a refusal naming the
 * purpose, or none, stands), `withdrawn`, `expired`, `recipient` (the consent lists recipients and the
 * recipient is not among them, or was not given), `country` (likewise for countries) and
 * `interview-only` (the person consented to an interview, not to the use of their data).
 *
 * @example
 * ```ts
 * import { CONSENT_REFUSAL_REASONS } from "@tipx/privacy";
 * CONSENT_REFUSAL_REASONS[0]; // "no-consent"
 * ```
 */
export const CONSENT_REFUSAL_REASONS = [
  "no-consent",
  "refused",
  "withdrawn",
  "expired",
  "recipient",
  "country",
  "interview-only",
] as const;

/** Why a person's consents do not allow sharing their data. */
export type ConsentRefusalReason = (typeof CONSENT_REFUSAL_REASONS)[number];

/**
 * A person whose data may not be shared for a purpose. It names the person by id only: never a name,
 * a document number or anything else from the bundle.
 *
 * @example
 * ```ts
 * import type { ConsentRefusal } from "@tipx/privacy";
 * const refusal: ConsentRefusal = {
 *   person: "c675c06f-e6bc-4337-9a9d-6e2bd05ade9b",
 *   purpose: "cross-border-transfer",
 *   reason: "no-consent",
 * };
 * ```
 */
export interface ConsentRefusal {
  /** The id of the Person entity. */
  readonly person: string;
  /** The purpose their consents do not cover. */
  readonly purpose: string;
  /** The reason. */
  readonly reason: ConsentRefusalReason;
}
