/**
 * @tipx/privacy: privacy for tipx bundles. Redact a bundle for a purpose by each field's sensitivity
 * class, replace identifiers with keyed HMAC-SHA-256 pseudonyms, check k-anonymity, release
 * differentially private counts, and check that each victim consented before a referral or a transfer
 * abroad.
 *
 * @packageDocumentation
 */

export type {
  CheckConsentOptions,
  ConsentCheck,
  ConsentedPurpose,
  ConsentRefusal,
  ConsentRefusalReason,
} from "./consent/index";
export {
  CONSENT_OVERRIDE_EXTENSION,
  CONSENT_REFUSAL_REASONS,
  CONSENTED_PURPOSES,
  ConsentOverride,
  checkConsent,
  RecordedConsentOverride,
} from "./consent/index";
export type {
  EquivalenceClass,
  FlatRow,
  GuaranteeFacts,
  KAnonymityOptions,
  KAnonymityResult,
  NonDiverseClass,
  PrivacyCatalogue,
  PrivacyOptionsErrorCode,
  PrivacyTemplate,
  PrivateCountsFacts,
  QuasiIdentifierValue,
} from "./k-anonymity/index";
export { definePrivacyCatalogue, guaranteeText, kAnonymity, PrivacyOptionsError } from "./k-anonymity/index";
export type { GroupByColumn, PrivateCountCell, PrivateCountsOptions, PrivateCountTable } from "./private-counts/index";
export { MAX_PRIVATE_COUNT_CELLS, privateCounts, privateCountsText } from "./private-counts/index";
export type { PseudonymizeOptions, PseudonymizeReport, PseudonymizeResult, PseudonymKey } from "./pseudonymize/index";
export { generatePseudonymKey, importPseudonymKey, PSEUDONYM_KEY_MIN_BYTES, pseudonymize } from "./pseudonymize/index";
export type {
  AgeBand,
  AgeRange,
  DatePrecision,
  PlacePrecision,
  PolicyCell,
  PurposePolicy,
  Redaction,
  RedactionAction,
  RedactionReport,
} from "./redact/index";
export {
  AGE_BANDS,
  ageAt,
  ageBand,
  fieldAction,
  generalizeDate,
  generalizePlace,
  isFreeText,
  PURPOSE_POLICY,
  REDACTION_ACTIONS,
  redact,
} from "./redact/index";
