import { namesIn } from "../i18n/text";
import type { Issue, IssueCode } from "../issues/issues";
import { Bundle } from "../model/bundle";
import type { ProfileCode } from "../profiles/profile-code";
import { profileRules } from "../profiles/rules";
import { checkAges } from "../rules/ages";
import { ruleContext } from "../rules/bundle-index";
import { checkCoreFields } from "../rules/core-fields";
import { checkDates } from "../rules/dates";
import { toJsonPointer } from "../rules/json-pointer";
import { checkParties } from "../rules/parties";
import { checkPlaces } from "../rules/places";
import { checkPrivacy } from "../rules/privacy";
import { checkReferences } from "../rules/references";
import type { PathSegment, ProfileRule, Rule } from "../rules/rule";
import { checkVictims } from "../rules/victims";
import { isBundleShape } from "./bundle-shape.generated";
import { explainBundle } from "./explain-shape";
import { formatIssue } from "./format-issue";
import { createIssueSink, type IssueSink, type IssueTarget } from "./issue-sink";
import { checkOptions, JSON_OPTION_NAMES, type ValidateJsonOptions, type ValidateOptions } from "./options";

export type { ValidateOptions } from "./options";

import { mayHoldReservedKey, toPlainData } from "./plain-data";
import type { RawIssue } from "./raw-issue";

/** The outcome of {@link validate}. */
export interface ValidationResult {
  /** `true` when no issue has severity `"error"`. */
  readonly ok: boolean;
  /**
   * The bundle, typed, when its shape is valid (also when only warnings were found). It is plain JSON
   * data: the parsed text for `validateJson`; for `validate`, a plain copy of the input made by reading
   * each own property once (so what was checked is what is returned), without reserved keys. The model
   * has no defaults or transforms, so the copy equals the input.
   */
  readonly value?: Bundle;
  /** Every issue found, in the order of the input, at most `maxIssues` of them (then TIPX110 says how many more). */
  readonly issues: readonly Issue[];
}

/** The base rules, run once the shape is valid. */
const BASE_RULES: readonly Rule[] = [
  checkReferences,
  checkDates,
  checkAges,
  checkPlaces,
  checkParties,
  checkVictims,
  checkCoreFields,
  checkPrivacy,
];

/**
 * The generated shape check (bundle-shape.generated.ts), which never throws: `true` only when zod would
 * accept the bundle, and no reserved key is anywhere in it.
 */
function fastShape(data: unknown): boolean {
  try {
    return isBundleShape(data);
  } catch {
    return false;
  }
}

const PROFILE_RULES = /* @__PURE__ */ new Map<ProfileCode, readonly ProfileRule[]>();

/** The rules of a profile, made once (validate runs per record of large files). */
function rulesOf(profile: ProfileCode): readonly ProfileRule[] {
  let rules = PROFILE_RULES.get(profile);
  if (!rules) {
    rules = profileRules(profile);
    PROFILE_RULES.set(profile, rules);
  }
  return rules;
}

/**
 * The issues that follow from a date written in another era (TIPX350), by the dates each one reads
 * besides the dates at its path and `otherPath`: an age (TIPX406) reads the person's birth date or age
 * estimate and the bundle's day; a date after the bundle (TIPX410) reads the bundle's day.
 */
const ERA_CONSEQUENCES: Readonly<Partial<Record<IssueCode, (path: readonly PathSegment[]) => readonly string[]>>> = {
  TIPX404: () => [],
  TIPX405: () => [],
  TIPX406: (path) => {
    const person = toJsonPointer(path.slice(0, -1));
    return [`${person}/birthDate`, `${person}/ageEstimate/asOf`, "/createdAt"];
  },
  TIPX410: () => ["/createdAt"],
};

/**
 * Whether an issue follows from a year written in the Buddhist Era (or another era a profile's calendar
 * uses): an order, age or after-the-bundle issue that reads a date reported as TIPX350. The era issue
 * says what is wrong and how to fix it; these would only confuse.
 */
function followsFromEra(issue: RawIssue, eraDates: ReadonlySet<string>): boolean {
  const reads = ERA_CONSEQUENCES[issue.code];
  if (reads === undefined) return false;
  const other = issue.params["otherPath"];
  return [toJsonPointer(issue.path), ...(typeof other === "string" ? [other] : []), ...reads(issue.path)].some(
    (pointer) => eraDates.has(pointer),
  );
}

/**
 * Runs the base rules and the profile's rules on a bundle whose shape is valid. The profile's rules run
 * first, into their own bounded list, so that the base rules' issues that follow from a date in another
 * era are left out before they count; the issues keep their order (base rules first). When the profile's
 * rules found nothing to look at, TIPX351 says so.
 *
 * @returns How many of the profile's issues were left out past the limit.
 */
function runRules(bundle: Bundle, profile: ProfileCode | undefined, sink: IssueSink, limit: number): number {
  let target: IssueTarget = sink;
  const context = ruleContext(bundle, (code, path, params) => {
    target.push({ code, path, params: params as RawIssue["params"] });
  });
  const chosen = profile ?? bundle.profile;
  const fromProfile = createIssueSink(limit);
  let looked = false;
  if (chosen) {
    target = fromProfile;
    for (const rule of rulesOf(chosen)) looked = rule(bundle, context) || looked;
  }
  // Most records have no issue from their profile: no set to make, nothing to filter.
  const eraDates =
    fromProfile.kept.length === 0
      ? undefined
      : new Set(fromProfile.kept.filter((issue) => issue.code === "TIPX350").map((issue) => toJsonPointer(issue.path)));
  target =
    eraDates === undefined || eraDates.size === 0
      ? sink
      : { push: (issue) => followsFromEra(issue, eraDates) || sink.push(issue) };
  for (const rule of BASE_RULES) rule(bundle, context);
  for (const issue of fromProfile.kept) sink.push(issue);
  if (chosen && !looked) sink.push({ code: "TIPX351", path: [], params: { country: chosen } });
  return fromProfile.omitted();
}

/**
 * Validates plain data (the result of `JSON.parse`, or a plain copy of a live object) and writes the
 * issues in the chosen language. `plainIssues` are those the copy found (reserved keys); `shapeChecked`
 * is `true` when the caller has already had the generated check say yes.
 */
function validatePlain(
  data: unknown,
  plainIssues: readonly RawIssue[],
  options: ReturnType<typeof checkOptions>,
  shapeChecked = false,
): ValidationResult {
  const { locale, level, profile, maxIssues } = options;
  const sink = createIssueSink(maxIssues);
  for (const issue of plainIssues) sink.push(issue);
  let value: Bundle | undefined;
  let shapeValid = true;
  try {
    // The fast path: the generated check says yes, so zod would too, and has nothing to explain.
    if (shapeChecked || fastShape(data)) value = data as Bundle;
    else {
      // zod decides: its issues are the explanation, and none means the shape is valid after all (the
      // generated check says no to what it cannot decide, such as a reserved key under `extensions`).
      let found = 0;
      explainBundle(data, {
        push: (issue) => {
          found++;
          return sink.push(issue);
        },
      });
      if (found === 0) value = data as Bundle;
      else shapeValid = false;
    }
  } catch {
    // A failure of tipx itself, never of the data: say so, distinctly from TIPX100.
    sink.push({ code: "TIPX900", path: [], params: {} });
    shapeValid = false;
  }
  // The language's names are looked up only for a record that has something to say (most have nothing).
  let names: ReturnType<typeof namesIn> | undefined;
  const format = (raw: readonly RawIssue[]): Issue[] => {
    if (raw.length === 0) return [];
    names ??= namesIn(locale);
    const inLocale = names;
    return raw.map((issue) => formatIssue(issue, Bundle, data, locale, inLocale, level));
  };
  let issues = format(sink.kept);
  if (!shapeValid && level === "lenient" && !issues.some((issue) => issue.severity === "error")) {
    // Lenient mode downgraded every shape error (unknown codes of extensible lists): the data is
    // accepted as it is, and the rules run on it like on any other bundle.
    value = data as Bundle;
  }
  let omittedByProfile = 0;
  if (value !== undefined) {
    const before = sink.kept.length;
    try {
      omittedByProfile = runRules(value, profile, sink, maxIssues);
    } catch {
      sink.push({ code: "TIPX900", path: [], params: {} });
    }
    if (sink.kept.length > before) issues = [...issues, ...format(sink.kept.slice(before))];
  }
  const omitted = sink.omitted() + omittedByProfile;
  if (omitted > 0) {
    issues = [...issues, ...format([{ code: "TIPX110", path: [], params: { omitted, limit: maxIssues } }])];
  }
  const ok = !issues.some((issue) => issue.severity === "error");
  return value === undefined ? { ok, issues } : { ok, value, issues };
}

/**
 * Validates a tipx bundle: that it is plain JSON data, its shape against the model, then references,
 * dates, ages, consent and privacy rules, and the rules of a country profile. Never throws on any input;
 * it throws a `TypeError` only for invalid options (a programming error), naming the option and what it
 * accepts.
 *
 * Whatever it accepts is plain JSON data that stays valid, equal and with the same issues after
 * `JSON.parse(JSON.stringify(x))`: it reads own properties only, each once, never runs a getter, and
 * reports anything JSON cannot hold (a `Date`, a boxed number, a class instance, a getter, a cycle,
 * `undefined`, a function, a non-finite number) as TIPX112 and the keys `__proto__`, `constructor` and
 * `prototype` as TIPX111. For text, {@link validateJson} parses and validates in one call, faster.
 *
 * @param input - Any value, typically the result of `JSON.parse`.
 * @param options - Message language, strictness, country profile and issue limit.
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
export function validate(input: unknown, options?: ValidateOptions): ValidationResult {
  const checked = checkOptions(options);
  let copy: ReturnType<typeof toPlainData>;
  try {
    copy = toPlainData(input);
  } catch {
    return validatePlain(undefined, [{ code: "TIPX900", path: [], params: {} }], checked);
  }
  const structural = copy.issues.filter((issue) => issue.code !== "TIPX111");
  if (structural.length > 0) return failWith(copy.issues, checked);
  // The copy, not the input, is validated and returned: a proxy or a changing object is read once.
  return validatePlain(copy.value, copy.issues, checked);
}

/** The result for input that cannot be validated as data at all: only the reading issues. */
function failWith(raw: readonly RawIssue[], options: ReturnType<typeof checkOptions>): ValidationResult {
  const sink = createIssueSink(options.maxIssues);
  for (const issue of raw) sink.push(issue);
  const names = namesIn(options.locale);
  const issues = sink.kept.map((issue) => formatIssue(issue, Bundle, undefined, options.locale, names, options.level));
  const omitted = sink.omitted();
  const all =
    omitted > 0
      ? [
          ...issues,
          formatIssue(
            { code: "TIPX110", path: [], params: { omitted, limit: options.maxIssues } },
            Bundle,
            undefined,
            options.locale,
            names,
            options.level,
          ),
        ]
      : issues;
  return { ok: false, issues: all };
}

/**
 * Parses a JSON text and validates it: the fast way to validate text, since the parsed value is plain
 * data by construction (only reserved keys need a copy, and only a text that holds one pays for it).
 * Text that is not JSON gives TIPX101. Never throws on any text.
 *
 * @param text - A JSON text, such as one line of an NDJSON file.
 * @param options - As for {@link validate}, and `parsed`: the text's `JSON.parse` result when the caller
 *   already has it (the text is then not parsed again; it is still scanned for reserved keys).
 *
 * @example
 * ```ts
 * import { validateJson } from "@tipx/schema";
 * validateJson('{"tipx":"1.0"').issues[0]?.code; // "TIPX101"
 * validateJson('{"tipx":"1.0"}').issues[0]?.code; // "TIPX103"
 * ```
 */
export function validateJson(text: string, options?: ValidateJsonOptions): ValidationResult {
  const checked = checkOptions(options, JSON_OPTION_NAMES);
  let parsed: unknown;
  if (options !== undefined && Object.hasOwn(options, "parsed")) parsed = options.parsed;
  else {
    try {
      parsed = JSON.parse(text);
    } catch {
      return failWith([{ code: "TIPX101", path: [], params: {} }], checked);
    }
  }
  // A bundle the generated check accepts has no reserved key anywhere: no copy, no scan of the text.
  if (fastShape(parsed)) return validatePlain(parsed, [], checked, true);
  if (!mayHoldReservedKey(text)) return validatePlain(parsed, [], checked);
  const copy = toPlainData(parsed, true);
  return validatePlain(copy.issues.length === 0 ? parsed : copy.value, copy.issues, checked);
}
