import type * as z from "zod";
import { HTCDS_CORE_FIELDS, type HtcdsCoreField } from "../codelists/htcds-core.generated";
import { listFields } from "../metadata/list-fields";
import type { FieldMeta } from "../metadata/registry";
import { moreSensitive, type Sensitivity } from "../metadata/sensitivity";
import type { Bundle } from "../model/bundle";
import { Case } from "../model/case";
import { CaseParty, type VictimContext } from "../model/case-party";
import { Consent } from "../model/consent";
import { Person } from "../model/person";
import { Referral } from "../model/referral";
import { _isEmpty } from "./_is-empty";
import { _CORE_FIELD_PRESENCE } from "./core-field-presence.generated";
import type { PathSegment, Rule, RuleContext } from "./rule";

/**
 * The records a Core field is checked on:
 *
 * - `victim`: each Person who is a victim or presumed victim in a case of the bundle (once per person,
 *   however many cases name them). HTCDS's Person table is about the people a case management system
 *   serves; a suspect's, a witness's or a guardian's e-mail is none of its business.
 * - `case-worker`: each Person a case names as its case worker (`Case.caseWorker.person`).
 * - `victim-context`: each case party with the role victim or presumed victim (its `victim` context).
 * - `case`: each Case.
 * - `referral`: each Referral, on the side of the exchange the sender is on (see {@link ReferralSide}).
 * - `consent`: each victim Person, satisfied by any Consent entity of that person.
 */
export type CoreFieldScope = "victim" | "case-worker" | "victim-context" | "case" | "referral" | "consent";

/**
 * Which side of a referral the bundle's sender is on. HTCDS records a referral twice, as the referring
 * organisation's outgoing referral and the receiving one's incoming referral, each with its own Core fields;
 * tipx records it once. When the sender is neither `from` nor `to` (or names no Organization), both sets apply.
 */
export type ReferralSide = "incoming" | "outgoing";

/** Where and when one Core field applies, or why it never does. */
export type CoreFieldRule =
  | { readonly exempt: string }
  | { readonly on: "victim"; readonly when?: (person: Person) => boolean }
  | { readonly on: "case-worker"; readonly when?: (person: Person) => boolean }
  | { readonly on: "victim-context"; readonly when?: (victim: VictimContext | undefined) => boolean }
  | { readonly on: "case"; readonly when?: (c: Case) => boolean }
  | { readonly on: "referral"; readonly side: ReferralSide; readonly when?: (referral: Referral) => boolean }
  | { readonly on: "consent" };

/** The rule of a Core field that applies on `S`. */
type RuleOn<S extends CoreFieldScope> = Extract<CoreFieldRule, { readonly on: S }>;

/** Whether the name is recorded whole (`names.full`, "when it cannot be split"): then no part is asked for. */
const nameInParts = (person: Person): boolean => person.names?.full === undefined;
/** Whether the victim context leaves trafficking possible: no exploitation is asked of a person found not a victim. */
const mayBeTrafficked = (victim: VictimContext | undefined): boolean =>
  victim?.traffickingStatus !== "NotAVictimOfTrafficking";
/** Whether the victim context names `type` among the exploitation types (and trafficking is possible). */
const exploitedAs =
  (type: "ForcedLabour" | "SexualExploitation") =>
  (victim: VictimContext | undefined): boolean =>
    mayBeTrafficked(victim) && victim?.exploitationTypes?.includes(type) === true;

/**
 * Where each HTCDS 2.0 Core field applies: the one hand-kept part of TIPX603. Which model field answers a
 * Core field is not kept here: it is read from the `htcds` tags of the field registry.
 */
export const _coreFieldRules: { readonly [F in HtcdsCoreField]: CoreFieldRule } = {
  prs_Salutation: { on: "victim" },
  prs_FirstName: { on: "victim", when: nameInParts },
  prs_SecondName: { on: "victim", when: nameInParts },
  prs_Birthdate: {
    exempt:
      "TIPX602 reports a victim with neither a birth date nor an age estimate; an age estimate stands in for an unknown birth date.",
  },
  prs_Gender: { on: "victim" },
  prs_Citizenship: { on: "victim" },
  // A position in an organisation (model 1.1 Person.position.title): a case worker's, not a victim's.
  prs_Title: { on: "case-worker" },
  prs_Email: { on: "victim" },
  prs_HomePhone: { on: "victim" },
  prs_MobilePhone: { on: "victim" },
  prs_MailingCity: { on: "victim" },
  prs_MailingCountry: { on: "victim" },
  prs_MailingState: { on: "victim" },
  prs_MailingStreet: { on: "victim" },
  prs_MailingPostalCode: { on: "victim" },
  vic_TraffickingStatus: { on: "victim-context" },
  vic_TraffickingStatusDecisionMakingOrg: {
    on: "victim-context",
    when: (victim) => victim?.traffickingStatus !== undefined,
  },
  vic_MethodOfRecruitment: { on: "victim-context", when: mayBeTrafficked },
  vic_LocationOfRecruitment: { on: "victim-context", when: mayBeTrafficked },
  vic_MethodsOfControl: { on: "victim-context", when: mayBeTrafficked },
  vic_TypeOfExploitation: { on: "victim-context", when: mayBeTrafficked },
  vic_ForcedLabourIndustry: { on: "victim-context", when: exploitedAs("ForcedLabour") },
  vic_TypeOfSexExploitation: { on: "victim-context", when: exploitedAs("SexualExploitation") },
  vic_LocationOfExploitation: { on: "victim-context", when: mayBeTrafficked },
  vic_Vulnerabilities: { exempt: "Deprecated in HTCDS 2.0 (replaced by an Assessment); TIPX604 discourages it." },
  vic_DetailsOfVulnerabilities: {
    exempt: "Deprecated in HTCDS 2.0 (replaced by an Assessment); TIPX604 discourages it.",
  },
  cas_Status: { on: "case" },
  cas_ReasonForCaseClosure: { on: "case", when: (c) => c.status === "Closed" || c.status === "ClosedReferred" },
  cas_CaseOwner: { on: "case" },
  cas_ReferringOrganisation: { on: "referral", side: "incoming" },
  cas_IncomingReferralDate: { on: "referral", side: "incoming" },
  cas_ReferringPrimaryCaseWorker: { on: "referral", side: "incoming" },
  cas_ReasonForIncomingReferral: { on: "referral", side: "incoming" },
  cas_IncomingReferralDetails: { on: "referral", side: "incoming" },
  cas_ReferredOrganisation: { on: "referral", side: "outgoing" },
  // The receiving organisation names its case worker once it takes the referral.
  cas_ReferredPrimaryCaseWorker: {
    on: "referral",
    side: "outgoing",
    when: (referral) => referral.status === "accepted" || referral.status === "completed",
  },
  cas_ReasonForOutgoingReferral: { on: "referral", side: "outgoing" },
  cas_OutgoingReferralDate: { on: "referral", side: "outgoing" },
  cas_OutgoingReferralDetails: { on: "referral", side: "outgoing" },
  con_Consent: { on: "consent" },
};

/** The schema whose fields answer the Core fields of a scope (paths are relative to the record checked). */
const SCOPE_SCHEMAS: { readonly [S in CoreFieldScope]: z.core.$ZodType } = {
  victim: Person,
  "case-worker": Person,
  "victim-context": CaseParty,
  case: Case,
  referral: Referral,
  consent: Consent,
};

/** One step of a model path: a key, and whether its value is a list whose items hold the rest. */
interface Step {
  readonly key: string;
  readonly list: boolean;
}

/** A Core field that applies somewhere, with the model path that answers it. */
export interface CoreFieldCheck<R extends CoreFieldRule = RuleOn<CoreFieldScope>> {
  /** The HTCDS name. */
  readonly htcds: HtcdsCoreField;
  /** Where and when the field applies. */
  readonly rule: R;
  /** The path of the model field that carries the HTCDS name (the deepest one), relative to the record. */
  readonly path: string;
  /** Whether that field, or a field holding it, is a direct identifier (never asked of a statistics bundle). */
  readonly directIdentifier: boolean;
  /** {@link path} as steps. */
  readonly steps: readonly Step[];
  /** Whether a record has a value at {@link path}: the generated function of the path, else a walk of the steps. */
  readonly present: (record: unknown) => boolean;
}

/** The deepest field of `schema` tagged `htcds`, with the sensitivity of it and everything holding it. */
function answeringField(schema: z.core.$ZodType, htcds: string): { path: string; sensitivity: Sensitivity } {
  const fields = listFields(schema);
  const tagged = fields.filter(({ meta }) => [meta?.htcds ?? []].flat().includes(htcds));
  const depth = (path: string): number => path.split(".").length;
  const deepest = Math.max(...tagged.map(({ path }) => depth(path)));
  const candidates = tagged.filter(({ path }) => depth(path) === deepest);
  const [found] = candidates;
  if (found === undefined || candidates.length > 1) {
    throw new Error(`The field registry has ${candidates.length} deepest fields tagged ${htcds}, not 1`);
  }
  const metaAt = new Map<string, FieldMeta | undefined>(fields.map(({ path, meta }) => [path, meta]));
  let sensitivity: Sensitivity = "none";
  const parts = found.path.split(".");
  for (let i = 1; i <= parts.length; i++) {
    const meta = metaAt.get(parts.slice(0, i).join("."));
    if (meta) sensitivity = moreSensitive(sensitivity, meta.sensitivity);
  }
  return { path: found.path, sensitivity };
}

let checks: readonly CoreFieldCheck[] | undefined;

/**
 * The Core fields that apply somewhere, each with the model path the field registry's `htcds` tags give
 * for it, in the standard's order. Made once, on first use.
 */
export function _coreFieldChecks(): readonly CoreFieldCheck[] {
  checks ??= HTCDS_CORE_FIELDS.flatMap((htcds): CoreFieldCheck[] => {
    const rule = _coreFieldRules[htcds];
    if ("exempt" in rule) return [];
    // A consent is a whole entity (the registry tags its purposes): any Consent of the person answers.
    if (rule.on === "consent")
      return [{ htcds, rule, path: "", directIdentifier: false, steps: [], present: () => true }];
    const { path, sensitivity } = answeringField(SCOPE_SCHEMAS[rule.on], htcds);
    const steps = path.split(".").map((part) => ({ key: part.replace(/\[\]$/, ""), list: part.endsWith("[]") }));
    // The generated function reads the path's keys as literals; a path it lacks (the model changed and
    // `pnpm run generate` has not run yet, which the drift check reports) is walked step by step.
    const present =
      (Object.hasOwn(_CORE_FIELD_PRESENCE, path) ? _CORE_FIELD_PRESENCE[path] : undefined) ??
      ((record: unknown) => _missingStep(record, steps, 0) === -1);
    return [{ htcds, rule, path, directIdentifier: sensitivity === "direct-identifier", steps, present }];
  });
  return checks;
}

/**
 * The index of the first step of `steps` (from `from`) that `value` lacks, or -1 when it has them all.
 * A list holds the rest of the path when one of its items does; only the last value is tested for
 * emptiness (an empty object on the way lacks the next key).
 */
export function _missingStep(value: unknown, steps: readonly Step[], from: number): number {
  let current = value;
  const last = steps.length - 1;
  for (let i = from; i <= last; i++) {
    const step = steps[i];
    if (step === undefined || typeof current !== "object" || current === null) return i;
    const next: unknown = (current as Record<string, unknown>)[step.key];
    if (step.list) {
      if (!Array.isArray(next) || next.length === 0) return i;
      return next.some((item) => _missingStep(item, steps, i + 1) === -1) ? -1 : i;
    }
    if (i === last ? _isEmpty(next) : next === undefined) return i;
    current = next;
  }
  return -1;
}

/** The purposes for which a bundle carries no direct identifier (TIPX503, rules/privacy.ts). */
const ANONYMOUS_PURPOSES: ReadonlySet<string> = /* @__PURE__ */ new Set(["statistics", "research"]);

/** A check whose condition reads `S`. */
type CheckOf<S> = CoreFieldCheck<CoreFieldRule & { readonly when?: (subject: S) => boolean }>;

/**
 * The Core fields of one record that are missing, of the checks whose conditions hold for `subject`, in the
 * order of the checks (undefined when none is: most records of a large file have nothing to report).
 */
function missingIn<S>(record: unknown, checks: readonly CheckOf<S>[], subject: S): string[] | undefined {
  let missing: string[] | undefined;
  for (const check of checks) {
    if (check.rule.when !== undefined && !check.rule.when(subject)) continue;
    if (check.present(record)) continue;
    missing ??= [];
    missing.push(check.htcds);
  }
  return missing;
}

/** Reports one TIPX603 at `path` naming every missing Core field of the record, when there is one. */
function reportMissing(context: RuleContext, path: readonly PathSegment[], htcds: readonly string[] | undefined): void {
  if (htcds !== undefined && htcds.length > 0) context.report("TIPX603", path, { htcds });
}

/** The side of a referral the sender is on, when the bundle says. */
function senderSide(bundle: Bundle, referral: Referral): ReferralSide | undefined {
  const sender = bundle.sender.organization;
  if (sender === undefined || referral.from === referral.to) return undefined;
  if (sender === referral.from) return "outgoing";
  return sender === referral.to ? "incoming" : undefined;
}

/** The people the bundle's cases name as victims or presumed victims and as case workers; who has a Consent. */
function peopleOf(bundle: Bundle): { victims: Set<string>; caseWorkers: Set<string>; consenting: Set<string> } {
  const victims = new Set<string>();
  const caseWorkers = new Set<string>();
  const consenting = new Set<string>();
  for (const e of bundle.entities) {
    if (e.type === "Consent") consenting.add(e.person);
    if (e.type !== "Case") continue;
    if (e.caseWorker?.person !== undefined) caseWorkers.add(e.caseWorker.person);
    for (const party of e.parties) if (isVictimParty(party)) victims.add(party.person);
  }
  return { victims, caseWorkers, consenting };
}

function isVictimParty(party: CaseParty): boolean {
  return party.roles.includes("victim") || party.roles.includes("presumed-victim");
}

/** The checks of each scope. */
type ChecksByScope = { readonly [S in CoreFieldScope]: readonly CoreFieldCheck<RuleOn<S>>[] };

const byScope = new Map<boolean, ChecksByScope>();

/** The checks of each scope for a bundle that may (or, for statistics and research, may not) carry identifiers. */
function checksByScope(anonymous: boolean): ChecksByScope {
  let found = byScope.get(anonymous);
  if (found) return found;
  const all = _coreFieldChecks().filter((check) => !(anonymous && check.directIdentifier));
  const on = <S extends CoreFieldScope>(scope: S): CoreFieldCheck<RuleOn<S>>[] =>
    all.filter((check): check is CoreFieldCheck<RuleOn<S>> => check.rule.on === scope);
  found = {
    victim: on("victim"),
    "case-worker": on("case-worker"),
    "victim-context": on("victim-context"),
    case: on("case"),
    referral: on("referral"),
    consent: on("consent"),
  };
  byScope.set(anonymous, found);
  return found;
}

/**
 * HTCDS 2.0 Core fields (TIPX603): warns when a Core field is missing where it applies, as
 * {@link _coreFieldRules} says, looking for it at the model field the registry's `htcds` tags name. One
 * warning per record (a victim's Person, a victim context, a Case, a Referral) names every Core field the
 * record lacks. A bundle sent for
 * statistics or research is not asked for a field that is, or sits in, a direct identifier (it must carry
 * none: TIPX503).
 *
 * @see IOM HTCDS 2.0, Field Standards sheet, Core column
 */
export const checkCoreFields: Rule = (bundle: Bundle, context: RuleContext) => {
  const checks = checksByScope(ANONYMOUS_PURPOSES.has(bundle.purpose));
  const { victims, caseWorkers, consenting } = peopleOf(bundle);
  const entities = bundle.entities;
  for (let n = 0; n < entities.length; n++) {
    const e = entities[n] as Bundle["entities"][number];
    if (e.type === "Person") {
      const victim = victims.has(e.id);
      const worker = caseWorkers.has(e.id);
      if (!victim && !worker) continue;
      let missing = victim ? missingIn(e, checks.victim, e) : undefined;
      if (worker) missing = joined(missing, missingIn(e, checks["case-worker"], e));
      if (victim && !consenting.has(e.id))
        missing = joined(
          missing,
          checks.consent.map((check) => check.htcds),
        );
      reportMissing(context, ["entities", n], missing);
    } else if (e.type === "Case") {
      // Model 1.0 tagged cas_CaseOwner on `owner` (an organisation): a 1.0 bundle that has one answers it.
      const answeredIn10 = bundle.tipx === "1.0" && e.owner !== undefined;
      const missing = missingIn(e, checks.case, e);
      reportMissing(context, ["entities", n], answeredIn10 ? missing?.filter((f) => f !== "cas_CaseOwner") : missing);
      const parties = e.parties;
      for (let i = 0; i < parties.length; i++) {
        const party = parties[i] as CaseParty;
        if (isVictimParty(party))
          reportMissing(
            context,
            ["entities", n, "parties", i, "victim"],
            missingIn(party, checks["victim-context"], party.victim),
          );
      }
    } else if (e.type === "Referral") {
      const side = senderSide(bundle, e);
      const onSide = checks.referral.filter((check) => side === undefined || check.rule.side === side);
      reportMissing(context, ["entities", n], missingIn(e, onSide, e));
    }
  }
};

/** Two lists of missing fields as one (either may be absent). */
function joined(first: string[] | undefined, second: readonly string[] | undefined): string[] | undefined {
  if (second === undefined || second.length === 0) return first;
  return first === undefined ? [...second] : [...first, ...second];
}
