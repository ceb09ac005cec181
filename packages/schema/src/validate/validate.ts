import * as z from "zod";
import type { Catalogue } from "../i18n/catalogue";
import { namesIn } from "../i18n/text";
import type { Issue } from "../issues/issues";
import { Bundle } from "../model/bundle";
import type { ProfileCode } from "../profiles/profile-code";
import { profileRules } from "../profiles/rules";
import { checkAges } from "../rules/ages";
import { ruleContext } from "../rules/bundle-index";
import { checkDates } from "../rules/dates";
import { checkParties } from "../rules/parties";
import { checkPlaces } from "../rules/places";
import { checkPrivacy } from "../rules/privacy";
import { checkReferences } from "../rules/references";
import type { Rule, RuleContext } from "../rules/rule";
import { formatIssue, type ValidationLevel } from "./format-issue";
import { mapZodIssue } from "./map-zod-issue";
import type { RawIssue } from "./raw-issue";

/** Options of {@link validate}. */
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
}

/** The outcome of {@link validate}. */
export interface ValidationResult {
  /** `true` when no issue has severity `"error"`. */
  readonly ok: boolean;
  /**
   * The bundle, typed, when its shape is valid (also when only warnings were found). The model has no
   * defaults or transforms, so this is the input object itself, not a copy.
   */
  readonly value?: Bundle;
  /** Every issue found, in the order of the input. */
  readonly issues: readonly Issue[];
}

/** The base rules, run once the shape is valid. */
const BASE_RULES: readonly Rule[] = [checkReferences, checkDates, checkAges, checkPlaces, checkParties, checkPrivacy];

// z.compile generates a fast path for valid input and falls back to the full parser (with its issues)
// when the fast path fails, so valid bundles parse at near JSON.parse speed.
let compiled: typeof Bundle | undefined;
function compiledBundle(): typeof Bundle {
  compiled ??= z.compile(Bundle);
  return compiled;
}

/** Checks the shape; returns the bundle when it is valid, else maps zod's issues into `raw`. */
function parseShape(input: unknown, raw: RawIssue[]): Bundle | undefined {
  const schema = compiledBundle();
  // The model has no transforms or defaults, so a valid input is its own parsed value: the compiled
  // assert-only validator answers without building a copy, and the full parse runs only to explain a failure.
  if (schema.validate(input)) return input;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) mapZodIssue(issue, input, raw);
  return undefined;
}

const PROFILE_RULES = /* @__PURE__ */ new Map<ProfileCode, readonly Rule[]>();

/** The rules of a profile, made once (validate runs per record of large files). */
function rulesOf(profile: ProfileCode): readonly Rule[] {
  let rules = PROFILE_RULES.get(profile);
  if (!rules) {
    rules = profileRules(profile);
    PROFILE_RULES.set(profile, rules);
  }
  return rules;
}

/** Runs the base rules and the profile's rules on a bundle whose shape is valid. */
function runRules(bundle: Bundle, options: ValidateOptions, raw: RawIssue[]): void {
  const report: RuleContext["report"] = (code, path, params) => {
    raw.push({ code, path, params: params as RawIssue["params"] });
  };
  const context = ruleContext(bundle, report);
  for (const rule of BASE_RULES) rule(bundle, context);
  const profile = options.profile ?? bundle.profile;
  if (profile) for (const rule of rulesOf(profile)) rule(bundle, context);
}

function dedupe(raw: readonly RawIssue[]): RawIssue[] {
  const seen = new Set<string>();
  return raw.filter((issue) => {
    const key = `${issue.code} ${issue.path.join("\u0000")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Validates a tipx bundle: its shape against the model, then references, dates, ages, consent and
 * privacy rules, and the rules of a country profile. Never throws, whatever the input.
 *
 * @param input - Any value, typically the result of `JSON.parse`.
 * @param options - Message language, strictness and country profile.
 * @returns `{ ok, value, issues }`: `ok` is `false` when an issue is an error.
 *
 * @example
 * ```ts
 * import { validate } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * const result = validate({ tipx: "1.0" }, { locale: es });
 * result.ok; // false
 * result.issues[0]?.code; // "TIPX103"
 * ```
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const { locale } = options;
  const level = options.level ?? "standard";
  let names: ReturnType<typeof namesIn> | undefined;
  const format = (raw: readonly RawIssue[]): Issue[] => {
    if (raw.length === 0) return [];
    names ??= namesIn(locale);
    const inLocale = names;
    return dedupe(raw).map((issue) => formatIssue(issue, Bundle, input, locale, inLocale, level));
  };
  try {
    const shapeIssues: RawIssue[] = [];
    let value = parseShape(input, shapeIssues);
    let issues = format(shapeIssues);
    if (value === undefined && level === "lenient" && !issues.some((issue) => issue.severity === "error")) {
      // Lenient mode downgraded every shape error (unknown codes of extensible lists): the input is
      // accepted as it is, and the rules run on it like on any other bundle.
      value = input as Bundle;
    }
    if (value !== undefined) {
      const ruleIssues: RawIssue[] = [];
      runRules(value, options, ruleIssues);
      if (ruleIssues.length > 0) issues = [...issues, ...format(ruleIssues)];
    }
    const ok = !issues.some((issue) => issue.severity === "error");
    return value === undefined ? { ok, issues } : { ok, value, issues };
  } catch {
    // Reading the input itself failed (a throwing getter, a revoked proxy): report, never throw.
    return { ok: false, issues: format([{ code: "TIPX100", path: [], params: {} }]) };
  }
}
