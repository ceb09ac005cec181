export type { PseudonymKey } from "./key";
export { generatePseudonymKey, importPseudonymKey, PSEUDONYM_KEY_MIN_BYTES } from "./key";
export type { PseudonymizeOptions, PseudonymizeReport, PseudonymizeResult } from "./pseudonymize";
export { pseudonymize } from "./pseudonymize";
