export type { AgeBand, AgeRange } from "./age";
export { AGE_BANDS, ageAt, ageBand } from "./age";
export type { DatePrecision } from "./date";
export { generalizeDate } from "./date";
export type { PlacePrecision } from "./place";
export { generalizePlace } from "./place";
