import { z } from "zod";
import type { Lang } from "../i18n/lang";
import type { Issue } from "../issues/issue";
import { Bundle } from "../model/bundle";
import type { ProfileCode } from "../profiles/profile-code";
import { profileRules } from "../profiles/rules";
import { formatIssue, type ValidationLevel } from "./format-issue";
import { mapZodIssue } from "./map-zod-issue";
import type { RawIssue } from "./raw-issue";
import type { RuleContext } from "./rule";
import { checkAges } from "./rules/ages";
import { indexBundle, type BaseRule } from "./rules/bundle-index";
import { checkDates } from "./rules/dates";
import { checkParties } from "./rules/parties";
import { checkPlaces } from "./rules/places";
import { checkPrivacy } from "./rules/privacy";
import { checkReferences } from "./rules/references";

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** The language of the messages; default `"en"`. */
  readonly lang?: Lang;
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
const BASE_RULES: readonly BaseRule[] = [checkReferences, checkDates, checkAges, checkPlaces, checkParties, checkPrivacy];

// z.compile generates a fast path for valid input and falls back to the full parser (with its issues)
// when the fast path fails, so valid bundles parse at near JSON.parse speed.
let compiled: typeof Bundle | undefined;
function compiledBundle(): typeof Bundle {
  compiled ??= z.compile(Bundle);
  return compiled;
}

function collect(input: unknown, options: ValidateOptions, raw: RawIssue[]): Bundle | undefined {
  const schema = compiledBundle();
  // The model has no transforms or defaults, so a valid input is its own parsed value: the compiled
  // assert-only validator answers without building a copy, and the full parse runs only to explain a failure.
  if (!schema.validate(input)) {
    const parsed = schema.safeParse(input);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) mapZodIssue(issue, input, raw);
    return undefined;
  }
  const bundle: Bundle = input;
  const context: RuleContext = {
    report: (code, path, params = {}) => {
      raw.push({ code, path, params });
    },
  };
  const index = indexBundle(bundle, context);
  for (const rule of BASE_RULES) rule(bundle, context, index);
  const profile = options.profile ?? bundle.profile;
  if (profile) for (const rule of profileRules(profile)) rule(bundle, context);
  return bundle;
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
 * const result = validate({ tipx: "1.0" }, { lang: "es" });
 * result.ok; // false
 * result.issues[0]?.code; // "TIPX103"
 * ```
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const lang = options.lang ?? "en";
  const level = options.level ?? "standard";
  const raw: RawIssue[] = [];
  let value: Bundle | undefined;
  let issues: Issue[];
  try {
    value = collect(input, options, raw);
    issues = dedupe(raw).map((issue) => formatIssue(issue, Bundle, input, lang, level));
  } catch {
    // Reading the input itself failed (a throwing getter, a revoked proxy): report, never throw.
    issues = [formatIssue({ code: "TIPX100", path: [], params: {} }, Bundle, undefined, lang, level)];
    value = undefined;
  }
  const ok = !issues.some((issue) => issue.severity === "error");
  if (value === undefined && ok && issues.length > 0) {
    // Lenient mode downgraded every shape error: the input is accepted as it is.
    return { ok, value: input as Bundle, issues };
  }
  return value === undefined ? { ok, issues } : { ok, value, issues };
}
