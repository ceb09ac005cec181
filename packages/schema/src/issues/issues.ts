import { CODE_LIST_ISSUES } from "./codelists";
import { CONSISTENCY_ISSUES } from "./consistency";
import { CONVERSION_ISSUES } from "./conversion";
import { EXCHANGE_ISSUES } from "./exchange";
import { INTERNAL_ISSUES } from "./internal";
import type { IssueDefinition, IssueParamRecord, Severity } from "./issue";
import { PRIVACY_ISSUES } from "./privacy";
import { PROFILE_ISSUES } from "./profile";
import { QUALITY_ISSUES } from "./quality";
import { STRUCTURE_ISSUES } from "./structure";

/**
 * Every issue code tipx reports, with its definition: TIPX1xx structure, 2xx code lists, 3xx country
 * profiles, 4xx consistency and references, 5xx privacy (consent, and from TIPX520 signed and encrypted
 * bundles), 6xx data quality, 7xx conversion (`@tipx/convert`).
 *
 * @example
 * ```ts
 * import { ISSUES } from "@tipx/schema";
 * ISSUES.TIPX402.title; // "Dangling reference"
 * ```
 */
export const ISSUES = {
  ...STRUCTURE_ISSUES,
  ...CODE_LIST_ISSUES,
  ...PROFILE_ISSUES,
  ...CONSISTENCY_ISSUES,
  ...PRIVACY_ISSUES,
  ...EXCHANGE_ISSUES,
  ...QUALITY_ISSUES,
  ...CONVERSION_ISSUES,
  ...INTERNAL_ISSUES,
} as const;

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
  return typeof code === "string" && Object.hasOwn(ISSUES, code);
}

/**
 * The params of an issue code, as its message template reads them.
 *
 * @example
 * ```ts
 * import type { IssueParams } from "@tipx/schema";
 * const params: IssueParams<"TIPX103"> = { field: "PersonNames.given" };
 * ```
 */
export type IssueParams<C extends IssueCode> = C extends IssueCode
  ? (typeof ISSUES)[C] extends IssueDefinition<infer P>
    ? P
    : never
  : never;

/**
 * One finding of `validate()`: a stable code, a severity, where it is (a JSON Pointer into the input)
 * and a message in the requested language.
 *
 * @example
 * ```ts
 * import type { Issue } from "@tipx/schema";
 * const issue: Issue = {
 *   code: "TIPX103",
 *   severity: "error",
 *   path: "/entities/0/id",
 *   message: "The required field “Entity id” is missing.",
 *   params: { field: "Entity.id" },
 * };
 * ```
 */
export interface Issue {
  /** The stable issue code, such as `"TIPX402"`; `tipx explain CODE` documents it. */
  readonly code: IssueCode;
  /** The severity after `level` was applied. */
  readonly severity: Severity;
  /** A JSON Pointer (RFC 6901) to the value the issue is about; `""` is the whole input. */
  readonly path: string;
  /** The message in the requested language. */
  readonly message: string;
  /**
   * The language-neutral values the message was built from (field ids, codes, numbers), for programs
   * that render their own text; {@link IssueParams} gives their shape per code.
   */
  readonly params: IssueParamRecord;
}

/** The families of issue codes, by their hundreds digit. */
export type IssueFamily =
  | "structure"
  | "code-lists"
  | "country-profiles"
  | "consistency"
  | "privacy"
  | "data-quality"
  | "conversion"
  | "internal";

const FAMILIES: Readonly<Record<string, IssueFamily>> = {
  "1": "structure",
  "2": "code-lists",
  "3": "country-profiles",
  "4": "consistency",
  "5": "privacy",
  "6": "data-quality",
  "7": "conversion",
  "9": "internal",
};

/**
 * The family of an issue code, by its hundreds digit.
 *
 * @example
 * ```ts
 * import { issueFamily } from "@tipx/schema";
 * issueFamily("TIPX501"); // "privacy"
 * ```
 */
export function issueFamily(code: IssueCode): IssueFamily {
  return FAMILIES[code.charAt(4)] ?? "structure";
}
