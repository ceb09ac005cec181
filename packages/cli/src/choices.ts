import type { InstrumentId } from "@tipx/indicators";
import type { ConsentPurpose, ValidationLevel } from "@tipx/schema";
import { LANGS } from "@tipx/schema/langs";
import { PROFILE_CODES } from "@tipx/schema/profile-codes";

// Defining the command line must not load the schema package (`tipx --version` must start fast). The
// languages and the profile codes come from their own light entry points; the levels, the instruments and
// the purposes are repeated here, with a `satisfies` clause and a test keeping them equal to the libraries'.

/**
 * The message languages `--lang` accepts.
 *
 * @example
 * ```ts
 * import { LANG_CHOICES } from "@tipx/cli";
 * LANG_CHOICES.includes("th"); // true
 * ```
 */
export const LANG_CHOICES = LANGS;

/**
 * The country profiles `--profile` accepts: the profile codes of @tipx/schema's registry.
 *
 * @example
 * ```ts
 * import { PROFILE_CHOICES } from "@tipx/cli";
 * PROFILE_CHOICES.includes("PY"); // true
 * ```
 */
export const PROFILE_CHOICES = PROFILE_CODES;

/**
 * The validation levels `--level` accepts.
 *
 * @example
 * ```ts
 * import { LEVEL_CHOICES } from "@tipx/cli";
 * LEVEL_CHOICES[0]; // "strict"
 * ```
 */
export const LEVEL_CHOICES = ["strict", "standard", "lenient"] as const satisfies readonly ValidationLevel[];

/**
 * The screening instruments `tipx assess --instrument` accepts: the checklists of @tipx/indicators, the
 * Palermo Protocol's elements first (the default).
 *
 * @example
 * ```ts
 * import { INSTRUMENT_CHOICES } from "@tipx/cli";
 * INSTRUMENT_CHOICES[0]; // "palermo"
 * ```
 */
export const INSTRUMENT_CHOICES = [
  "palermo",
  "ilo-fl-2012",
  "icls-2018",
  "child-labour",
] as const satisfies readonly InstrumentId[];

/**
 * The purposes `tipx redact --purpose` accepts: the consent purposes of the tipx model
 * (`CONSENT_PURPOSES` of @tipx/schema), in the same order.
 *
 * @example
 * ```ts
 * import { PURPOSE_CHOICES } from "@tipx/cli";
 * PURPOSE_CHOICES.includes("statistics"); // true
 * ```
 */
export const PURPOSE_CHOICES = [
  "case-management",
  "referral",
  "prosecution",
  "statistics",
  "research",
  "cross-border-transfer",
] as const satisfies readonly ConsentPurpose[];

/**
 * The output formats `--format` accepts.
 *
 * @example
 * ```ts
 * import { FORMAT_CHOICES } from "@tipx/cli";
 * FORMAT_CHOICES; // ["text", "json"]
 * ```
 */
export const FORMAT_CHOICES = ["text", "json"] as const;

/** An output format: `"text"` for people, `"json"` (JSON lines) for programs. */
export type OutputFormat = (typeof FORMAT_CHOICES)[number];

/**
 * Tells whether `value` is one of `choices` (a type guard).
 */
export function isChoice<T extends string>(choices: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (choices as readonly string[]).includes(value);
}
