import { describe, expect, it } from "vitest";
import type { Catalogue } from "../../i18n/catalogue";
import type { IssueParamRecord } from "../../issues/issue";
import { es } from "../../locales/es/index";
import { th } from "../../locales/th/index";
import type { Bundle } from "../../model/bundle";
import type { Identification } from "../../model/case-party";
import { ruleContext } from "../../rules/bundle-index";
import type { PathSegment } from "../../rules/rule";
import { bundleWith, type Edit, type Json, REMOVE } from "../../validate/_test-bundles";
import { validate } from "../../validate/validate";
import { PROFILE_CODES, type ProfileCode } from "../profile-code";
import { profiles } from "../profiles";
import { protectionPeriodRule } from "./protection-period";

/** Where the valid bundle's victim records the identification (its case is entity 4, the victim party 0). */
const IDENTIFICATION = "/entities/4/parties/0/victim/identification";

/** The valid bundle whose victim was given the protection period `[start, end]`. */
function withPeriod(start: string, end?: string, ...more: readonly Edit[]): Json {
  const identification: Identification = {
    procedure: "multidisciplinary-team",
    protectionPeriod: end === undefined ? { start } : { start, end },
  };
  return bundleWith([IDENTIFICATION, identification], ...more);
}

interface Run {
  /** What the rule reported. */
  readonly reported: readonly { code: string; path: readonly PathSegment[]; params: IssueParamRecord }[];
  /** What the rule returned: whether it compared a period. */
  readonly looked: boolean;
}

/** Runs the rule of one profile alone on a bundle. */
function run(profile: ProfileCode, bundle: Json): Run {
  const reported: { code: string; path: readonly PathSegment[]; params: IssueParamRecord }[] = [];
  const data = bundle as unknown as Bundle;
  const context = ruleContext(data, (code, path, params) =>
    reported.push({ code, path, params: params as IssueParamRecord }),
  );
  return { reported, looked: protectionPeriodRule(profile)(data, context) };
}

describe("victims' protection periods against the referral mechanism's (TIPX352)", () => {
  it("reports a 21-day period under TH, at the period, with its length and the limit", () => {
    expect(run("TH", withPeriod("2022-03-01", "2022-03-21"))).toEqual({
      reported: [
        {
          code: "TIPX352",
          path: ["entities", 4, "parties", 0, "victim", "identification", "protectionPeriod"],
          params: { days: 21, limit: 15 },
        },
      ],
      looked: true,
    });
  });

  it("counts both the first and the last day, across months and leap days", () => {
    const days = (start: string, end: string): unknown => run("TH", withPeriod(start, end)).reported[0]?.params["days"];
    expect(days("2022-03-01", "2022-03-16")).toBe(16);
    expect(days("2024-02-20", "2024-03-06")).toBe(16);
    expect(days("2023-02-20", "2023-03-06")).toBeUndefined(); // 15 days: 2023 has no 29 February
    expect(days("2021-12-25", "2022-01-25")).toBe(32);
  });

  it.each<[string, { start: string; end?: string; more?: readonly Edit[] }]>([
    ["a period of exactly 15 days", { start: "2022-03-01", end: "2022-03-15" }],
    ["a period of one day", { start: "2022-03-01", end: "2022-03-01" }],
    ["a period that ends before it starts (TIPX404's to report)", { start: "2022-03-21", end: "2022-03-01" }],
  ])("compares but does not report %s", (_title, { start, end, more = [] }) => {
    expect(run("TH", withPeriod(start, end, ...more))).toEqual({ reported: [], looked: true });
  });

  it.each<[string, { start: string; end?: string; more?: readonly Edit[] }]>([
    ["a period without an end", { start: "2022-03-01" }],
    ["a partial start (a month)", { start: "2022-03", end: "2022-04-30" }],
    ["a partial end (a year)", { start: "2022-03-01", end: "2022" }],
    ["two partial dates", { start: "2022-01", end: "2022-12" }],
    [
      "a case under another country's jurisdiction",
      { start: "2022-03-01", end: "2022-03-21", more: [["/entities/4/jurisdiction", { country: "MM" }]] },
    ],
    ["an end year in the Buddhist Era (TIPX350's to report)", { start: "2022-03-01", end: "2565-03-21" }],
  ])("neither compares nor reports %s", (_title, { start, end, more = [] }) => {
    expect(run("TH", withPeriod(start, end, ...more))).toEqual({ reported: [], looked: false });
  });

  it("compares a case without a jurisdiction, and both dates in the Buddhist Era", () => {
    expect(
      run("TH", withPeriod("2022-03-01", "2022-03-21", ["/entities/4/jurisdiction", REMOVE])).reported,
    ).toHaveLength(1);
    expect(run("TH", withPeriod("2565-03-01", "2565-03-21")).reported[0]?.params).toEqual({ days: 21, limit: 15 });
  });

  it("checks every victim of every case", () => {
    const bundle = withPeriod("2022-03-01", "2022-03-31", [
      "/entities/4/parties/1",
      {
        person: "6f5e4d3c-2b1a-4098-8f7e-6d5c4b3a2918",
        roles: ["victim"],
        victim: { identification: { protectionPeriod: { start: "2022-03-01", end: "2022-03-17" } } },
      },
    ]);
    expect(run("TH", bundle).reported.map(({ path, params }) => [path.join("/"), params["days"]])).toEqual([
      ["entities/4/parties/0/victim/identification/protectionPeriod", 31],
      ["entities/4/parties/1/victim/identification/protectionPeriod", 17],
    ]);
  });

  it("does nothing under a profile whose referral mechanism fixes no period", () => {
    const without = PROFILE_CODES.filter((code) => profiles[code].identification.protectionPeriod === undefined);
    expect(without).toEqual(["LR", "PY", "AR"]);
    for (const code of without) {
      expect(run(code, withPeriod("2022-03-01", "2022-03-21")), code).toEqual({ reported: [], looked: false });
    }
  });

  it("is one of the profile's rules in validate(): an info, with the field's label, that keeps the bundle valid", () => {
    const result = validate(withPeriod("2022-03-01", "2022-03-21"), { profile: "TH" });
    expect(result.issues.filter((issue) => issue.code === "TIPX352")).toEqual([
      {
        code: "TIPX352",
        severity: "info",
        path: "/entities/4/parties/0/victim/identification/protectionPeriod",
        message: expect.any(String),
        params: { days: 21, limit: 15, field: "Identification.protectionPeriod" },
      },
    ]);
    expect(result.ok).toBe(true);
    expect(
      validate(withPeriod("2022-03-01", "2022-03-21"), { profile: "TH", level: "strict" }).issues.find(
        (issue) => issue.code === "TIPX352",
      )?.severity,
    ).toBe("info");
  });

  it("counts as something checked (no TIPX351) only when it compared a period", () => {
    // A bundle whose only fact of the profile's country is a victim's protection period.
    const only = (start: string, end: string): Json => ({
      tipx: "1.0",
      id: "c0ffee00-1234-4abc-8def-0123456789ab",
      createdAt: "2022-04-01T09:00:00Z",
      sender: { name: "Shelter" },
      purpose: "case-management",
      entities: [
        { type: "Person", id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01" },
        {
          type: "Case",
          id: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
          parties: [
            {
              person: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
              roles: ["presumed-victim"],
              victim: { identification: { protectionPeriod: { start, end } } },
            },
          ],
        },
      ],
    });
    const codes = (bundle: Json, profile: ProfileCode): string[] =>
      validate(bundle, { profile })
        .issues.map((issue) => issue.code)
        .filter((code) => code.startsWith("TIPX35"));
    expect(codes(only("2022-03-01", "2022-03-10"), "TH")).toEqual([]);
    expect(codes(only("2022-03-01", "2022-03-21"), "TH")).toEqual(["TIPX352"]);
    expect(codes(only("2022-03", "2022-04"), "TH")).toEqual(["TIPX351"]);
    expect(codes(only("2022-03-01", "2022-03-21"), "AR")).toEqual(["TIPX351"]);
  });

  it("reads like this", () => {
    const message = (locale: Catalogue | undefined): string | undefined =>
      validate(withPeriod("2022-03-01", "2022-03-21"), { profile: "TH", ...(locale ? { locale } : {}) }).issues.find(
        (issue) => issue.code === "TIPX352",
      )?.message;
    expect([undefined, th, es].map(message)).toMatchInlineSnapshot(`
      [
        "The protection period lasts 21 days, longer than the 15 days the country's referral mechanism gives before identification.",
        "ระยะเวลาคุ้มครองยาว 21 วัน ซึ่งนานกว่า 15 วันที่กลไกการส่งต่อระดับชาติของประเทศให้ไว้ก่อนการคัดแยกผู้เสียหาย",
        "El período de protección dura 21 días, más que los 15 días que el mecanismo nacional de derivación del país da antes de la identificación.",
      ]
    `);
  });
});
