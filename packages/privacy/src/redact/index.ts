export type { AgeBand, AgeRange, DatePrecision, PlacePrecision } from "../generalize/index";
export { AGE_BANDS, ageAt, ageBand, generalizeDate, generalizePlace } from "../generalize/index";
export type { PolicyCell, PurposePolicy, RedactionAction } from "../policy";
export { fieldAction, isFreeText, PURPOSE_POLICY, REDACTION_ACTIONS } from "../policy";
export type { Redaction, RedactionReport } from "./redact";
export { redact } from "./redact";
