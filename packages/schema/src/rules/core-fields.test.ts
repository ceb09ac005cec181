import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HTCDS_CORE_FIELD_INFO, HTCDS_CORE_FIELDS } from "../codelists/htcds-core.generated";
import type { Catalogue } from "../i18n/catalogue";
import { es } from "../locales/es/index";
import { th } from "../locales/th/index";
import { listFields } from "../metadata/list-fields";
import type { Bundle, Entity } from "../model/bundle";
import { Case } from "../model/case";
import { CaseParty, type VictimContext } from "../model/case-party";
import { Consent } from "../model/consent";
import { Person } from "../model/person";
import { Referral } from "../model/referral";
import { validBundle } from "../validate/_test-bundles";
import { validate } from "../validate/validate";
import { ruleContext } from "./bundle-index";
import { _CORE_FIELD_PRESENCE } from "./core-field-presence.generated";
import { _coreFieldChecks, _coreFieldRules, _missingStep, type CoreFieldScope, checkCoreFields } from "./core-fields";
import { toJsonPointer } from "./json-pointer";

const ID = {
  bundle: "c0ffee00-1234-4abc-8def-0123456789ab",
  agency: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21",
  shelter: "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  victim: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
  worker: "4a2d3b5f-0c8e-4d72-9f30-6b7c8d9e0f12",
  suspect: "6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2918",
  case: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  otherCase: "8b7c6d5e-4f3a-4b2c-9d1e-0f9a8b7c6d5e",
  consent: "2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091",
  referral: "7e6d5c4b-3a29-4f18-8e07-d6c5b4a39281",
} as const;

/** A victim with every core person field (all data invented). */
const VICTIM: Extract<Entity, { type: "Person" }> = {
  type: "Person",
  id: ID.victim,
  names: { salutation: "Ms", given: "Anong", family: "Testperson" },
  gender: "Feminine",
  birthDate: "2001-05",
  citizenships: ["TH"],
  email: "anong.testperson@example.org",
  phones: [{ number: "+15555550101", kind: "mobile" }],
  address: { country: "TH", subdivision: "TH-63", locality: "Mae Sot", lines: ["1 Test Road"], postalCode: "63110" },
};

/** A victim context with every core field that applies to forced criminality. */
const CONTEXT: VictimContext = {
  traffickingStatus: "PossibleVictimOfTrafficking",
  statusDecidedBy: "Police",
  recruitmentMethods: ["ThroughOnlineSocialNetworks"],
  recruitmentPlace: { country: "TH" },
  methodsOfControl: ["PhysicalThreats"],
  exploitationTypes: ["ForcedCriminality"],
  exploitationPlace: { country: "MM" },
};

const SUSPECT: Entity = { type: "Person", id: ID.suspect, gender: "Masculine" };
const CONSENT: Entity = {
  type: "Consent",
  id: ID.consent,
  person: ID.victim,
  purposes: ["case-management", "referral"],
  givenOn: "2022-03-30",
};

/** A case with its core fields, naming the victim with `context` and the suspect. */
function caseWith(context: VictimContext | undefined, fields: Partial<Case> = {}): Entity {
  return {
    type: "Case",
    id: ID.case,
    status: "Active",
    caseWorker: { staffId: "TF-017", organization: ID.agency },
    parties: [
      { person: ID.victim, roles: ["presumed-victim"], ...(context === undefined ? {} : { victim: context }) },
      { person: ID.suspect, roles: ["suspect"] },
    ],
    ...fields,
  };
}

/** A complete referral from the agency to the shelter. */
const REFERRAL: Extract<Entity, { type: "Referral" }> = {
  type: "Referral",
  id: ID.referral,
  from: ID.agency,
  to: ID.shelter,
  person: ID.victim,
  consent: ID.consent,
  status: "proposed",
  proposedOn: "2022-03-30",
  reasons: ["AdditionalServicesRequired"],
  details: "Shelter and an interpreter requested.",
  caseWorkers: { referring: "TF-017" },
};

/** A bundle sent by the agency holding `entities`, then the agency and the shelter. */
function bundleOf(entities: readonly Entity[], envelope: Partial<Bundle> = {}): Bundle {
  return {
    tipx: "1.1",
    id: ID.bundle,
    createdAt: "2022-04-01T09:00:00+07:00",
    sender: { name: "Provincial task force", organization: ID.agency },
    purpose: "case-management",
    entities: [
      ...entities,
      { type: "Organization", id: ID.agency, name: "Provincial task force" },
      { type: "Organization", id: ID.shelter, name: "Shelter" },
    ],
    ...envelope,
  };
}

/** What the rule alone reports: `[pointer, HTCDS fields]` per TIPX603. */
function run(bundle: Bundle): (readonly [string, readonly string[]])[] {
  const found: (readonly [string, readonly string[]])[] = [];
  const context = ruleContext(bundle, (code, path, params) => {
    expect(code).toBe("TIPX603");
    found.push([toJsonPointer(path), (params as { readonly htcds: readonly string[] }).htcds]);
  });
  checkCoreFields(bundle, context);
  return found;
}

/** A copy of `entity` without the field `key` (JSON has no undefined). */
function without<E extends Entity, K extends keyof E>(entity: E, key: K): Omit<E, K> {
  const { [key]: _dropped, ...rest } = entity;
  return rest;
}

const COMPLETE = [VICTIM, SUSPECT, caseWith(CONTEXT), CONSENT] as const;

describe("TIPX603: which HTCDS core fields are checked", () => {
  it("accounts for every core field of the standard: checked on a model path, or exempt with a reason", () => {
    const checked = new Map(_coreFieldChecks().map((check) => [check.htcds, check]));
    // In the standard's order: where each applies, the model path that answers it, or why it is exempt.
    const table = HTCDS_CORE_FIELDS.map((name) => {
      const rule = _coreFieldRules[name];
      if ("exempt" in rule) return `${name}: exempt: ${rule.exempt}`;
      const check = checked.get(name);
      const path = check?.path ? ` ${check.path}` : "";
      return `${name}: ${rule.on}${path}${check?.directIdentifier ? " (direct identifier)" : ""}`;
    });
    expect(HTCDS_CORE_FIELDS).toHaveLength(40);
    for (const name of HTCDS_CORE_FIELDS) {
      const rule = _coreFieldRules[name];
      if ("exempt" in rule) expect(rule.exempt.length, name).toBeGreaterThan(20);
      else expect(checked.has(name), name).toBe(true);
    }
    expect(table).toMatchInlineSnapshot(`
      [
        "prs_Salutation: victim names.salutation (direct identifier)",
        "prs_FirstName: victim names.given (direct identifier)",
        "prs_SecondName: victim names.family (direct identifier)",
        "prs_Birthdate: exempt: TIPX602 reports a victim with neither a birth date nor an age estimate; an age estimate stands in for an unknown birth date.",
        "prs_Gender: victim gender",
        "prs_Citizenship: victim citizenships",
        "prs_Title: case-worker position.title",
        "prs_Email: victim email (direct identifier)",
        "prs_HomePhone: victim phones[].number (direct identifier)",
        "prs_MobilePhone: victim phones[].number (direct identifier)",
        "prs_MailingCity: victim address.locality (direct identifier)",
        "prs_MailingCountry: victim address.country (direct identifier)",
        "prs_MailingState: victim address.subdivision (direct identifier)",
        "prs_MailingStreet: victim address.lines (direct identifier)",
        "prs_MailingPostalCode: victim address.postalCode (direct identifier)",
        "vic_TraffickingStatus: victim-context victim.traffickingStatus",
        "vic_TraffickingStatusDecisionMakingOrg: victim-context victim.statusDecidedBy",
        "vic_MethodOfRecruitment: victim-context victim.recruitmentMethods",
        "vic_LocationOfRecruitment: victim-context victim.recruitmentPlace",
        "vic_MethodsOfControl: victim-context victim.methodsOfControl",
        "vic_TypeOfExploitation: victim-context victim.exploitationTypes",
        "vic_ForcedLabourIndustry: victim-context victim.forcedLabourIndustries",
        "vic_TypeOfSexExploitation: victim-context victim.sexExploitationTypes",
        "vic_LocationOfExploitation: victim-context victim.exploitationPlace",
        "vic_Vulnerabilities: exempt: Deprecated in HTCDS 2.0 (replaced by an Assessment); TIPX604 discourages it.",
        "vic_DetailsOfVulnerabilities: exempt: Deprecated in HTCDS 2.0 (replaced by an Assessment); TIPX604 discourages it.",
        "cas_Status: case status",
        "cas_ReasonForCaseClosure: case closureReason",
        "cas_CaseOwner: case caseWorker",
        "cas_ReferringOrganisation: referral from",
        "cas_IncomingReferralDate: referral proposedOn",
        "cas_ReferringPrimaryCaseWorker: referral caseWorkers.referring (direct identifier)",
        "cas_ReasonForIncomingReferral: referral reasons",
        "cas_IncomingReferralDetails: referral details",
        "cas_ReferredOrganisation: referral to",
        "cas_ReferredPrimaryCaseWorker: referral caseWorkers.receiving (direct identifier)",
        "cas_ReasonForOutgoingReferral: referral reasons",
        "cas_OutgoingReferralDate: referral proposedOn",
        "cas_OutgoingReferralDetails: referral details",
        "con_Consent: consent",
      ]
    `);
  });

  it("exempts the deprecated core fields (TIPX604 discourages them) and the birth date (TIPX602), nothing else", () => {
    const exempt = HTCDS_CORE_FIELDS.filter((name) => "exempt" in _coreFieldRules[name]);
    expect(exempt).toEqual(["prs_Birthdate", "vic_Vulnerabilities", "vic_DetailsOfVulnerabilities"]);
    const deprecated = HTCDS_CORE_FIELDS.filter((name) => HTCDS_CORE_FIELD_INFO[name].status === "DEPRECATED");
    expect(deprecated.every((name) => exempt.includes(name))).toBe(true);
  });

  it("checks each core field on records of its section of the standard", () => {
    const scopes: Readonly<Record<string, readonly CoreFieldScope[]>> = {
      Person: ["victim", "case-worker"],
      "Person - Victim Context": ["victim-context"],
      Case: ["case"],
      "Referral Details": ["referral"],
      Consent: ["consent"],
    };
    for (const check of _coreFieldChecks())
      expect(scopes[HTCDS_CORE_FIELD_INFO[check.htcds].section], check.htcds).toContain(check.rule.on);
  });

  it("reads each model path from the field registry's htcds tags", () => {
    const schemas = {
      victim: Person,
      "case-worker": Person,
      "victim-context": CaseParty,
      case: Case,
      referral: Referral,
    };
    for (const check of _coreFieldChecks()) {
      if (check.rule.on === "consent") continue;
      const tagged = listFields(schemas[check.rule.on]).find((field) => field.path === check.path);
      expect([tagged?.meta?.htcds ?? []].flat(), check.htcds).toContain(check.htcds);
    }
    // Model 1.1 moved these; the registry says where.
    const pathOf = (name: string): string | undefined => _coreFieldChecks().find((check) => check.htcds === name)?.path;
    expect([pathOf("prs_Title"), pathOf("cas_CaseOwner")]).toEqual(["position.title", "caseWorker"]);
    expect(listFields(Consent).filter((field) => [field.meta?.htcds].flat().includes("con_Consent")).length).toBe(2);
  });
});

describe("TIPX603: the generated presence functions", () => {
  /** A value at `steps[at]` and below: empty and filled leaves, wrong types, lists of items. */
  const valueAt = (steps: readonly { key: string; list: boolean }[], at: number): fc.Arbitrary<unknown> => {
    const leaves = fc.constantFrom<unknown>(undefined, null, "", "x", 0, false, [], {}, [""], { other: "x" });
    if (at >= steps.length) return leaves;
    const step = steps[at] as { key: string; list: boolean };
    const holder = fc.record({ [step.key]: valueAt(steps, at + 1) }, { requiredKeys: [] });
    return fc.oneof(leaves, holder, fc.array(fc.oneof(leaves, holder), { maxLength: 3 }));
  };

  it("has a function for every model path a Core field is read from", () => {
    for (const check of _coreFieldChecks())
      if (check.steps.length > 0) expect(Object.hasOwn(_CORE_FIELD_PRESENCE, check.path), check.path).toBe(true);
  });

  it("says what the step-by-step walk says, on every path", () => {
    for (const check of _coreFieldChecks()) {
      if (check.steps.length === 0) continue;
      const present = _CORE_FIELD_PRESENCE[check.path] as (record: unknown) => boolean;
      fc.assert(
        fc.property(valueAt(check.steps, 0), (record) => {
          expect(present(record), check.path).toBe(_missingStep(record, check.steps, 0) === -1);
        }),
        { numRuns: 300 },
      );
    }
  });

  it("finds a value at the end of a path, and not an empty one", () => {
    const phones = _CORE_FIELD_PRESENCE["phones[].number"] as (record: unknown) => boolean;
    expect(phones({ phones: [{ kind: "mobile" }, { number: "+66812345678" }] })).toBe(true);
    expect(phones({ phones: [{ number: "" }] })).toBe(false);
    const given = _CORE_FIELD_PRESENCE["names.given"] as (record: unknown) => boolean;
    expect([given({ names: { given: "Malee" } }), given({ names: {} }), given({ names: "Malee" })]).toEqual([
      true,
      false,
      false,
    ]);
  });
});

describe("TIPX603: where core fields are asked for", () => {
  it.each<[string, { given: Bundle; want: (readonly [string, readonly string[]])[] }]>([
    ["a complete case: nothing", { given: bundleOf(COMPLETE), want: [] }],
    ["the shared valid test bundle: nothing", { given: validBundle(), want: [] }],
    [
      "a minimal victim: one warning per record, three in all (the person, the case, the victim context)",
      {
        given: bundleOf([
          { type: "Person", id: ID.victim, birthDate: "2004" },
          { type: "Case", id: ID.case, parties: [{ person: ID.victim, roles: ["victim"] }] },
        ]),
        want: [
          [
            "/entities/0",
            [
              "prs_Salutation",
              "prs_FirstName",
              "prs_SecondName",
              "prs_Gender",
              "prs_Citizenship",
              "prs_Email",
              "prs_HomePhone",
              "prs_MobilePhone",
              "prs_MailingCity",
              "prs_MailingCountry",
              "prs_MailingState",
              "prs_MailingStreet",
              "prs_MailingPostalCode",
              "con_Consent",
            ],
          ],
          ["/entities/1", ["cas_Status", "cas_CaseOwner"]],
          [
            "/entities/1/parties/0/victim",
            [
              "vic_TraffickingStatus",
              "vic_MethodOfRecruitment",
              "vic_LocationOfRecruitment",
              "vic_MethodsOfControl",
              "vic_TypeOfExploitation",
              "vic_LocationOfExploitation",
            ],
          ],
        ],
      },
    ],
    [
      "a suspect, a witness and a guardian are not asked for person fields",
      {
        given: bundleOf([
          VICTIM,
          SUSPECT,
          { type: "Person", id: ID.worker },
          caseWith(CONTEXT, {
            parties: [
              { person: ID.victim, roles: ["victim"], victim: CONTEXT },
              { person: ID.suspect, roles: ["suspect"] },
              { person: ID.worker, roles: ["witness", "guardian"] },
            ],
          }),
          CONSENT,
        ]),
        want: [],
      },
    ],
    [
      "a partial address: the person's one warning names only the missing parts",
      {
        given: bundleOf([{ ...VICTIM, address: { country: "TH", subdivision: "TH-63" } }, ...COMPLETE.slice(1)]),
        want: [["/entities/0", ["prs_MailingCity", "prs_MailingStreet", "prs_MailingPostalCode"]]],
      },
    ],
    [
      "a name recorded whole (it cannot be split): only the salutation is asked for",
      {
        given: bundleOf([{ ...VICTIM, names: { full: "Anong Testperson" } }, ...COMPLETE.slice(1)]),
        want: [["/entities/0", ["prs_Salutation"]]],
      },
    ],
    [
      "one phone of any kind answers both phone fields",
      {
        given: bundleOf([{ ...VICTIM, phones: [{ number: "+15555550102" }] }, ...COMPLETE.slice(1)]),
        want: [],
      },
    ],
    [
      "an empty list is missing",
      {
        given: bundleOf([{ ...VICTIM, citizenships: [], phones: [] }, ...COMPLETE.slice(1)]),
        want: [["/entities/0", ["prs_Citizenship", "prs_HomePhone", "prs_MobilePhone"]]],
      },
    ],
    [
      "forced labour asks for the industries, sexual exploitation for its types: both in the context's one warning",
      {
        given: bundleOf([
          VICTIM,
          SUSPECT,
          caseWith({ ...CONTEXT, exploitationTypes: ["ForcedLabour", "SexualExploitation"] }),
          CONSENT,
        ]),
        want: [["/entities/2/parties/0/victim", ["vic_ForcedLabourIndustry", "vic_TypeOfSexExploitation"]]],
      },
    ],
    [
      "with the industries and the types recorded: nothing",
      {
        given: bundleOf([
          VICTIM,
          SUSPECT,
          caseWith({
            ...CONTEXT,
            exploitationTypes: ["ForcedLabour", "SexualExploitation"],
            forcedLabourIndustries: ["A"],
            sexExploitationTypes: ["Prostitution"],
          }),
          CONSENT,
        ]),
        want: [],
      },
    ],
    [
      "an empty victim context: one warning at the context naming the fields that apply",
      {
        given: bundleOf([VICTIM, SUSPECT, caseWith({}), CONSENT]),
        want: [
          [
            "/entities/2/parties/0/victim",
            [
              "vic_TraffickingStatus",
              "vic_MethodOfRecruitment",
              "vic_LocationOfRecruitment",
              "vic_MethodsOfControl",
              "vic_TypeOfExploitation",
              "vic_LocationOfExploitation",
            ],
          ],
        ],
      },
    ],
    [
      "no victim context at all: the same one warning, at where the context belongs",
      {
        given: bundleOf([VICTIM, SUSPECT, caseWith(undefined), CONSENT]),
        want: [
          [
            "/entities/2/parties/0/victim",
            [
              "vic_TraffickingStatus",
              "vic_MethodOfRecruitment",
              "vic_LocationOfRecruitment",
              "vic_MethodsOfControl",
              "vic_TypeOfExploitation",
              "vic_LocationOfExploitation",
            ],
          ],
        ],
      },
    ],
    [
      "a status without who decided it: the context's one warning names it with the other missing fields",
      {
        given: bundleOf([
          VICTIM,
          SUSPECT,
          caseWith({ traffickingStatus: "ActualVictimOfTrafficking", exploitationTypes: ["Servitude"] }),
          CONSENT,
        ]),
        want: [
          [
            "/entities/2/parties/0/victim",
            [
              "vic_TraffickingStatusDecisionMakingOrg",
              "vic_MethodOfRecruitment",
              "vic_LocationOfRecruitment",
              "vic_MethodsOfControl",
              "vic_LocationOfExploitation",
            ],
          ],
        ],
      },
    ],
    [
      "a person found not to be a victim is asked for no recruitment, control or exploitation",
      {
        given: bundleOf([
          VICTIM,
          SUSPECT,
          caseWith({ traffickingStatus: "NotAVictimOfTrafficking", statusDecidedBy: "Police" }),
          CONSENT,
        ]),
        want: [],
      },
    ],
    [
      "a closed case needs its reason for closure; an active one does not",
      {
        given: bundleOf([VICTIM, SUSPECT, caseWith(CONTEXT, { status: "ClosedReferred" }), CONSENT]),
        want: [["/entities/2", ["cas_ReasonForCaseClosure"]]],
      },
    ],
    [
      "a case's case worker is asked for their position; a victim is not",
      {
        given: bundleOf([
          VICTIM,
          SUSPECT,
          { type: "Person", id: ID.worker, names: { given: "Somchai" } },
          caseWith(CONTEXT, { caseWorker: { person: ID.worker } }),
          CONSENT,
        ]),
        want: [["/entities/2", ["prs_Title"]]],
      },
    ],
    [
      "a victim in two cases is asked once",
      {
        given: bundleOf([
          without(VICTIM, "email"),
          SUSPECT,
          caseWith(CONTEXT),
          { ...(caseWith(CONTEXT) as Extract<Entity, { type: "Case" }>), id: ID.otherCase },
          CONSENT,
        ]),
        want: [["/entities/0", ["prs_Email"]]],
      },
    ],
    [
      "a victim with a refused consent has a consent",
      {
        given: bundleOf([
          VICTIM,
          SUSPECT,
          caseWith(CONTEXT),
          {
            type: "Consent",
            id: ID.consent,
            person: ID.victim,
            decision: "refused",
            purposes: [],
            givenOn: "2022-03-30",
          },
        ]),
        want: [],
      },
    ],
  ])("%s", (_title, { given, want }) => {
    expect(validate(given).ok).toBe(true);
    expect(run(given)).toEqual(want);
  });
});

describe("TIPX603: referrals, on the side the sender is on", () => {
  const bare: Extract<Entity, { type: "Referral" }> = {
    type: "Referral",
    id: ID.referral,
    from: ID.agency,
    to: ID.shelter,
    status: "proposed",
  };
  it.each<[string, { given: Bundle; want: (readonly [string, readonly string[]])[] }]>([
    ["a complete outgoing referral: nothing", { given: bundleOf([REFERRAL]), want: [] }],
    [
      "the sender referred: one warning naming the outgoing fields (no receiving case worker before it is accepted)",
      {
        given: bundleOf([bare]),
        want: [
          ["/entities/0", ["cas_ReasonForOutgoingReferral", "cas_OutgoingReferralDate", "cas_OutgoingReferralDetails"]],
        ],
      },
    ],
    [
      "the sender referred and the referral was accepted: the receiving case worker too",
      {
        given: bundleOf([{ ...REFERRAL, status: "accepted", respondedOn: "2022-03-31" }]),
        want: [["/entities/0", ["cas_ReferredPrimaryCaseWorker"]]],
      },
    ],
    [
      "the sender received the referral: one warning naming the incoming fields",
      {
        given: bundleOf([bare], { sender: { name: "Shelter", organization: ID.shelter } }),
        want: [
          [
            "/entities/0",
            [
              "cas_IncomingReferralDate",
              "cas_ReferringPrimaryCaseWorker",
              "cas_ReasonForIncomingReferral",
              "cas_IncomingReferralDetails",
            ],
          ],
        ],
      },
    ],
    [
      "the bundle does not say which side the sender is on: one warning naming both sides' fields",
      {
        given: bundleOf([{ ...bare, status: "completed" }], { sender: { name: "Ministry" } }),
        want: [
          [
            "/entities/0",
            [
              "cas_IncomingReferralDate",
              "cas_ReferringPrimaryCaseWorker",
              "cas_ReasonForIncomingReferral",
              "cas_IncomingReferralDetails",
              "cas_ReferredPrimaryCaseWorker",
              "cas_ReasonForOutgoingReferral",
              "cas_OutgoingReferralDate",
              "cas_OutgoingReferralDetails",
            ],
          ],
        ],
      },
    ],
  ])("%s", (_title, { given, want }) => {
    expect(run(given)).toEqual(want);
  });
});

describe("TIPX603: statistics and research bundles", () => {
  it.each(["statistics", "research"] as const)(
    "a %s bundle is not asked for direct identifiers, which it must not carry (TIPX503)",
    (purpose) => {
      const anonymous: Entity = { type: "Person", id: ID.victim, birthDate: "2004" };
      const referral: Entity = { ...without(REFERRAL, "caseWorkers"), status: "accepted", respondedOn: "2022-03-31" };
      const given = bundleOf([anonymous, SUSPECT, caseWith(CONTEXT), CONSENT, referral], { purpose });
      expect(run(given)).toEqual([["/entities/0", ["prs_Gender", "prs_Citizenship"]]]);
      // ...and the same bundle with the identifiers is told to leave them out.
      const identified = bundleOf([VICTIM, SUSPECT, caseWith(CONTEXT), CONSENT, REFERRAL], { purpose });
      expect(run(identified)).toEqual([]);
      expect(new Set(validate(identified).issues.map((issue) => issue.code))).toEqual(new Set(["TIPX503"]));
    },
  );
});

describe("TIPX603: messages", () => {
  /** Each issue of validating `given`, in English, Thai and Spanish, as `lang path: message`. */
  const messages = (given: Bundle): string[] =>
    ([["en"], ["th", th], ["es", es]] as const).flatMap(([lang, locale]: readonly [string, Catalogue?]) =>
      validate(given, locale ? { locale } : {}).issues.map((issue) => `${lang} ${issue.path}: ${issue.message}`),
    );

  it("one warning per record: the person's names every core field it lacks, its missing consent too", () => {
    const lines = messages(bundleOf([without(VICTIM, "phones"), SUSPECT, caseWith(CONTEXT)]));
    expect(lines).toMatchInlineSnapshot(`
      [
        "en /entities/0: The person lacks the recommended HTCDS core fields prs_HomePhone, prs_MobilePhone and con_Consent.",
        "th /entities/0: บุคคลขาดฟิลด์หลักของ HTCDS ที่แนะนำ prs_HomePhone, prs_MobilePhone และ con_Consent",
        "es /entities/0: La persona no tiene los campos básicos recomendados de HTCDS prs_HomePhone, prs_MobilePhone y con_Consent.",
      ]
    `);
  });

  it("one warning per record: a case and a victim context, each lacking one core field", () => {
    const { statusDecidedBy: _decided, ...undecided } = CONTEXT;
    const unowned = without(caseWith(undecided) as Extract<Entity, { type: "Case" }>, "caseWorker");
    expect(messages(bundleOf([VICTIM, SUSPECT, unowned, CONSENT]))).toMatchInlineSnapshot(`
      [
        "en /entities/2: The case lacks the recommended HTCDS core field cas_CaseOwner.",
        "en /entities/2/parties/0/victim: “Victim context” lacks the recommended HTCDS core field vic_TraffickingStatusDecisionMakingOrg.",
        "th /entities/2: กรณีขาดฟิลด์หลักของ HTCDS ที่แนะนำ cas_CaseOwner",
        "th /entities/2/parties/0/victim: ฟิลด์ “ข้อมูลผู้เสียหาย” ขาดฟิลด์หลักของ HTCDS ที่แนะนำ vic_TraffickingStatusDecisionMakingOrg",
        "es /entities/2: El caso no tiene el campo básico recomendado de HTCDS cas_CaseOwner.",
        "es /entities/2/parties/0/victim: El campo «Contexto de víctima» no tiene el campo básico recomendado de HTCDS vic_TraffickingStatusDecisionMakingOrg.",
      ]
    `);
  });
});
