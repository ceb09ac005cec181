import { describe, expect, it } from "vitest";
import type { Bundle } from "../model/bundle";
import { ruleContext } from "../rules/bundle-index";
import { isProfileCode, PROFILE_CODES, ProfileCode } from "./profile-code";
import { profileToJson } from "./profile-json";
import { profiles } from "./profiles";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe("profiles", () => {
  it("exist for TH, LR, PY and AR, each under its own code", () => {
    expect(Object.keys(profiles)).toEqual([...PROFILE_CODES]);
    for (const code of PROFILE_CODES) {
      const profile = profiles[code];
      expect(profile.code).toBe(code);
      expect(profile.country.alpha2).toBe(code);
      expect(profile.phone.country).toBe(code);
      expect(profile.subdivisions.id).toBe(`iso3166-2.${code}`);
      expect(profile.rules.length).toBeGreaterThan(0);
    }
  });

  it("validate profile codes with zod", () => {
    expect(ProfileCode.safeParse("LR").success).toBe(true);
    expect(ProfileCode.safeParse("th").success).toBe(false);
    expect(isProfileCode("PY")).toBe(true);
    expect(isProfileCode(42)).toBe(false);
  });

  it("use the Buddhist calendar only in Thailand", () => {
    expect(
      PROFILE_CODES.map((code) => `${code}:${profiles[code].calendar.kind}+${profiles[code].calendar.eraOffset}`),
    ).toEqual(["TH:buddhist+543", "LR:gregorian+0", "PY:gregorian+0", "AR:gregorian+0"]);
  });

  it("never change the data they check", () => {
    const bundle: Bundle = deepFreeze({
      tipx: "1.0",
      id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01",
      createdAt: "2025-06-01T10:00:00Z",
      sender: { name: "Sender" },
      purpose: "case-management",
      entities: [
        {
          type: "Person",
          id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e02",
          identityDocuments: [{ kind: "TH-PIN", number: "1-1120-34563-56-3" }],
          phones: [{ number: "+660812345678" }],
          address: { subdivision: "TH-99" },
        },
        { type: "Organization", id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e03", name: "X", country: "TH", agency: "TH-X" },
        {
          type: "LegalProceeding",
          id: "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e04",
          jurisdiction: { country: "TH" },
          charges: [{ instrument: "AR-CODIGO-PENAL", against: [] }],
        },
      ],
    });
    const before = JSON.stringify(bundle);
    for (const code of PROFILE_CODES)
      for (const rule of profiles[code].rules)
        rule(
          bundle,
          ruleContext(bundle, () => undefined),
        );
    expect(JSON.stringify(bundle)).toBe(before);
  });
});

describe("profileToJson", () => {
  it.each(PROFILE_CODES)("%s is plain JSON data without functions", (code) => {
    const json = profileToJson(code);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    const walk = (value: unknown): void => {
      expect(typeof value).not.toBe("function");
      expect(value).not.toBeInstanceOf(RegExp);
      if (typeof value === "object" && value !== null) Object.values(value).forEach(walk);
    };
    walk(json);
    expect(json.tipx).toBe("1.0");
    expect(json).not.toHaveProperty("rules");
  });

  it("keeps the data other languages need to re-implement the checks", () => {
    const thailand = profileToJson("TH");
    const pin = thailand.identifiers[0];
    expect(pin).toMatchObject({
      kind: "TH-PIN",
      pattern: "^\\d{13}$",
      normalization: { remove: "[\\s.\\-]", thaiDigits: true },
    });
    expect(pin?.checkDigit?.weights).toEqual([13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]);
    expect(new RegExp(pin?.inputPattern ?? "", "u").test("๑-๑๑๒๐-๓๔๕๖๓-๕๖-๒")).toBe(true);
    expect(thailand.subdivisions.meta["TH-38"]).toMatchObject({ name: "Bueng Kan", verified: false });
  });

  it("keeps the identification facts with their verified flags, and leaves out a protection period no one fixes", () => {
    const thailand = profileToJson("TH");
    expect(thailand.identification.protectionPeriod).toMatchObject({ days: 15, verified: false });
    expect(thailand.identification.procedures.meta["labour-screening"]).toMatchObject({
      instrument: { code: "TH-ATIPA-2551", section: "s6/1" },
      form: "Ror.Bor. 1",
      verified: false,
    });
    expect(thailand.identification.referralMechanisms.meta["TH-NRM-2565"]?.verified).toBe(false);
    const argentina = profileToJson("AR");
    expect(argentina.identification.procedures.codes).toEqual([]);
    expect(argentina.identification).not.toHaveProperty("protectionPeriod");
  });

  it("returns a copy the caller may change", () => {
    const copy = profileToJson("PY");
    (copy.phone as { callingCode: string }).callingCode = "0";
    expect(profiles.PY.phone.callingCode).toBe("595");
  });
});
