import { describe, expect, it } from "vitest";
import { GENDERS } from "../codelists/htcds-person";
import { nearestCodes } from "../codelists/nearest-codes";
import type { Catalogue } from "../i18n/catalogue";
import { es } from "../locales/es/index";
import { th } from "../locales/th/index";
import { bundleWith, type Edit } from "./_test-bundles";
import { validate } from "./validate";

/** The TIPX201 issue an edit of the valid bundle gives, with its params. */
function unknownCode(edit: Edit, locale?: Catalogue): { path: string; params: object; message: string } {
  const issues = validate(bundleWith(edit), locale ? { locale } : {}).issues.filter(
    (issue) => issue.code === "TIPX201",
  );
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  return { path: issue?.path ?? "", params: issue?.params ?? {}, message: issue?.message ?? "" };
}

/** Codes to find near ones among (not a list of the model). */
const CODES = ["Feminine", "Masculine", "Other", "NotKnown"];

describe("TIPX201 says how to fix an unknown code", () => {
  it.each<[string, { given: Edit; path: string; params: object }]>([
    [
      "a short list, not sensitive: the list, the value, its spelling variant and every code",
      {
        given: ["/entities/0/organizationType", "ngo"],
        path: "/entities/0/organizationType",
        params: {
          field: "Organization.organizationType",
          list: "htcds.organization-type",
          received: "ngo",
          suggestions: ["NGO"],
          allowed: expect.arrayContaining(["NGO", "CentralGovernmentOrganisation"]),
        },
      },
    ],
    [
      "a short list, not sensitive, no spelling variant: no suggestion, every code",
      {
        given: ["/entities/4/status", "Open"],
        path: "/entities/4/status",
        params: {
          field: "Case.status",
          list: "htcds.case-status",
          received: "Open",
          allowed: ["Active", "FollowUp", "Closed", "ClosedReferred"],
        },
      },
    ],
    [
      "a long list, not sensitive: the nearest codes, no list of codes",
      {
        given: ["/entities/0/country", "THA"],
        path: "/entities/0/country",
        params: { field: "Organization.country", list: "iso3166-1", received: "THA", suggestions: ["TH"] },
      },
    ],
    [
      "a short list of a sensitive field: every code, never the value or codes derived from it",
      {
        given: ["/entities/2/gender", "Femenine"],
        path: "/entities/2/gender",
        params: { field: "Person.gender", list: "htcds.gender", allowed: [...GENDERS] },
      },
    ],
    [
      "a long list of a sensitive field: the list alone",
      {
        given: ["/entities/2/citizenships", ["THA"]],
        path: "/entities/2/citizenships/0",
        params: { field: "Person.citizenships", list: "iso3166-1" },
      },
    ],
    [
      "an enum that is no code list: its codes, and the value",
      {
        given: ["/profile", "BR"],
        path: "/profile",
        params: { field: "Bundle.profile", received: "BR", allowed: ["TH", "LR", "PY", "AR"] },
      },
    ],
  ])("%s", (_title, { given, path, params }) => {
    const found = unknownCode(given);
    expect(found.path).toBe(path);
    expect(found.params).toStrictEqual(params);
  });

  it("never repeats a sensitive value nor a code near it, in any language", () => {
    for (const locale of [undefined, th, es]) {
      const { message, params } = unknownCode(["/entities/2/gender", "Femenine"], locale);
      expect(message).not.toContain("Femenine");
      expect(JSON.stringify(params)).not.toContain("Femenine");
      expect(params).not.toHaveProperty("suggestions");
    }
    const { message } = unknownCode(["/entities/2/citizenships", ["Thialand"]]);
    expect(message).not.toMatch(/Thialand|"TH"/);
  });

  it("points to tipx codes for a long list, in every language", () => {
    for (const locale of [undefined, th, es])
      expect(unknownCode(["/entities/0/country", "THA"], locale).message).toContain("tipx codes iso3166-1");
  });

  it("reads like this", () => {
    const messages = [undefined, th, es].flatMap((locale) => [
      unknownCode(["/entities/0/country", "THA"], locale).message,
      unknownCode(["/entities/2/gender", "Femenine"], locale).message,
    ]);
    expect(messages).toMatchInlineSnapshot(`
      [
        "“Country” holds "THA", which is not a code of the list “Country”. Did you mean "TH"? Run "tipx codes iso3166-1" to see its codes.",
        "The value of “Gender” is not a code of the list “Gender”. It must be "Feminine", "Masculine", "TransgenderFeminine", "TransgenderMasculine", "NonConforming" or "NonSpecifiedUnknown".",
        "ฟิลด์ “ประเทศ” มีค่า "THA" ซึ่งไม่ใช่รหัสในรายการ “ประเทศ” หมายถึง "TH" หรือไม่ ดูรหัสทั้งหมดได้ด้วยคำสั่ง tipx codes iso3166-1",
        "ค่าของฟิลด์ “เพศ” ไม่ใช่รหัสในรายการ “เพศสภาพ” ค่าต้องเป็น "Feminine", "Masculine", "TransgenderFeminine", "TransgenderMasculine", "NonConforming" หรือ "NonSpecifiedUnknown"",
        "El campo «País» tiene el valor "THA", que no es un código de la lista «País». ¿Quiso decir "TH"? Ejecute "tipx codes iso3166-1" para ver sus códigos.",
        "El valor del campo «Género» no es un código de la lista «Género». Debe ser "Feminine", "Masculine", "TransgenderFeminine", "TransgenderMasculine", "NonConforming" o "NonSpecifiedUnknown".",
      ]
    `);
  });
});

describe("nearestCodes", () => {
  it.each<[string, { value: string; codes: readonly string[]; want: readonly string[] }]>([
    ["a case variant first", { value: "feminine", codes: CODES, want: ["Feminine"] }],
    ["one typo", { value: "Femenine", codes: CODES, want: ["Feminine"] }],
    ["two swapped letters", { value: "Mascluine", codes: CODES, want: ["Masculine"] }],
    ["separators do not count", { value: "not_known", codes: CODES, want: ["NotKnown"] }],
    ["nothing near", { value: "xyz", codes: CODES, want: [] }],
    ["at most three, nearest first", { value: "TA", codes: ["TH", "TZ", "TA", "TW", "TR"], want: ["TA", "TH", "TZ"] }],
    ["an empty or very long value", { value: "", codes: CODES, want: [] }],
  ])("%s", (_title, { value, codes, want }) => {
    expect(nearestCodes(value, codes)).toEqual(want);
  });

  it("reads aliases, and with maxEdits 0 gives spelling variants only", () => {
    expect(nearestCodes("sex", [{ code: "SexualExploitation", aliases: ["Sex"] }, "Other"])).toEqual([
      "SexualExploitation",
    ]);
    expect(nearestCodes("Femenine", CODES, { maxEdits: 0 })).toEqual([]);
    expect(nearestCodes("FEMININE", CODES, { maxEdits: 0 })).toEqual(["Feminine"]);
  });
});
