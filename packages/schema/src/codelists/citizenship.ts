import * as z from "zod";
import { COUNTRY_CODES, USER_ASSIGNED_CITIZENSHIPS } from "./countries";

/**
 * The codes a citizenship may take: every ISO 3166-1 alpha-2 code, then `ZZ` (unknown) and `XXA`
 * (stateless).
 *
 * @example
 * ```ts
 * import { CITIZENSHIP_CODES } from "@tipx/schema";
 * CITIZENSHIP_CODES.includes("XXA"); // true
 * ```
 */
export const CITIZENSHIP_CODES = [...COUNTRY_CODES, ...USER_ASSIGNED_CITIZENSHIPS] as const;

/**
 * Zod schema of a citizenship: a country's ISO 3166-1 alpha-2 code, `ZZ` (unknown) or `XXA` (stateless).
 *
 * @example
 * ```ts
 * import { CitizenshipCode } from "@tipx/schema";
 * CitizenshipCode.parse("XXA"); // "XXA"
 * CitizenshipCode.parse("MM"); // "MM"
 * ```
 */
export const CitizenshipCode = z.enum(CITIZENSHIP_CODES);
/** A citizenship: a country code, `"ZZ"` (unknown) or `"XXA"` (stateless). */
export type CitizenshipCode = z.infer<typeof CitizenshipCode>;
