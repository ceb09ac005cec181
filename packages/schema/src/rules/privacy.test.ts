import { describe, expect, it } from "vitest";
import type { ConsentMismatch } from "../issues/privacy";
import type { Bundle, Entity, Party } from "../model/bundle";
import type { Consent } from "../model/consent";
import type { Referral } from "../model/referral";
import { ruleContext } from "./bundle-index";
import { toJsonPointer } from "./json-pointer";
import { checkPrivacy } from "./privacy";

const ID = {
  bundle: "c0ffee00-1234-4abc-8def-0123456789ab",
  office: "0b6f7d3e-2c1a-4e5f-9a8b-7c6d5e4f3a21",
  shelter: "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
  partner: "2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f60",
  stateless: "3e4f5a6b-7c8d-4e9f-8a0b-1c2d3e4f5a6b",
  victim: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
  other: "4a2d3b5f-0c8e-4d72-9f30-6b7c8d9e0f12",
  case: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
  consent: "2b3c4d5e-6f70-4182-9a3b-4c5d6e7f8091",
  later: "3c4d5e6f-7081-4293-8a4b-5c6d7e8f90a2",
  referral: "7e6d5c4b-3a29-4f18-8e07-d6c5b4a39281",
} as const;

/** The organisations, after the entities of each test: an office and a shelter in TH, a partner in MM, one with no country. */
const ORGANIZATIONS: readonly Entity[] = [
  { type: "Organization", id: ID.office, name: "Provincial office", country: "TH" },
  { type: "Organization", id: ID.shelter, name: "Shelter", country: "TH" },
  { type: "Organization", id: ID.partner, name: "Partner shelter", country: "MM" },
  { type: "Organization", id: ID.stateless, name: "Network" },
];

/** What the rule reported: code, JSON Pointer and params. */
interface Reported {
  readonly code: string;
  readonly path: string;
  readonly params: unknown;
}

/** Runs the rule alone on a bundle created on 2022-04-01 holding `entities`, then the organisations. */
function run(entities: readonly Entity[], envelope: Partial<Bundle> = {}): Reported[] {
  const bundle: Bundle = {
    tipx: "1.1",
    id: ID.bundle,
    createdAt: "2022-04-01T09:00:00+07:00",
    sender: { name: "Provincial office", organization: ID.office },
    purpose: "case-management",
    entities: [...entities, ...ORGANIZATIONS],
    ...envelope,
  };
  const found: Reported[] = [];
  const context = ruleContext(bundle, (code, path, params) => {
    found.push({ code, path: toJsonPointer(path), params });
  });
  checkPrivacy(bundle, context);
  return found;
}

const VICTIM: Entity = { type: "Person", id: ID.victim };
const OTHER: Entity = { type: "Person", id: ID.other };

/** The victim's consent to case management and referral, given on 2022-03-20, with `fields`. */
function consent(fields: Partial<Consent> = {}): Consent {
  return {
    type: "Consent",
    id: ID.consent,
    person: ID.victim,
    purposes: ["case-management", "referral"],
    givenOn: "2022-03-20",
    ...fields,
  };
}

describe("TIPX502: the consent a referral cites", () => {
  /** A referral of the victim from the office to the shelter on 2022-03-31, citing the consent. */
  const referral = (fields: Partial<Referral> = {}): Referral => ({
    type: "Referral",
    id: ID.referral,
    from: ID.office,
    to: ID.shelter,
    person: ID.victim,
    consent: ID.consent,
    status: "proposed",
    proposedOn: "2022-03-31",
    ...fields,
  });

  /** The referral with `fields`, or without a date. */
  const referralWith = (fields: Partial<Referral> | "undated"): Referral => {
    if (fields !== "undated") return referral(fields);
    const { proposedOn: _date, ...undated } = referral();
    return undated;
  };

  /** The reason reported for the referral at /entities/3, or undefined when none is. */
  function reason(cited: Partial<Consent>, referred: Partial<Referral> | "undated"): ConsentMismatch | undefined {
    const issues = run([VICTIM, OTHER, consent(cited), referralWith(referred)]);
    for (const issue of issues) expect([issue.code, issue.path]).toEqual(["TIPX502", "/entities/3/consent"]);
    expect(issues.length).toBeLessThanOrEqual(1);
    return (issues[0]?.params as { readonly reason?: ConsentMismatch } | undefined)?.reason;
  }

  it.each<[string, Partial<Consent>, Partial<Referral> | "undated", ConsentMismatch | undefined]>([
    ["a consent that covers the referral", {}, {}, undefined],
    ["another person's consent", { person: ID.other }, {}, "person"],
    ["an interview consent", { kind: "interview", purposes: [] }, {}, "kind"],
    ["an interview consent that names referral", { kind: "interview" }, {}, "kind"],
    ["a consent to the use of data, said so", { kind: "data-use", decision: "given" }, {}, undefined],
    ["a refusal of referral", { decision: "refused" }, {}, "refused"],
    ["a refusal of everything", { decision: "refused", purposes: [] }, {}, "refused"],
    ["a consent without referral", { purposes: ["case-management"] }, {}, "purpose"],
    ["withdrawn before the referral", { withdrawnOn: "2022-03-30" }, {}, "withdrawn"],
    ["withdrawn on the day of the referral", { withdrawnOn: "2022-03-31" }, {}, "withdrawn"],
    ["withdrawn after the referral", { withdrawnOn: "2022-04-01" }, {}, undefined],
    ["withdrawn, and the referral undated", { withdrawnOn: "2022-04-01" }, "undated", "withdrawn"],
    // expiresOn is the last day the consent holds
    ["expired the day before the referral", { expiresOn: "2022-03-30" }, {}, "expired"],
    ["expiring on the day of the referral", { expiresOn: "2022-03-31" }, {}, undefined],
    ["expiring in the month of the referral", { expiresOn: "2022-03" }, {}, undefined],
    // an undated referral is compared with the bundle's day, 2022-04-01
    ["an undated referral, expired before the bundle", { expiresOn: "2022-03-31" }, "undated", "expired"],
    ["an undated referral, expiring on the bundle's day", { expiresOn: "2022-04-01" }, "undated", undefined],
    ["recipients without the shelter", { recipients: [ID.office] }, {}, "recipient"],
    ["recipients with the shelter", { recipients: [ID.office, ID.shelter] }, {}, undefined],
    ["countries without Myanmar, referral to Myanmar", { countries: ["TH"] }, { to: ID.partner }, "country"],
    ["countries with Myanmar", { countries: ["TH", "MM"] }, { to: ID.partner }, undefined],
    ["countries, referral to an organisation of no country", { countries: ["TH"] }, { to: ID.stateless }, undefined],
    // the first reason that applies, in the order of the list
    ["an interview refusal", { kind: "interview", decision: "refused" }, {}, "kind"],
    ["a withdrawn refusal", { decision: "refused", withdrawnOn: "2022-03-25" }, {}, "refused"],
    ["expired, and for another recipient", { expiresOn: "2022-03-30", recipients: [ID.office] }, {}, "expired"],
  ])("%s", (_title, cited, referred, want) => {
    expect(reason(cited, referred)).toBe(want);
  });

  it("asks for a consent when the referral names a person and cites none (TIPX501)", () => {
    const { consent: _cited, ...uncited } = referral();
    expect(run([VICTIM, uncited])).toEqual([{ code: "TIPX501", path: "/entities/1", params: {} }]);
  });
});

describe("TIPX504, TIPX505, TIPX506: the consents of the victims of a referral bundle", () => {
  /** The victim in a case, at /entities/0; the consents follow the case. */
  const CASE: Entity = {
    type: "Case",
    id: ID.case,
    parties: [{ person: ID.victim, roles: ["presumed-victim"] }],
  };
  const refusal = (fields: Partial<Consent> = {}): Consent =>
    consent({ id: ID.later, purposes: ["referral"], decision: "refused", givenOn: "2022-03-30", ...fields });
  const referralBundle = (consents: readonly Consent[], envelope: Partial<Bundle> = {}): Reported[] =>
    run([VICTIM, CASE, ...consents], { purpose: "referral", ...envelope });
  const REFUSED: Reported = { code: "TIPX505", path: "/entities/0", params: { purpose: "referral" } };
  const NO_CONSENT: Reported = { code: "TIPX504", path: "/entities/0", params: { purpose: "referral" } };

  describe("refusals", () => {
    it.each<[string, Consent[], Reported[]]>([
      ["a consent alone", [consent()], []],
      ["a refusal alone", [refusal()], [REFUSED]],
      ["a refusal of every purpose", [refusal({ purposes: [] })], [REFUSED]],
      ["a refusal of another purpose only", [refusal({ purposes: ["research"] })], [NO_CONSENT]],
      ["a refusal given after the consent", [consent(), refusal()], [REFUSED]],
      ["a refusal overridden by a consent given after it", [refusal({ givenOn: "2022-03-10" }), consent()], []],
      ["a refusal and a consent of the same day", [refusal({ givenOn: "2022-03-20" }), consent()], [REFUSED]],
      // 2022-03 may be the 20th or later: the consent is not certainly given after it
      ["a refusal of the consent's month", [refusal({ givenOn: "2022-03" }), consent()], [REFUSED]],
      ["a withdrawn refusal", [refusal({ withdrawnOn: "2022-03-31" }), consent()], []],
      ["a refusal of an interview", [refusal({ kind: "interview", purposes: [] }), consent()], []],
      ["no consent", [], [NO_CONSENT]],
      ["a withdrawn consent", [consent({ withdrawnOn: "2022-03-25" })], [NO_CONSENT]],
      ["an interview consent", [consent({ kind: "interview", purposes: [] })], [NO_CONSENT]],
    ])("%s", (_title, consents, want) => {
      expect(referralBundle(consents)).toEqual(want);
    });

    it("does not check consents for a purpose that needs none", () => {
      expect(run([VICTIM, CASE, refusal({ purposes: [] })])).toEqual([]);
      expect(run([VICTIM, CASE])).toEqual([]);
    });

    it("checks a cross-border transfer the same way", () => {
      expect(run([VICTIM, CASE, refusal({ purposes: [] })], { purpose: "cross-border-transfer" })).toEqual([
        { code: "TIPX505", path: "/entities/0", params: { purpose: "cross-border-transfer" } },
      ]);
    });
  });

  describe("scope: expiry, recipients and countries", () => {
    const to = (...recipients: Party[]): Partial<Bundle> => ({ recipients });
    const shelter: Party = { organization: ID.shelter, name: "Shelter", country: "TH" };
    const partner: Party = { organization: ID.partner, name: "Partner shelter", country: "MM" };
    const reach = (reason: "expired" | "recipient" | "country"): Reported => ({
      code: "TIPX506",
      path: "/entities/0",
      params: { purpose: "referral", reason },
    });

    it.each<[string, Consent[], Partial<Bundle>, Reported[]]>([
      // the bundle was created on 2022-04-01
      ["a consent that expired before the bundle", [consent({ expiresOn: "2022-03-31" })], {}, [reach("expired")]],
      ["a consent that expires on the bundle's day", [consent({ expiresOn: "2022-04-01" })], {}, []],
      ["a consent that expires in the bundle's month", [consent({ expiresOn: "2022-04" })], {}, []],
      ["recipients that name the bundle's recipient", [consent({ recipients: [ID.shelter] })], to(shelter), []],
      [
        "recipients that do not name the bundle's recipient",
        [consent({ recipients: [ID.office] })],
        to(shelter),
        [reach("recipient")],
      ],
      [
        "recipients, and a bundle recipient without an organisation id",
        [consent({ recipients: [ID.shelter] })],
        to({ name: "Shelter", country: "TH" }),
        [reach("recipient")],
      ],
      ["recipients, and a bundle with no recipients", [consent({ recipients: [ID.office] })], {}, []],
      ["countries that hold the recipient's", [consent({ countries: ["TH"] })], to(shelter), []],
      ["countries that do not", [consent({ countries: ["TH"] })], to(shelter, partner), [reach("country")]],
      [
        "countries, and a bundle recipient of no country",
        [consent({ countries: ["TH"] })],
        to({ organization: ID.stateless, name: "Network" }),
        [],
      ],
      [
        "two consents, one of which reaches the recipients",
        [consent({ recipients: [ID.office] }), consent({ id: ID.later, givenOn: "2022-03-30" })],
        to(shelter),
        [],
      ],
      [
        "two consents, neither of which reaches: the first one's reason",
        [consent({ countries: ["TH"] }), consent({ id: ID.later, expiresOn: "2022-03-31" })],
        to(partner),
        [reach("country")],
      ],
    ])("%s", (_title, consents, envelope, want) => {
      expect(referralBundle(consents, envelope)).toEqual(want);
    });

    it("reports a standing refusal, not the scope of the consents", () => {
      expect(referralBundle([consent({ recipients: [ID.office] }), refusal()], to(shelter))).toEqual([REFUSED]);
    });
  });
});
