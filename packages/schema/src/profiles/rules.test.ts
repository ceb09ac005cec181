import { describe, expect, it } from "vitest";
import { renderMessage } from "../i18n/text";
import type { IssueParamRecord } from "../issues/issue";
import type { IssueCode } from "../issues/issues";
import { es } from "../locales/es/index";
import { th } from "../locales/th/index";
import type { Bundle, Entity } from "../model/bundle";
import { ruleContext } from "../rules/bundle-index";
import type { PathSegment } from "../rules/rule";
import { validate } from "../validate/validate";
import type { ProfileCode } from "./profile-code";
import { profileRules } from "./rules";

const ids = Array.from({ length: 12 }, (_, i) => `3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e${String(i).padStart(2, "0")}`);
const id = (i: number): string => ids[i] ?? "";

function bundleOf(entities: Entity[]): Bundle {
  return {
    tipx: "1.0",
    id: id(11),
    createdAt: "2025-06-01T10:00:00+07:00",
    sender: { name: "Example shelter", country: "TH" },
    purpose: "case-management",
    entities,
  };
}

interface Reported {
  readonly code: IssueCode;
  readonly path: readonly PathSegment[];
  readonly params: IssueParamRecord;
}

function run(profile: ProfileCode, bundle: Bundle): Reported[] {
  const reported: Reported[] = [];
  for (const rule of profileRules(profile))
    rule(
      bundle,
      ruleContext(bundle, (code, path, params) => reported.push({ code, path, params: params as IssueParamRecord })),
    );
  return reported;
}

const codesAndPaths = (reported: readonly Reported[]): [string, string][] =>
  reported.map((r) => [r.code, r.path.join("/")]);

describe("profile rules: identity documents", () => {
  const person: Entity = {
    type: "Person",
    id: id(0),
    identityDocuments: [
      { kind: "TH-PIN", number: "1-1120-34563-56-2", issuingCountry: "TH" },
      { kind: "TH-PIN", number: "1-1120-34563-56-3" },
      { kind: "TH-PIN", number: "0-1234-56789-01-?" },
      { kind: "passport", number: "MA1234567890", issuingCountry: "MM" },
      { kind: "AR-DNI", number: "20.123", issuingCountry: "AR" },
      { kind: "AR-CUIT", number: "20-05536168-2", issuingCountry: "TH" },
      { kind: "residence-permit", number: "anything", issuingCountry: "TH" },
    ],
  };

  it("checks the profile country's kinds and every passport, at the number's path", () => {
    expect(codesAndPaths(run("TH", bundleOf([person])))).toEqual([
      ["TIPX302", "entities/0/identityDocuments/1/number"],
      ["TIPX301", "entities/0/identityDocuments/2/number"],
      ["TIPX308", "entities/0/identityDocuments/3/number"],
      ["TIPX306", "entities/0/identityDocuments/5/issuingCountry"],
    ]);
    expect(codesAndPaths(run("AR", bundleOf([person])))).toEqual([
      ["TIPX308", "entities/0/identityDocuments/3/number"],
      ["TIPX301", "entities/0/identityDocuments/4/number"],
      ["TIPX306", "entities/0/identityDocuments/5/issuingCountry"],
    ]);
  });

  it("reports the info code for a Thai PIN beginning with 0", () => {
    const reported = run(
      "TH",
      bundleOf([{ type: "Person", id: id(0), identityDocuments: [{ kind: "TH-PIN", number: "0-1234-56789-01-6" }] }]),
    );
    expect(reported).toEqual([
      {
        code: "TIPX304",
        path: ["entities", 0, "identityDocuments", 0, "number"],
        params: { kind: "TH-PIN", country: "TH", expected: "X-XXXX-XXXXX-XX-X" },
      },
    ]);
  });

  it("never puts the number in params or messages, in any language", () => {
    const number = "1-1120-34563-56-3";
    const reported = run(
      "TH",
      bundleOf([{ type: "Person", id: id(0), identityDocuments: [{ kind: "TH-PIN", number }] }]),
    );
    expect(reported).toHaveLength(1);
    for (const issue of reported) {
      for (const locale of [undefined, th, es]) {
        const message = renderMessage(issue.code, issue.params as never, locale);
        expect(message).not.toContain("1120");
        expect(message).not.toContain("34563");
      }
      expect(JSON.stringify(issue.params)).not.toMatch(/\d{4}/);
    }
  });
});

describe("profile rules: subdivisions", () => {
  const entities: Entity[] = [
    { type: "Person", id: id(0), address: { country: "TH", subdivision: "TH-63" } },
    { type: "Person", id: id(1), address: { country: "TH", subdivision: "TH-99" } },
    { type: "Organization", id: id(2), name: "Shelter", address: { subdivision: "TH-28" } },
    {
      type: "Operation",
      id: id(3),
      kind: "raid",
      date: "2025-05",
      leadAgency: id(2),
      place: { country: "TH", subdivision: "TH-S" },
    },
    {
      type: "Case",
      id: id(4),
      jurisdiction: { country: "TH", subdivision: "TH-00" },
      parties: [
        {
          person: id(0),
          roles: ["victim"],
          victim: {
            recruitmentPlace: { country: "MM", subdivision: "MM-11" },
            exploitationPlace: { subdivision: "TH-97" },
          },
        },
      ],
      events: [{ eventType: "Exploitation", place: { country: "TH", subdivision: "TH-10" } }],
    },
    { type: "LegalProceeding", id: id(5), jurisdiction: { country: "PY", subdivision: "PY-17" }, charges: [] },
  ];

  it("finds every place whose subdivision has the profile's prefix but is not in its list", () => {
    expect(codesAndPaths(run("TH", bundleOf(entities)))).toEqual([
      ["TIPX310", "entities/1/address/subdivision"],
      ["TIPX310", "entities/2/address/subdivision"],
      ["TIPX310", "entities/4/jurisdiction/subdivision"],
      ["TIPX310", "entities/4/parties/0/victim/exploitationPlace/subdivision"],
    ]);
    expect(codesAndPaths(run("PY", bundleOf(entities)))).toEqual([["TIPX310", "entities/5/jurisdiction/subdivision"]]);
  });
});

describe("profile rules: phones", () => {
  it("checks numbers with the profile's calling code only", () => {
    const entities: Entity[] = [
      {
        type: "Person",
        id: id(0),
        phones: [
          { number: "+66812345678" },
          { number: "+660812345678" },
          { number: "+661234567" },
          { number: "+95912345678" },
        ],
      },
      { type: "Organization", id: id(1), name: "Office", phone: "+2311234567890" },
    ];
    expect(codesAndPaths(run("TH", bundleOf(entities)))).toEqual([
      ["TIPX323", "entities/0/phones/1/number"],
      ["TIPX322", "entities/0/phones/2/number"],
    ]);
    const liberia = run("LR", bundleOf(entities));
    expect(liberia).toEqual([
      {
        code: "TIPX322",
        path: ["entities", 1, "phone"],
        params: { country: "LR", callingCode: "231", trunkPrefix: "0", lengths: "7, 8, 9" },
      },
    ]);
  });
});

describe("profile rules: charges", () => {
  const proceeding = (country: "TH" | "AR", charges: { instrument: string; section?: string }[]): Entity => ({
    type: "LegalProceeding",
    id: id(6),
    jurisdiction: { country },
    charges: charges.map((charge) => ({ ...charge, against: [id(0)] })),
  });

  it("requires an instrument of the jurisdiction and warns on unknown instruments and sections", () => {
    const bundle = bundleOf([
      proceeding("TH", [
        { instrument: "TH-ATIPA-2551", section: "s6/1" },
        { instrument: "TH-ATIPA-2551", section: "s6-1" },
        { instrument: "AR-CODIGO-PENAL", section: "art145bis" },
        { instrument: "TH-IMMIGRATION-2522", section: "s62" },
        { instrument: "TH-ATIPA-DECREE-2562" },
      ]),
    ]);
    expect(codesAndPaths(run("TH", bundle))).toEqual([
      ["TIPX332", "entities/0/charges/1/section"],
      ["TIPX330", "entities/0/charges/2/instrument"],
      ["TIPX331", "entities/0/charges/3/instrument"],
    ]);
  });

  it("reports the profile country's law cited under another jurisdiction", () => {
    const bundle = bundleOf([
      proceeding("AR", [
        { instrument: "TH-ATIPA-2551", section: "s6" },
        { instrument: "AR-CODIGO-PENAL", section: "art145ter" },
      ]),
    ]);
    expect(run("TH", bundle)).toEqual([
      { code: "TIPX330", path: ["entities", 0, "charges", 0, "instrument"], params: { country: "AR" } },
    ]);
    expect(codesAndPaths(run("AR", bundle))).toEqual([["TIPX330", "entities/0/charges/0/instrument"]]);
  });

  // The laws charged beside the anti-trafficking acts are instruments of their profile, so validate()
  // reports no unknown instrument (TIPX331) for them, or any other charge issue.
  it.each<[ProfileCode, { instrument: string; section?: string }]>([
    ["TH", { instrument: "TH-CRIMINAL-CODE" }],
    ["TH", { instrument: "TH-PPSA-2539" }],
    ["TH", { instrument: "TH-CPA-2546" }],
    ["TH", { instrument: "TH-LPA-2541" }],
    ["TH", { instrument: "TH-IA-2522" }],
    ["AR", { instrument: "AR-CODIGO-PENAL", section: "art140" }],
    ["PY", { instrument: "PY-CODIGO-PENAL", section: "art129" }],
    ["LR", { instrument: "LR-PENAL-LAW" }],
    ["LR", { instrument: "LR-CHILDRENS-LAW" }],
  ])("validate() under %s accepts a charge under %o", (profile, charge) => {
    const input = bundleOf([
      { type: "Person", id: id(0) },
      {
        type: "LegalProceeding",
        id: id(6),
        jurisdiction: { country: profile },
        charges: [{ ...charge, against: [id(0)] }],
      },
    ]);
    const charges = validate(input, { profile }).issues.filter((issue) => /^TIPX33\d$/.test(issue.code));
    expect(charges).toEqual([]);
  });

  it.each(["TH", "AR", "PY", "LR"] as const)("validate() under %s still warns on an unknown instrument", (profile) => {
    const input = bundleOf([
      { type: "Person", id: id(0) },
      {
        type: "LegalProceeding",
        id: id(6),
        jurisdiction: { country: profile },
        charges: [{ instrument: `${profile}-NO-SUCH-LAW`, against: [id(0)] }],
      },
    ]);
    const charges = validate(input, { profile }).issues.filter((issue) => /^TIPX33\d$/.test(issue.code));
    expect(charges.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ["TIPX331", "warning", "/entities/1/charges/0/instrument"],
    ]);
  });
});

describe("profile rules: agencies", () => {
  it("requires known agency codes and a matching country", () => {
    const bundle = bundleOf([
      { type: "Organization", id: id(0), name: "DSI", country: "TH", agency: "TH-DSI" },
      { type: "Organization", id: id(1), name: "Police", agency: "TH-POLICE" },
      { type: "Organization", id: id(2), name: "Police", country: "TH", agency: "RTP" },
      { type: "Organization", id: id(3), name: "PROTEX", country: "TH", agency: "AR-PROTEX" },
      { type: "Organization", id: id(4), name: "MSDHS", country: "AR", agency: "TH-MSDHS" },
      { type: "Organization", id: id(5), name: "Myanmar police", country: "MM", agency: "MM-MPF" },
    ]);
    expect(codesAndPaths(run("TH", bundle))).toEqual([
      ["TIPX340", "entities/1/agency"],
      ["TIPX340", "entities/2/agency"],
      ["TIPX341", "entities/3/agency"],
      ["TIPX341", "entities/4/agency"],
    ]);
  });
});

describe("validate() with a profile", () => {
  const input = {
    tipx: "1.0",
    id: id(11),
    createdAt: "2025-06-01T10:00:00+07:00",
    sender: { name: "Example shelter", country: "TH" },
    purpose: "case-management",
    entities: [
      {
        type: "Person",
        id: id(0),
        identityDocuments: [{ kind: "TH-PIN", number: "1-1120-34563-56-3" }],
        address: { country: "TH", subdivision: "TH-99" },
      },
    ],
  };

  it("runs the profile's rules when asked, or when the bundle declares its profile", () => {
    const asked = validate(input, { profile: "TH" });
    const declared = validate({ ...input, profile: "TH" });
    for (const result of [asked, declared]) {
      expect(
        result.issues.filter((issue) => issue.code.startsWith("TIPX3")).map((issue) => [issue.code, issue.path]),
      ).toEqual([
        ["TIPX302", "/entities/0/identityDocuments/0/number"],
        ["TIPX310", "/entities/0/address/subdivision"],
      ]);
    }
    expect(validate(input).issues.filter((issue) => issue.code.startsWith("TIPX3"))).toEqual([]);
  });

  it("renders the messages without the number", () => {
    const messages = validate(input, { profile: "TH", locale: th })
      .issues.filter((issue) => issue.code.startsWith("TIPX3"))
      .map((issue) => issue.message);
    expect(messages).toMatchInlineSnapshot(`
      [
        "หลักตรวจสอบของเลขเอกสาร “เลขประจำตัวประชาชน” ไม่ถูกต้อง",
        "รหัสเขตการปกครองนี้ไม่ใช่รหัส ISO 3166-2 ของประเทศไทย",
      ]
    `);
  });
});
