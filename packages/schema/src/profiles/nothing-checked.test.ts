import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Catalogue } from "../i18n/catalogue";
import { es } from "../locales/es/index";
import { th } from "../locales/th/index";
import type { Bundle, Entity } from "../model/bundle";
import { ruleContext } from "../rules/bundle-index";
import { minimalBundle } from "../validate/_test-bundles";
import { type ValidateOptions, validate } from "../validate/validate";
import type { ProfileCode } from "./profile-code";
import { profileRules } from "./rules";

const MAE_SOT: unknown = JSON.parse(
  readFileSync(new URL("../../../../examples/bundles/mae-sot-interception.json", import.meta.url), "utf8"),
);

const nothingChecked = (input: unknown, options: ValidateOptions) =>
  validate(input, options).issues.filter((issue) => issue.code === "TIPX351");

function bundleOf(entities: readonly Entity[]): Bundle {
  return { ...(minimalBundle() as unknown as Bundle), entities: [...entities] };
}

/** Whether any of a profile's rules found something to look at in the bundle. */
function looked(profile: ProfileCode, bundle: Bundle): boolean {
  const context = ruleContext(bundle, () => undefined);
  return profileRules(profile)
    .map((rule) => rule(bundle, context))
    .some(Boolean);
}

const PERSON = "3f1c2a4e-9b7d-4c61-8e2f-5a6b7c8d9e01";

describe("a profile under which nothing was checked says so (TIPX351)", () => {
  it("reports the Thai example under AR, LR and PY, as an info at the bundle, and not under TH", () => {
    for (const profile of ["AR", "LR", "PY"] as const) {
      const result = validate(MAE_SOT, { profile });
      expect(result.issues.filter((issue) => issue.code === "TIPX351")).toEqual([
        {
          code: "TIPX351",
          severity: "info",
          path: "",
          message: expect.stringContaining("Nothing in the bundle was checked"),
          params: { country: profile, field: "Bundle" },
        },
      ]);
      expect(result.ok).toBe(true);
    }
    expect(nothingChecked(MAE_SOT, { profile: "TH" })).toEqual([]);
  });

  it("stays an info under level strict, and is not reported without a profile", () => {
    expect(nothingChecked(MAE_SOT, { profile: "AR", level: "strict" }).map((issue) => issue.severity)).toEqual([
      "info",
    ]);
    const { profile: _declared, ...withoutProfile } = MAE_SOT as Record<string, unknown>;
    expect(validate(withoutProfile).ok).toBe(true);
    expect(nothingChecked(withoutProfile, {})).toEqual([]);
    expect(nothingChecked({ ...(MAE_SOT as object), profile: "PY" }, {})).toHaveLength(1);
  });

  it.each<[string, { entities: readonly Entity[]; profile: ProfileCode; want: boolean }]>([
    ["an empty bundle", { entities: [], profile: "TH", want: false }],
    [
      "a passport, whatever its issuer",
      {
        entities: [{ type: "Person", id: PERSON, identityDocuments: [{ kind: "passport", number: "XX0000001" }] }],
        profile: "AR",
        want: true,
      },
    ],
    [
      "a document of the country's kinds",
      {
        entities: [{ type: "Person", id: PERSON, identityDocuments: [{ kind: "AR-DNI", number: "99999901" }] }],
        profile: "AR",
        want: true,
      },
    ],
    [
      "a document of another country's kind only",
      {
        entities: [{ type: "Person", id: PERSON, identityDocuments: [{ kind: "TH-PIN", number: "1000000001013" }] }],
        profile: "AR",
        want: false,
      },
    ],
    [
      "an address in the country",
      { entities: [{ type: "Person", id: PERSON, address: { country: "PY" } }], profile: "PY", want: true },
    ],
    [
      "an address in another country",
      { entities: [{ type: "Person", id: PERSON, address: { country: "TH" } }], profile: "PY", want: false },
    ],
    [
      "a phone with the country's calling code",
      { entities: [{ type: "Person", id: PERSON, phones: [{ number: "+23155550101" }] }], profile: "LR", want: true },
    ],
    [
      "a phone of another country",
      { entities: [{ type: "Person", id: PERSON, phones: [{ number: "+66555550101" }] }], profile: "LR", want: false },
    ],
    [
      "a charge under the country's jurisdiction",
      {
        entities: [
          {
            type: "LegalProceeding",
            id: PERSON,
            jurisdiction: { country: "AR" },
            charges: [{ instrument: "AR-LEY-26364", against: [PERSON] }],
          },
        ],
        profile: "AR",
        want: true,
      },
    ],
    [
      "an agency of the country",
      {
        entities: [{ type: "Organization", id: PERSON, name: "Office", agency: "TH-DSI" }],
        profile: "TH",
        want: true,
      },
    ],
    [
      "a date in the Buddhist Era, under TH",
      {
        entities: [{ type: "Person", id: PERSON, birthDate: "2530" }],
        profile: "TH",
        want: true,
      },
    ],
  ])("looks at %s", (_title, { entities, profile, want }) => {
    expect(looked(profile, bundleOf(entities))).toBe(want);
  });

  it("reads like this", () => {
    const message = (locale: Catalogue | undefined): string | undefined =>
      nothingChecked(MAE_SOT, { profile: "AR", ...(locale ? { locale } : {}) })[0]?.message;
    expect([undefined, th, es].map(message)).toMatchInlineSnapshot(`
      [
        "Nothing in the bundle was checked under the profile of Argentina: it holds no passport and no identity document, place, telephone number, charge or agency of that country.",
        "ไม่มีข้อมูลใดในชุดข้อมูลที่ถูกตรวจตามโปรไฟล์ของประเทศอาร์เจนตินา เพราะไม่มีหนังสือเดินทาง และไม่มีเอกสารแสดงตน สถานที่ หมายเลขโทรศัพท์ ข้อหา หรือหน่วยงานของประเทศนั้น",
        "No se comprobó nada del paquete con el perfil de Argentina: no contiene ningún pasaporte ni ningún documento de identidad, lugar, teléfono, cargo u organismo de ese país.",
      ]
    `);
  });
});
