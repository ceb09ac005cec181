import type { Lang } from "../i18n/lang";
import { translate } from "../i18n/lang";
import { CODE_LIST_ISSUES } from "./codelists";
import { CONSISTENCY_ISSUES } from "./consistency";
import type { IssueDefinition, Severity } from "./issue";
import { PRIVACY_ISSUES } from "./privacy";
import { PROFILE_ISSUES } from "./profile";
import { QUALITY_ISSUES } from "./quality";
import { STRUCTURE_ISSUES } from "./structure";

/**
 * Every issue code tipx reports, with its definition: TIPX1xx structure, 2xx code lists, 3xx country
 * profiles, 4xx consistency and references, 5xx privacy, 6xx data quality.
 *
 * @example
 * ```ts
 * import { ISSUES } from "@tipx/schema";
 * ISSUES.TIPX402.title.en; // "Dangling reference"
 * ```
 */
export const ISSUES = {
  ...STRUCTURE_ISSUES,
  ...CODE_LIST_ISSUES,
  ...PROFILE_ISSUES,
  ...CONSISTENCY_ISSUES,
  ...PRIVACY_ISSUES,
  ...QUALITY_ISSUES,
} as const satisfies Record<string, IssueDefinition>;

/** A tipx issue code, such as `"TIPX402"`. */
export type IssueCode = keyof typeof ISSUES;

/**
 * All issue codes, sorted.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from "@tipx/schema";
 * ISSUE_CODES[0]; // "TIPX100"
 * ```
 */
export const ISSUE_CODES: readonly IssueCode[] = (Object.keys(ISSUES) as IssueCode[]).sort();

/**
 * Tells whether `code` is a tipx issue code (a type guard).
 *
 * @example
 * ```ts
 * import { isIssueCode } from "@tipx/schema";
 * isIssueCode("TIPX101"); // true
 * ```
 */
export function isIssueCode(code: unknown): code is IssueCode {
  return typeof code === "string" && Object.prototype.hasOwnProperty.call(ISSUES, code);
}

/**
 * The documentation of one issue code in one language, as `tipx explain` prints it.
 */
export interface Explanation {
  /** The issue code. */
  readonly code: IssueCode;
  /** The family the code belongs to, such as "structure" or "privacy". */
  readonly family: IssueFamily;
  /** The default severity. */
  readonly severity: Severity;
  /** The short title. */
  readonly title: string;
  /** What the check is, why it exists and how to fix the data. */
  readonly explanation: string;
  /** Where the rule comes from, when it encodes a standard, a law or an algorithm. */
  readonly source?: string;
  /** `false` when the rule rests on a fact not verified against a primary source. */
  readonly verified: boolean;
}

/** The families of issue codes, by their hundreds digit. */
export type IssueFamily = "structure" | "code-lists" | "country-profiles" | "consistency" | "privacy" | "data-quality";

const FAMILIES: Record<string, IssueFamily> = {
  "1": "structure",
  "2": "code-lists",
  "3": "country-profiles",
  "4": "consistency",
  "5": "privacy",
  "6": "data-quality",
};

/**
 * Documents an issue code in the chosen language, or returns `undefined` for an unknown code.
 * Codes are matched case-insensitively and `402` is read as `TIPX402`.
 *
 * @example
 * ```ts
 * import { explain } from "@tipx/schema";
 * explain("TIPX501", "es")?.title; // "Derivación sin consentimiento"
 * ```
 */
export function explain(code: string, lang: Lang = "en"): Explanation | undefined {
  const normalized = /^\d{3}$/.test(code.trim()) ? `TIPX${code.trim()}` : code.trim().toUpperCase();
  if (!isIssueCode(normalized)) return undefined;
  const definition: IssueDefinition = ISSUES[normalized];
  return {
    code: normalized,
    family: FAMILIES[normalized.charAt(4)] ?? "structure",
    severity: definition.severity,
    title: translate(definition.title, lang),
    explanation: translate(definition.explanation, lang),
    ...(definition.source === undefined ? {} : { source: definition.source }),
    verified: definition.verified ?? true,
  };
}
