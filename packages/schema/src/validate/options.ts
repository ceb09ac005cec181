import type { Catalogue } from "../i18n/catalogue";
import { PROFILE_CODES, type ProfileCode } from "../profiles/profile-code";
import type { ValidationLevel } from "./format-issue";

/**
 * The validation levels: `"strict"` makes warnings errors; `"lenient"` accepts unknown codes of
 * extensible code lists as warnings.
 *
 * @example
 * ```ts
 * import { VALIDATION_LEVELS } from "@tipx/schema";
 * VALIDATION_LEVELS; // ["strict", "standard", "lenient"]
 * ```
 */
export const VALIDATION_LEVELS = ["strict", "standard", "lenient"] as const satisfies readonly ValidationLevel[];

/** How many issues `validate()` reports per record unless told otherwise; TIPX110 counts the rest. */
export const DEFAULT_MAX_ISSUES = 100;

/** Options of `validate()` and `validateJson()`. */
export interface ValidateOptions {
  /**
   * The catalogue of the messages' language, imported from its own module (`@tipx/schema/locales/th`,
   * `@tipx/schema/locales/es`, or one of your own); English when absent.
   */
  readonly locale?: Catalogue;
  /**
   * `"strict"` makes warnings errors; `"lenient"` accepts unknown codes in extensible lists as warnings;
   * default `"standard"`.
   */
  readonly level?: ValidationLevel;
  /** A country profile whose rules (TIPX3xx) run on top of the base rules; overrides `Bundle.profile`. */
  readonly profile?: ProfileCode;
  /**
   * How many issues to report per record (default 100): a record with more reports these and then one
   * TIPX110 that says how many more there were, so a huge broken record costs bounded memory.
   */
  readonly maxIssues?: number;
}

/** Options of `validateJson()`: those of `validate()`, and the parsed text when the caller has it. */
export interface ValidateJsonOptions extends ValidateOptions {
  /**
   * `JSON.parse(text)`, when the caller has already parsed the text (to read a record's id, say), so that
   * `validateJson` does not parse it again. It must be the result of parsing this very text.
   */
  readonly parsed?: unknown;
}

/** The option names `validateJson()` takes. */
export const JSON_OPTION_NAMES: readonly string[] = ["locale", "level", "profile", "maxIssues", "parsed"];

/** The options with their defaults, once checked. */
export interface CheckedOptions {
  readonly locale: Catalogue | undefined;
  readonly level: ValidationLevel;
  readonly profile: ProfileCode | undefined;
  readonly maxIssues: number;
}

const OPTION_NAMES = ["locale", "level", "profile", "maxIssues"] as const;

function own(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function isCatalogue(value: unknown): value is Catalogue {
  if (typeof value !== "object" || value === null) return false;
  const lang = own(value, "lang");
  return (
    typeof lang === "string" &&
    ["fields", "codeLists", "issues", "terms"].every((key) => {
      const section = own(value, key);
      return typeof section === "object" && section !== null;
    })
  );
}

/**
 * Checks the options at the door: each is what it must be, read as an own property (never through the
 * prototype chain), or a `TypeError` names the option and what it accepts. Invalid options are a
 * programming error; `validate()` never throws because of its input.
 */
export function checkOptions(
  options: ValidateOptions | undefined,
  names: readonly string[] = OPTION_NAMES,
): CheckedOptions {
  if (options === undefined)
    return { locale: undefined, level: "standard", profile: undefined, maxIssues: DEFAULT_MAX_ISSUES };
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError("validate(): options must be an object such as { locale, level, profile, maxIssues }.");
  }
  // A for-in loop allocates nothing (validateJson is called once per record of a large file); it also
  // sees inherited keys, so an own-key test keeps the rule that only own properties count.
  for (const key in options) {
    if (!Object.hasOwn(options, key)) continue;
    if (!names.includes(key)) {
      const hint =
        key === "lang" ? ' (messages now take a catalogue: { locale: th } with th from "@tipx/schema/locales/th")' : "";
      throw new TypeError(
        `validate(): unknown option "${key.slice(0, 40)}"; the options are ${names.join(", ")}${hint}.`,
      );
    }
  }
  const locale = own(options, "locale");
  if (locale !== undefined && !isCatalogue(locale)) {
    throw new TypeError(
      'validate(): option locale must be a catalogue, such as th from "@tipx/schema/locales/th" or one made with definePartialCatalogue(); leave it out for English.',
    );
  }
  const level = own(options, "level") ?? "standard";
  if (!(VALIDATION_LEVELS as readonly unknown[]).includes(level)) {
    throw new TypeError(`validate(): option level must be one of ${VALIDATION_LEVELS.join(", ")}.`);
  }
  const profile = own(options, "profile");
  if (profile !== undefined && !(PROFILE_CODES as readonly unknown[]).includes(profile)) {
    throw new TypeError(`validate(): option profile must be one of ${PROFILE_CODES.join(", ")}.`);
  }
  const maxIssues = own(options, "maxIssues") ?? DEFAULT_MAX_ISSUES;
  if (typeof maxIssues !== "number" || !Number.isInteger(maxIssues) || maxIssues < 1) {
    throw new TypeError("validate(): option maxIssues must be a whole number of at least 1.");
  }
  return {
    locale: locale as Catalogue | undefined,
    level: level as ValidationLevel,
    profile: profile as ProfileCode | undefined,
    maxIssues,
  };
}
