export {
  definePrivacyCatalogue,
  type GuaranteeFacts,
  type PrivacyCatalogue,
  type PrivacyTemplate,
  type PrivateCountsFacts,
} from "../locales/catalogue";
export { guaranteeText } from "./guarantee";
export {
  type EquivalenceClass,
  type FlatRow,
  type KAnonymityOptions,
  type KAnonymityResult,
  kAnonymity,
  type NonDiverseClass,
  type QuasiIdentifierValue,
} from "./k-anonymity";
export { PrivacyOptionsError, type PrivacyOptionsErrorCode } from "./options-error";
