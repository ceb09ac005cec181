import type { Catalogue } from "@tipx/schema";

/** The default of {@link ConvertOptions.maxIssues}. */
export const DEFAULT_MAX_CONVERSION_ISSUES = 1000;

/**
 * Options every converter takes.
 *
 * @example
 * ```ts
 * import type { ConvertOptions } from "@tipx/convert";
 * import { th } from "@tipx/schema/locales/th";
 * const options: ConvertOptions = { locale: th, maxIssues: 100 };
 * ```
 */
export interface ConvertOptions {
  /** The catalogue the report's messages are written in (`@tipx/schema/locales/th`, `…/es`); English by default. */
  readonly locale?: Catalogue;
  /**
   * The most issues the report lists (1000 by default); the rest are counted in `omittedIssues`. The
   * counts are always complete.
   */
  readonly maxIssues?: number;
}
