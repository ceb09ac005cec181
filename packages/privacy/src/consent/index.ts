export type { CheckConsentOptions, ConsentCheck } from "./check-consent";
export { checkConsent } from "./check-consent";
export { CONSENT_OVERRIDE_EXTENSION, ConsentOverride, RecordedConsentOverride } from "./consent-override";
export type { ConsentedPurpose, ConsentRefusal, ConsentRefusalReason } from "./consent-refusal";
export { CONSENT_REFUSAL_REASONS, CONSENTED_PURPOSES } from "./consent-refusal";
