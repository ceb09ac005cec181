import { describe, expect, it } from "vitest";
import { organizationTypes } from "../codelists/htcds-organization";
import type { Catalogue } from "../i18n/catalogue";
import { es } from "../locales/es/index";
import { th } from "../locales/th/index";
import { bundleWith, type Edit, IDS, REMOVE, validBundle } from "./_test-bundles";
import { type ValidateOptions, validate } from "./validate";

type Want = readonly [code: string, path: string];
/** A closed case has a reason for closure (HTCDS core field cas_ReasonForCaseClosure, TIPX603). */
const CLOSURE_REASON = "The victim returned home.";
const codesAndPaths = (input: unknown, options?: ValidateOptions): Want[] =>
  validate(input, options).issues.map((issue) => [issue.code, issue.path] as const);

describe("validate: a valid bundle", () => {
  it("accepts the synthetic bundle with no issue and returns the parsed value", () => {
    const result = validate(validBundle());
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.value?.entities).toHaveLength(7);
  });
});

/** The valid bundle with an own `__proto__` key, as JSON.parse makes it from text (an object literal cannot). */
function withOwnProtoKey(): unknown {
  const input: unknown = JSON.parse(
    JSON.stringify(validBundle()).replace('"tipx":"1.0"', '"tipx":"1.0","__proto__":{"x":1}'),
  );
  if (typeof input !== "object" || input === null || !Object.hasOwn(input, "__proto__"))
    throw new Error("the fixture lost its __proto__ key");
  return input;
}

/** Each case edits the valid bundle (`edits`) or builds its own input (`input`). */
interface Case {
  readonly edits?: readonly Edit[];
  readonly input?: () => unknown;
  readonly want: readonly Want[];
  readonly ok?: boolean;
}

const cases: ReadonlyArray<readonly [string, Case]> = [
  ["a required field is missing", { edits: [["/sender", REMOVE]], want: [["TIPX103", "/sender"]] }],
  [
    "a value has the wrong type",
    { edits: [["/entities/2/citizenships", "TH"]], want: [["TIPX102", "/entities/2/citizenships"]] },
  ],
  ["an unknown field", { edits: [["/entities/2/nickname", "x"]], want: [["TIPX104", "/entities/2/nickname"]] }],
  ["a __proto__ key is a reserved key, not a prototype", { input: withOwnProtoKey, want: [["TIPX111", "/__proto__"]] }],
  ["a bad UUID", { edits: [["/entities/0/id", "not-a-uuid"]], want: [["TIPX105", "/entities/0/id"]] }],
  [
    "a day that does not exist",
    { edits: [["/entities/2/birthDate", "2001-02-30"]], want: [["TIPX105", "/entities/2/birthDate"]] },
  ],
  [
    "a malformed phone number",
    { edits: [["/entities/2/phones", [{ number: "0812345678" }]]], want: [["TIPX105", "/entities/2/phones/0/number"]] },
  ],
  ["an unsupported version", { edits: [["/tipx", "2.0"]], want: [["TIPX106", "/tipx"]] }],
  ["an unknown entity type", { edits: [["/entities/1/type", "Shelter"]], want: [["TIPX107", "/entities/1/type"]] }],
  ["an entity without a type", { edits: [["/entities/1/type", REMOVE]], want: [["TIPX103", "/entities/1/type"]] }],
  [
    "a party without roles",
    { edits: [["/entities/4/parties/1/roles", []]], want: [["TIPX108", "/entities/4/parties/1/roles"]] },
  ],
  [
    "an extension key without namespace",
    { edits: [["/entities/2/extensions", { note: 1 }]], want: [["TIPX109", "/entities/2/extensions"]] },
  ],
  ["a namespaced extension is fine", { edits: [["/entities/2/extensions", { "org.example/note": 1 }]], want: [] }],
  ["an unknown code", { edits: [["/entities/4/status", "Open"]], want: [["TIPX201", "/entities/4/status"]] }],
  [
    "a repeated code",
    { edits: [["/entities/2/citizenships", ["TH", "TH"]]], want: [["TIPX202", "/entities/2/citizenships"]], ok: true },
  ],
  [
    "a duplicate entity id",
    {
      edits: [["/entities/1/id", IDS.org]],
      want: [
        ["TIPX401", "/entities/1/id"],
        ["TIPX402", "/entities/6/to"],
      ],
    },
  ],
  ["a dangling reference", { edits: [["/entities/4/owner", IDS.missing]], want: [["TIPX402", "/entities/4/owner"]] }],
  [
    "a reference to the wrong type",
    { edits: [["/entities/4/owner", IDS.victim]], want: [["TIPX403", "/entities/4/owner"]] },
  ],
  [
    "a case closed before it was opened",
    {
      edits: [
        ["/entities/4/status", "Closed"],
        ["/entities/4/closureReason", CLOSURE_REASON],
        ["/entities/4/closedOn", "2022-03"],
        ["/entities/4/openedOn", "2022-04-02"],
      ],
      want: [
        ["TIPX404", "/entities/4/closedOn"],
        ["TIPX410", "/entities/4/openedOn"],
      ],
    },
  ],
  [
    "partial dates are compared only as far as known",
    {
      edits: [
        ["/entities/4/status", "Closed"],
        ["/entities/4/closureReason", CLOSURE_REASON],
        ["/entities/4/closedOn", "2022"],
      ],
      want: [],
    },
  ],
  [
    "a birth after a trafficking event",
    {
      edits: [
        ["/entities/2/birthDate", "2022-03-30"],
        ["/entities/2/majorityStatus", REMOVE],
      ],
      want: [["TIPX405", "/entities/2/birthDate"]],
    },
  ],
  [
    "a minor recorded as an adult",
    { edits: [["/entities/2/birthDate", "2010"]], want: [["TIPX406", "/entities/2/majorityStatus"]] },
  ],
  [
    "a minor from an age estimate",
    {
      edits: [
        ["/entities/2/birthDate", REMOVE],
        ["/entities/2/ageEstimate", { years: 15, asOf: "2021-01-01" }],
      ],
      want: [["TIPX406", "/entities/2/majorityStatus"]],
    },
  ],
  [
    "an age estimate that allows 18 is no contradiction",
    {
      edits: [
        ["/entities/2/birthDate", REMOVE],
        ["/entities/2/ageEstimate", { years: 17, asOf: "2021-06-01" }],
      ],
      want: [],
    },
  ],
  [
    "a subdivision of another country",
    { edits: [["/entities/2/address/subdivision", "AR-C"]], want: [["TIPX407", "/entities/2/address/subdivision"]] },
  ],
  [
    "a closed case without closing date",
    {
      edits: [
        ["/entities/4/status", "Closed"],
        ["/entities/4/closureReason", CLOSURE_REASON],
      ],
      want: [["TIPX408", "/entities/4/status"]],
      ok: true,
    },
  ],
  [
    "an operation count below its named persons",
    {
      edits: [
        [
          "/entities/7",
          {
            type: "Operation",
            id: IDS.operation,
            kind: "raid",
            date: "2022-03-29",
            leadAgency: IDS.org,
            rescued: { persons: [IDS.victim], count: 0 },
          },
        ],
      ],
      want: [["TIPX409", "/entities/7/rescued/count"]],
    },
  ],
  [
    "a victim context without a victim role",
    {
      edits: [["/entities/4/parties/0/roles", ["witness"]]],
      want: [
        ["TIPX411", "/entities/4/parties/0/victim"],
        ["TIPX601", "/entities/4/parties"],
      ],
      ok: true,
    },
  ],
  ["a referral without consent", { edits: [["/entities/6/consent", REMOVE]], want: [["TIPX501", "/entities/6"]] }],
  [
    "a consent that does not cover referral",
    { edits: [["/entities/5/purposes", ["case-management"]]], want: [["TIPX502", "/entities/6/consent"]] },
  ],
  [
    "a consent withdrawn before the referral",
    { edits: [["/entities/5/withdrawnOn", "2022-03-30"]], want: [["TIPX502", "/entities/6/consent"]] },
  ],
  [
    "direct identifiers in a statistics bundle (which is not asked for the core fields they hold)",
    {
      edits: [["/purpose", "statistics"]],
      want: [
        ["TIPX503", "/entities/2/names"],
        ["TIPX503", "/entities/2/phones"],
        ["TIPX503", "/entities/2/email"],
        ["TIPX503", "/entities/2/address/lines"],
      ],
    },
  ],
  [
    "a referral bundle without every victim's consent",
    {
      edits: [
        ["/purpose", "referral"],
        ["/entities/5/purposes", ["case-management"]],
      ],
      want: [
        ["TIPX502", "/entities/6/consent"],
        ["TIPX504", "/entities/2"],
      ],
    },
  ],
  [
    "a victim without age",
    {
      edits: [
        ["/entities/2/birthDate", REMOVE],
        ["/entities/2/majorityStatus", REMOVE],
      ],
      want: [["TIPX602", "/entities/2"]],
      ok: true,
    },
  ],
  [
    "victim core fields missing",
    {
      edits: [["/entities/4/parties/0/victim", REMOVE]],
      want: [["TIPX603", "/entities/4/parties/0/victim"]],
      ok: true,
    },
  ],
  [
    "a closed case without a reason for closure",
    {
      edits: [
        ["/entities/4/status", "Closed"],
        ["/entities/4/closedOn", "2022-03-31"],
      ],
      want: [["TIPX603", "/entities/4"]],
      ok: true,
    },
  ],
  [
    "a deprecated HTCDS field",
    {
      edits: [["/entities/4/parties/0/victim/vulnerabilities", ["Poverty"]]],
      want: [["TIPX604", "/entities/4/parties/0/victim/vulnerabilities"]],
      ok: true,
    },
  ],
];

describe("validate: issue codes and paths", () => {
  it.each(cases)("%s", (_title, { edits = [], input: make, want, ok }) => {
    const input = make ? make() : bundleWith(...edits);
    expect(codesAndPaths(input)).toEqual(want);
    expect(validate(input).ok).toBe(ok ?? want.length === 0);
  });
});

describe("validate: options", () => {
  it("turns warnings into errors under level strict", () => {
    const input = bundleWith(["/entities/4/status", "Closed"], ["/entities/4/closureReason", CLOSURE_REASON]);
    expect(validate(input).ok).toBe(true);
    const strict = validate(input, { level: "strict" });
    expect(strict.ok).toBe(false);
    expect(strict.issues.map((i) => [i.code, i.severity])).toEqual([["TIPX408", "error"]]);
  });

  it("accepts an unknown code of an extensible list as a warning under level lenient", () => {
    const input = bundleWith(["/entities/4/parties/0/victim/recruitmentWebsitesAndApps", ["Mastodon"]]);
    expect(validate(input).ok).toBe(false);
    const lenient = validate(input, { level: "lenient" });
    expect(lenient.ok).toBe(true);
    expect(lenient.issues.map((i) => [i.code, i.severity])).toEqual([["TIPX201", "warning"]]);
    expect(lenient.value).toEqual(input);
  });

  it("keeps an unknown code of a closed list an error under level lenient", () => {
    expect(validate(bundleWith(["/entities/4/status", "Open"]), { level: "lenient" }).ok).toBe(false);
  });

  it("writes messages in the requested language without global state", () => {
    const input = bundleWith(["/entities/4/owner", IDS.missing]);
    const [inEnglish] = validate(input).issues;
    const [inThai] = validate(input, { locale: th }).issues;
    const [inSpanish] = validate(input, { locale: es }).issues;
    expect([inEnglish?.code, inThai?.code, inSpanish?.code]).toEqual(["TIPX402", "TIPX402", "TIPX402"]);
    expect(new Set([inEnglish?.message, inThai?.message, inSpanish?.message]).size).toBe(3);
    expect(validate(input).issues[0]?.message).toEqual(inEnglish?.message);
  });
});

describe("validate: messages", () => {
  it("reads well in each family (inline snapshots)", () => {
    const render = (input: unknown, locale?: Catalogue) =>
      validate(input, locale ? { locale } : {}).issues.map((i) => `${i.code} ${i.path}: ${i.message}`);
    expect(render(bundleWith(["/entities/2/nickname", "x"], ["/entities/0/id", "x"]))).toMatchInlineSnapshot(`
      [
        "TIPX105 /entities/0/id: “Entity id” is not a valid UUID.",
        "TIPX104 /entities/2/nickname: The person has a field "nickname" that the model does not define; put data that has no place in the model under "extensions", with a namespaced key.",
      ]
    `);
    expect(render(bundleWith(["/entities/1/organizationType", "ngo"]))).toMatchInlineSnapshot(`
      [
        "TIPX201 /entities/1/organizationType: “Organisation type” holds "ngo", which is not a code of the list “Organisation type”. Did you mean "NGO"? It must be "NGO", "LawEnforcement", "HealthServiceOrganisation", "CentralGovernmentOrganisation", "LocalGovernmentOrganisation", "ImmigrationService", "LegalService", "CorporateBusiness" or "SchoolOrCollege".",
      ]
    `);
    expect(render(bundleWith(["/entities/4/owner", IDS.missing]), th)).toMatchInlineSnapshot(`
      [
        "TIPX402 /entities/4/owner: ไม่มีองค์กรที่มีรหัสตามฟิลด์ “หน่วยงานเจ้าของกรณี” ในชุดข้อมูล",
      ]
    `);
    expect(render(bundleWith(["/entities/6/consent", REMOVE]), es)).toMatchInlineSnapshot(`
      [
        "TIPX501 /entities/6: La derivación nombra a una persona, pero no el consentimiento en que se basa.",
      ]
    `);
    expect(render(bundleWith(["/entities/4/parties/0/victim", REMOVE]))).toMatchInlineSnapshot(`
      [
        "TIPX603 /entities/4/parties/0/victim: “Victim context” lacks the recommended HTCDS core fields vic_TraffickingStatus, vic_MethodOfRecruitment, vic_LocationOfRecruitment, vic_MethodsOfControl, vic_TypeOfExploitation and vic_LocationOfExploitation.",
      ]
    `);
  });

  it("never repeats the value of a sensitive field", () => {
    const secretCode = "SecretExploitationCode";
    const input = bundleWith(
      ["/entities/4/parties/0/victim/exploitationTypes", [secretCode]],
      ["/entities/2/gender", "SecretGenderValue"],
      ["/entities/2/names/given", 42],
      ["/entities/2/phones", [{ number: "+66 SECRET" }]],
    );
    const result = validate(input);
    expect(result.issues.map((i) => i.code).sort()).toEqual(["TIPX102", "TIPX105", "TIPX201", "TIPX201"]);
    const text = JSON.stringify(result.issues);
    for (const secret of [secretCode, "SecretGenderValue", "SECRET", "42"]) expect(text).not.toContain(secret);
  });

  it("repeats a wrong code of a non-sensitive field and suggests the right one", () => {
    const [issue] = validate(bundleWith(["/entities/1/organizationType", "ngo"])).issues;
    expect(issue?.params).toMatchObject({ received: "ngo", suggestions: ["NGO"], list: organizationTypes.id });
  });
});

describe("validate: never throws", () => {
  it("accepts any JSON, however deep, inside a namespaced extension", () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { "org.example/x": deep };
    expect(validate(bundleWith(["/entities/2/extensions", { "org.example/deep": deep }])).ok).toBe(true);
  });

  const nasty: ReadonlyArray<readonly [string, () => unknown]> = [
    ["undefined", () => undefined],
    ["null", () => null],
    ["a number", () => 42],
    ["a string", () => "{}"],
    ["an array", () => []],
    [
      "a cyclic object",
      () => {
        const bundle = validBundle() as unknown as Record<string, unknown>;
        bundle["self"] = bundle;
        (bundle["entities"] as unknown[]).push(bundle);
        return bundle;
      },
    ],
    [
      "a deeply nested object where the model has no room for it",
      () => {
        let deep: Record<string, unknown> = {};
        for (let i = 0; i < 100_000; i++) deep = { x: deep };
        return bundleWith(["/entities/2/names", deep]);
      },
    ],
    [
      "a throwing getter",
      () => {
        const bundle = validBundle() as unknown as Record<string, unknown>;
        Object.defineProperty(bundle, "sender", {
          enumerable: true,
          get: () => {
            throw new Error("boom");
          },
        });
        return bundle;
      },
    ],
    [
      "a revoked proxy",
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
    ["a huge entity list", () => bundleWith(["/entities", Array.from({ length: 20_000 }, () => ({ type: "Person" }))])],
  ];
  it.each(nasty)("reports instead of throwing on %s", (_title, make) => {
    const input = make();
    const result = validate(input);
    expect(result.ok).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });
});
