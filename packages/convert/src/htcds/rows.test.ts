import { readFileSync } from "node:fs";
import { Bundle, validate } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { numberRows } from "../table/index";
import { fromHtcdsRows, streamFromHtcdsRows } from "./from-rows";
import { toHtcdsRows } from "./to-rows";

type Json = Record<string, unknown>;

const example = Bundle.parse(
  JSON.parse(readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8")),
);
let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, "0")}`;

describe("toHtcdsRows", () => {
  it("writes one row per victim party with exact 2.0 names and reports what it does not carry", () => {
    const { value, report } = toHtcdsRows(example);
    expect(value.length).toBeGreaterThan(0);
    expect(value[0]?.["prs_Citizenship"]).toBe("TH");
    expect(value[0]?.["prs_PrimaryLanguage"]).toBe("tha");
    const c = report.counts;
    expect(c.values).toBe(c.carried + c.notCarried);
    expect(c.rows).toBe(c.converted + c.skipped);
    const notCarried = report.issues.filter((i) => i.code === "TIPX705");
    expect(notCarried.length).toBe(c.notCarried);
    expect(new Set(notCarried.map((i) => i.path)).size).toBe(notCarried.length);
    expect(notCarried.map((i) => i.path)).toContain("/entities/3/names/native");
  });

  it("reads its rows back into a valid bundle", () => {
    const rows = toHtcdsRows(example, { ids: true }).value;
    const { value, report } = fromHtcdsRows(rows, {
      uuid,
      createdAt: "2026-01-01T00:00:00Z",
      consentGivenOn: "2022-03-30",
    });
    expect(validate(value).ok, JSON.stringify(validate(value).issues.slice(0, 3))).toBe(true);
    expect(report.counts.notCarried).toBe(0);
  });
});

describe("fromHtcdsRows", () => {
  it.each([
    [{ prs_Gender: "Femme" }, "TIPX702", "prs_Gender", "Femme"],
    [{ prs_Birthdate: "31/02/2001" }, "TIPX703", "prs_Birthdate", undefined],
    [{ vic_AgeWhenTrafficked: "twelve" }, "TIPX703", "vic_AgeWhenTrafficked", undefined],
    [{ vic_TypeOfExploitation: "ForcedLabour;Smuggling" }, "TIPX702", "vic_TypeOfExploitation", "Smuggling"],
  ])("reports %j with %s", (row, code, column, value) => {
    const { value: bundle, report } = fromHtcdsRows([row], { uuid });
    expect(validate(bundle).ok).toBe(true);
    const issue = report.issues.find((i) => i.code === code);
    expect(issue).toMatchObject({ row: 2, column });
    expect(issue?.value).toBe(value);
  });

  it("reads labels and aliases, and reports unknown columns once with their count", () => {
    const { value, report } = fromHtcdsRows(
      [
        {
          vic_TraffickingStatus: "Possible victim of trafficking",
          vic_RelationshipToTrafficker: "Unacquainted",
          Extra: "a",
        },
        { vic_ForcedLabourIndustry: "A_AgricultureForestryAndFishing", Extra: "b" },
      ],
      { uuid },
    );
    expect(validate(value).ok).toBe(true);
    const cases = value.entities.filter((e) => e.type === "Case");
    expect(cases).toHaveLength(2);
    expect(report.issues.filter((i) => i.code === "TIPX701")).toEqual([
      expect.objectContaining({ column: "Extra", count: 2, row: 2 }),
    ]);
    expect(report.issues.filter((i) => i.code === "TIPX709").map((i) => i.params)).toEqual([
      { field: "Person", change: "generated" },
      { field: "Case", change: "generated" },
      { field: "Bundle", change: "generated" },
    ]);
  });

  it("joins rows of one case and reports fields they disagree on", () => {
    const caseId = "11111111-1111-4111-8111-111111111111";
    const { value, report } = fromHtcdsRows([
      { cas_Id: caseId, prs_Id: "22222222-2222-4222-8222-222222222222", cas_Status: "Active" },
      { cas_Id: caseId, prs_Id: "33333333-3333-4333-8333-333333333333", cas_Status: "Closed" },
    ]);
    expect(validate(value).ok).toBe(true);
    const cases = value.entities.filter((e) => e.type === "Case");
    expect(cases).toHaveLength(1);
    expect(report.issues.find((i) => i.code === "TIPX711")).toMatchObject({ row: 3, column: "cas_Status" });
    expect(report.counts).toMatchObject({ values: 6, carried: 5, notCarried: 1 });
  });

  it("streams one bundle per row", async () => {
    const stream = streamFromHtcdsRows(numberRows([{ prs_FirstName: "Somchai" }, {}, { prs_FirstName: "Malee" }]), {
      uuid,
    });
    const bundles = [];
    for await (const bundle of stream) bundles.push(bundle);
    expect(bundles).toHaveLength(2);
    for (const b of bundles) expect(validate(b).ok).toBe(true);
    expect(stream.report().counts).toMatchObject({ rows: 3, converted: 2, skipped: 1 });
    expect(stream.report().issues.filter((i) => i.code === "TIPX709")).toHaveLength(3);
  });
});

describe("referrals and consent", () => {
  const sender = { name: "Provincial Office (Test)" };
  const consented = { con_Consent: "case-management;Referral", prs_FirstName: "Somchai" };

  it("reads the referral columns into an incoming and an outgoing Referral with their organisations", () => {
    const { value, report } = fromHtcdsRows(
      [
        {
          ...consented,
          cas_ReferringOrganisation: "Shelter Test A",
          cas_IncomingReferralDate: "2024-05-02",
          cas_ReferringPrimaryCaseWorker: "SW-001",
          cas_ReasonForIncomingReferral: "Additional Services Required",
          cas_IncomingReferralDetails: "Needs a shelter",
          cas_ReferredOrganisation: "Clinic Test B",
          cas_ReferredPrimaryCaseWorker: "CL-002",
          cas_ReasonForOutgoingReferral: "Other",
          cas_OutgoingReferralDate: "2024-06",
          cas_OutgoingReferralDetails: "Medical care",
        },
        { ...consented, prs_FirstName: "Malee", cas_ReferringOrganisation: "Shelter Test A" },
      ],
      { uuid, sender, consentGivenOn: "2024-05-01" },
    );
    expect(validate(value).ok, JSON.stringify(validate(value).issues.slice(0, 3))).toBe(true);
    expect(report.counts).toMatchObject({ rows: 2, converted: 2, notCarried: 0 });
    expect(report.counts.values).toBe(report.counts.carried);
    const byType = (type: string) => value.entities.filter((e) => e.type === type) as unknown as Json[];
    const orgs = byType("Organization");
    expect(orgs.map((o) => o["name"]).sort()).toEqual(["Clinic Test B", "Provincial Office (Test)", "Shelter Test A"]);
    const idOf = (name: string) => orgs.find((o) => o["name"] === name)?.["id"];
    expect(value.sender.organization).toBe(idOf("Provincial Office (Test)"));
    const [consent] = byType("Consent");
    expect(consent).toMatchObject({ purposes: ["case-management", "referral"], givenOn: "2024-05-01" });
    const referrals = byType("Referral");
    expect(referrals).toHaveLength(3);
    expect(referrals[0]).toMatchObject({
      from: idOf("Shelter Test A"),
      to: idOf("Provincial Office (Test)"),
      status: "proposed",
      proposedOn: "2024-05-02",
      reasons: ["AdditionalServicesRequired"],
      details: "Needs a shelter",
      caseWorkers: { referring: "SW-001" },
      consent: consent?.["id"],
    });
    expect(referrals[1]).toMatchObject({
      from: idOf("Provincial Office (Test)"),
      to: idOf("Clinic Test B"),
      proposedOn: "2024-06",
      reasons: ["Other"],
      caseWorkers: { receiving: "CL-002" },
    });
    expect(referrals[2]?.["from"]).toBe(idOf("Shelter Test A"));
    expect(report.issues.filter((i) => i.code === "TIPX709").map((i) => i.params)).toEqual(
      expect.arrayContaining([
        { field: "Organization", change: "generated" },
        { field: "Referral", change: "generated" },
        { field: "Referral.status", change: "generated" },
      ]),
    );
    expect(report.issues.filter((i) => i.code === "TIPX709" && i.params["field"] === "Organization")).toHaveLength(1);
  });

  it("writes the case's first incoming and outgoing referral of the person, and the consent", () => {
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
    const bundle = Bundle.parse({
      tipx: "1.1",
      id: id(99),
      createdAt: "2026-01-01T00:00:00Z",
      sender: { name: "Office Test", organization: id(1) },
      purpose: "case-management",
      entities: [
        { type: "Organization", id: id(1), name: "Office Test" },
        { type: "Organization", id: id(2), name: "Shelter Test" },
        { type: "Person", id: id(3) },
        { type: "Case", id: id(4), parties: [{ person: id(3), roles: ["presumed-victim"] }] },
        { type: "Consent", id: id(5), person: id(3), purposes: ["referral"], givenOn: "2025-01" },
        ...[6, 7].map((n) => ({
          type: "Referral",
          id: id(n),
          from: id(2),
          to: id(1),
          person: id(3),
          case: id(4),
          status: "proposed",
          proposedOn: `2025-0${n - 4}`,
          consent: id(5),
        })),
        { type: "Referral", id: id(8), from: id(1), to: id(2), person: id(3), status: "proposed", consent: id(5) },
      ],
    });
    const { value, report } = toHtcdsRows(bundle);
    expect(value).toEqual([
      {
        cas_ReferringOrganisation: "Shelter Test",
        cas_IncomingReferralDate: "2025-02",
        cas_ReferredOrganisation: "Shelter Test",
        con_Consent: "referral",
      },
    ]);
    const notCarried = report.issues.filter((i) => i.code === "TIPX705");
    // The second incoming referral has no place in the row.
    expect(notCarried.filter((i) => i.path.startsWith("/entities/6/")).map((i) => i.params)).toEqual(
      expect.arrayContaining([{ field: "Referral.proposedOn", format: "htcds-2.0" }]),
    );
    expect(notCarried.map((i) => i.path)).toEqual(
      expect.arrayContaining(["/entities/4/givenOn", "/entities/5/status", "/entities/0/name"]),
    );
    expect(notCarried.map((i) => i.path)).not.toContain("/entities/1/name");
    expect(report.counts.values).toBe(report.counts.carried + report.counts.notCarried);
  });

  it.each([
    [
      "a consent without consentGivenOn",
      [{ con_Consent: "referral" }, { con_Consent: "statistics" }],
      {},
      { code: "TIPX712", params: { field: "con_Consent", needs: "Consent.givenOn" }, row: 2, count: 2 },
      0,
      2,
    ],
    [
      "a consent with consentGivenOn",
      [{ con_Consent: "Statistics; withdrawal" }],
      { consentGivenOn: "2024" },
      undefined,
      1,
      0,
    ],
    [
      "an unknown consent value",
      [{ con_Consent: "statistics;Maybe" }],
      { consentGivenOn: "2024-02-29" },
      { code: "TIPX702", params: { field: "con_Consent", list: "tipx.consent-purpose" }, row: 2, value: "Maybe" },
      1,
      0,
    ],
    [
      "a referral without a consent to referral",
      [{ con_Consent: "statistics", cas_ReferredOrganisation: "Shelter Test", cas_OutgoingReferralDate: "2024" }],
      { consentGivenOn: "2024" },
      { code: "TIPX712", params: { field: "cas_ReferredOrganisation", needs: "Consent.purposes" }, row: 2, count: 1 },
      1,
      2,
    ],
    [
      "a referral without its organisation",
      [{ cas_IncomingReferralDate: "2024", cas_IncomingReferralDetails: "Text" }],
      {},
      { code: "TIPX712", params: { field: "cas_IncomingReferralDate", needs: "Referral.from" }, row: 2, count: 1 },
      0,
      2,
    ],
  ])("reads %s", (_, rows, options, issue, consents, notCarried) => {
    const { value, report } = fromHtcdsRows(rows, { uuid, ...options });
    expect(validate(value).ok).toBe(true);
    if (issue !== undefined) expect(report.issues).toContainEqual(expect.objectContaining(issue));
    expect(report.issues.some((i) => i.code === "TIPX705")).toBe(false);
    expect(value.entities.filter((e) => e.type === "Consent")).toHaveLength(consents);
    expect(value.entities.filter((e) => e.type === "Referral")).toHaveLength(0);
    expect(report.counts.notCarried).toBe(notCarried);
    expect(report.counts.values).toBe(report.counts.carried + report.counts.notCarried);
  });

  it("reads a consent with consentGivenOn into the victim's Consent", () => {
    const { value } = fromHtcdsRows([{ con_Consent: "Statistics; withdrawal" }], { uuid, consentGivenOn: "2024" });
    const person = value.entities.find((e) => e.type === "Person");
    expect(value.entities.find((e) => e.type === "Consent")).toMatchObject({
      person: person?.id,
      purposes: ["statistics"],
      informedOf: ["withdrawal"],
      givenOn: "2024",
    });
  });

  it("rejects a consentGivenOn that is no date", () => {
    expect(() => fromHtcdsRows([], { consentGivenOn: "30/03/2022" })).toThrow(RangeError);
  });
});
