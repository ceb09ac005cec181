import { readFileSync } from "node:fs";
import { type Bundle, type Consent, validate } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { checkConsent } from "./check-consent";
import { CONSENT_OVERRIDE_EXTENSION } from "./consent-override";

const MAE_SOT = JSON.parse(
  readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8"),
) as Bundle;
const DOPA = "074db274-244e-40f7-9de3-61d5adb94f61";
const MSDHS = "88f15896-52d7-4c96-a01b-4a584bec9dd3";
const OTHER_ORG = "5b0c7e52-3f1d-4a8e-9c2b-6d7e8f9a0b1c";
const ON = "2022-04-05";
const OVERRIDE = { by: DOPA, reason: "court order 2022/118", at: "2022-04-05T10:00:00+07:00" } as const;

const victims = [
  ...new Set(
    MAE_SOT.entities.flatMap((e) =>
      e.type === "Case"
        ? e.parties.filter((p) => p.roles.some((r) => r === "victim" || r === "presumed-victim")).map((p) => p.person)
        : [],
    ),
  ),
];
const referred = new Set(MAE_SOT.entities.flatMap((e) => (e.type === "Referral" && e.person ? [e.person] : [])));
/** A victim no Referral names, whose consents can change without touching a referral's (TIPX502). */
const VICTIM = victims.find((id) => !referred.has(id)) ?? "";

/** Every string of the bundle's Person entities other than their ids: none may appear in a refusal. */
const personalTexts = MAE_SOT.entities
  .filter((e) => e.type === "Person")
  .flatMap(
    (person) =>
      JSON.stringify(person)
        .match(/"(?:[^"\\]|\\.)*"/g)
        ?.map((s) => JSON.parse(s) as string)
        .filter((s) => s.length > 3 && s !== person.id) ?? [],
  );

/** The Mae Sot bundle with the first victim's consents replaced by `consents`. */
function withConsents(...consents: Omit<Consent, "type" | "id" | "person">[]): Bundle {
  return {
    ...MAE_SOT,
    entities: [
      ...MAE_SOT.entities.filter((e) => e.type !== "Consent" || e.person !== VICTIM),
      ...consents.map((c, n) => ({
        type: "Consent" as const,
        id: `00000000-0000-4000-8000-00000000000${n}`,
        person: VICTIM,
        ...c,
      })),
    ],
  };
}

/** The first victim's refusal for `purpose` with `options`, or undefined when allowed. */
function reasonFor(bundle: Bundle, purpose = "referral", options: Parameters<typeof checkConsent>[2] = {}) {
  return checkConsent(bundle, purpose, { recipient: MSDHS, country: "TH", on: ON, ...options }).refusals.find(
    (r) => r.person === VICTIM,
  )?.reason;
}

describe("checkConsent on the Mae Sot interception", () => {
  it("has 11 victims, each with a consent to referral to DOPA or MSDHS in Thailand", () => {
    expect(victims).toHaveLength(11);
  });

  it("allows a referral to MSDHS in TH", () => {
    const check = checkConsent(MAE_SOT, "referral", { recipient: MSDHS, country: "TH", on: ON });
    expect(check).toEqual({ allowed: true, refusals: [], overridden: [], bundle: MAE_SOT });
  });

  it("refuses a referral to another organisation for the 11 victims, by id and purpose only", () => {
    const check = checkConsent(MAE_SOT, "referral", { recipient: OTHER_ORG, country: "TH", on: ON });
    expect(check.allowed).toBe(false);
    expect(check.refusals).toEqual(victims.map((person) => ({ person, purpose: "referral", reason: "recipient" })));
    const text = JSON.stringify(check.refusals);
    expect(personalTexts.length).toBeGreaterThan(40);
    for (const value of personalTexts) expect(text).not.toContain(value);
  });

  it("refuses a cross-border transfer for the 11 victims: no consent names it", () => {
    const check = checkConsent(MAE_SOT, "cross-border-transfer", { recipient: MSDHS, country: "TH", on: ON });
    expect(check.allowed).toBe(false);
    expect(check.refusals).toEqual(
      victims.map((person) => ({ person, purpose: "cross-border-transfer", reason: "no-consent" })),
    );
  });

  it("needs no consent for the other purposes", () => {
    for (const purpose of ["case-management", "statistics", "research", "prosecution"])
      expect(checkConsent(MAE_SOT, purpose, { on: ON }).allowed, purpose).toBe(true);
  });
});

describe("checkConsent: each refusal reason", () => {
  const referral = { purposes: ["referral" as const], givenOn: "2022-03-30" };
  it.each<[string, { given: Bundle; options?: Parameters<typeof checkConsent>[2]; want: string | undefined }]>([
    ["a consent that covers the sharing", { given: withConsents(referral), want: undefined }],
    ["no consent", { given: withConsents(), want: "no-consent" }],
    [
      "a consent to other purposes",
      { given: withConsents({ ...referral, purposes: ["statistics"] }), want: "no-consent" },
    ],
    ["only an interview consent", { given: withConsents({ ...referral, kind: "interview" }), want: "interview-only" }],
    ["a refusal of the purpose", { given: withConsents({ ...referral, decision: "refused" }), want: "refused" }],
    [
      "a refusal of everything",
      { given: withConsents({ ...referral, decision: "refused", purposes: [] }), want: "refused" },
    ],
    ["a withdrawn consent", { given: withConsents({ ...referral, withdrawnOn: "2022-04-01" }), want: "withdrawn" }],
    [
      "a consent withdrawn after the day",
      { given: withConsents({ ...referral, withdrawnOn: "2022-05-01" }), want: undefined },
    ],
    ["an expired consent", { given: withConsents({ ...referral, expiresOn: "2022-04-04" }), want: "expired" }],
    ["a consent whose last day is the day", { given: withConsents({ ...referral, expiresOn: ON }), want: undefined }],
    ["a consent that expires later", { given: withConsents({ ...referral, expiresOn: "2023" }), want: undefined }],
    ["recipients that leave it out", { given: withConsents({ ...referral, recipients: [DOPA] }), want: "recipient" }],
    [
      "recipients and no recipient given",
      {
        given: withConsents({ ...referral, recipients: [MSDHS] }),
        options: { recipient: undefined } as never,
        want: "recipient",
      },
    ],
    ["countries that leave it out", { given: withConsents({ ...referral, countries: ["MM"] }), want: "country" }],
    [
      "the reason of the consent nearest to covering",
      {
        given: withConsents({ ...referral, expiresOn: "2022-04-01" }, { ...referral, countries: ["LA"] }),
        want: "country",
      },
    ],
    [
      "a refusal after a consent (refusal beats an older consent)",
      { given: withConsents(referral, { ...referral, decision: "refused", givenOn: "2022-04-02" }), want: "refused" },
    ],
    [
      "a consent after a refusal",
      { given: withConsents({ ...referral, decision: "refused", givenOn: "2022-03-01" }, referral), want: undefined },
    ],
    [
      "a refusal and a consent of the same month",
      { given: withConsents({ ...referral, decision: "refused", givenOn: "2022-03" }, referral), want: "refused" },
    ],
    [
      "a withdrawn refusal",
      {
        given: withConsents(referral, {
          ...referral,
          decision: "refused",
          givenOn: "2022-04-02",
          withdrawnOn: "2022-04-03",
        }),
        want: undefined,
      },
    ],
  ])("%s", (_title, { given, options, want }) => {
    expect(validate(given).ok).toBe(true);
    expect(reasonFor(given, "referral", options)).toBe(want);
  });

  it("judges expiry on today when no day is given", () => {
    const bundle = withConsents({ purposes: ["referral"], givenOn: "2022-03-30", expiresOn: "2023-01-01" });
    const check = checkConsent(bundle, "referral", { recipient: MSDHS, country: "TH" });
    expect(check.refusals.find((r) => r.person === VICTIM)?.reason).toBe("expired");
  });
});

describe("checkConsent with an override", () => {
  const options = { recipient: OTHER_ORG, country: "TH", on: ON } as const;

  it("allows, lists the refusals it overrides, and records the override in each refused Person", () => {
    const check = checkConsent(MAE_SOT, "referral", { ...options, override: OVERRIDE });
    expect(check.allowed).toBe(true);
    expect(check.refusals).toHaveLength(11);
    expect(check.overridden).toEqual(victims);
    const persons = check.bundle.entities.filter((e) => e.type === "Person");
    for (const person of persons)
      expect(person.extensions?.[CONSENT_OVERRIDE_EXTENSION]).toEqual(
        victims.includes(person.id)
          ? [{ purpose: "referral", recipient: OTHER_ORG, country: "TH", ...OVERRIDE }]
          : undefined,
      );
    expect(MAE_SOT.entities.some((e) => e.extensions !== undefined)).toBe(false);
    const result = validate(check.bundle);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("survives a round trip through JSON: the recorded override allows the same sharing again", () => {
    const first = checkConsent(MAE_SOT, "referral", { ...options, override: OVERRIDE });
    const again = checkConsent(JSON.parse(JSON.stringify(first.bundle)) as Bundle, "referral", options);
    expect({ allowed: again.allowed, overridden: again.overridden }).toEqual({ allowed: true, overridden: victims });
    expect(again.refusals).toHaveLength(11);
  });

  it("allows only the sharing it was recorded for: not another purpose, recipient or country", () => {
    const { bundle } = checkConsent(MAE_SOT, "referral", { ...options, override: OVERRIDE });
    expect(checkConsent(bundle, "cross-border-transfer", options).allowed).toBe(false);
    expect(checkConsent(bundle, "referral", { ...options, recipient: DOPA, country: "MM" }).allowed).toBe(false);
    expect(checkConsent(bundle, "referral", { ...options, country: "MM" }).allowed).toBe(false);
  });

  it("keeps earlier overrides and records nothing when nothing is refused", () => {
    const first = checkConsent(MAE_SOT, "referral", { ...options, override: OVERRIDE }).bundle;
    const second = checkConsent(first, "cross-border-transfer", { ...options, override: OVERRIDE }).bundle;
    const person = second.entities.find((e) => e.id === VICTIM);
    expect(person?.extensions?.[CONSENT_OVERRIDE_EXTENSION]).toHaveLength(2);
    const none = checkConsent(MAE_SOT, "referral", { recipient: MSDHS, country: "TH", on: ON, override: OVERRIDE });
    expect(none.bundle).toBe(MAE_SOT);
  });

  it("refuses an override without its author, its reason or an RFC 3339 time, naming the fields only", () => {
    expect(() => checkConsent(MAE_SOT, "referral", { ...options, override: { ...OVERRIDE, by: " " } })).toThrow(
      /wrong: by$/,
    );
    expect(() =>
      checkConsent(MAE_SOT, "referral", { ...options, override: { ...OVERRIDE, at: "5 April 2022" } }),
    ).toThrow(TypeError);
  });
});
