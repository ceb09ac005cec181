import type { Severity } from "../issues/issue";
import { ISSUES, type IssueCode, type IssueFamily, isIssueCode, issueFamily } from "../issues/issues";
import type { Catalogue } from "./catalogue";
import { issueTexts } from "./text";

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

/**
 * Documents an issue code in a language (English without `locale`), or returns `undefined` for an
 * unknown code. Codes are matched case-insensitively and `402` is read as `TIPX402`.
 *
 * @example
 * ```ts
 * import { explain } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * explain("TIPX501", es)?.title; // "Derivación sin consentimiento"
 * explain("402")?.code; // "TIPX402"
 * ```
 */
export function explain(code: string, locale?: Catalogue): Explanation | undefined {
  const trimmed = code.trim();
  const normalized = /^\d{3}$/.test(trimmed) ? `TIPX${trimmed}` : trimmed.toUpperCase();
  if (!isIssueCode(normalized)) return undefined;
  const definition = ISSUES[normalized];
  const texts = issueTexts(normalized, locale);
  return {
    code: normalized,
    family: issueFamily(normalized),
    severity: definition.severity,
    title: texts.title,
    explanation: texts.explanation,
    ...("source" in definition && definition.source !== undefined ? { source: definition.source } : {}),
    verified: !("verified" in definition && definition.verified === false),
  };
}
