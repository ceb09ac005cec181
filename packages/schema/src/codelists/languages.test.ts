import { describe, expect, it } from "vitest";
import { LANGUAGE_CODES, LanguageCode, languages } from "./languages";

describe("languages", () => {
  it("has every ISO 639-1 code once, as two lowercase letters, in code order", () => {
    // ISO 639-1 has had 183–184 codes for two decades; a big change means the source was misread.
    expect(LANGUAGE_CODES.length).toBeGreaterThanOrEqual(180);
    expect(LANGUAGE_CODES.length).toBeLessThanOrEqual(190);
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    expect([...LANGUAGE_CODES].sort()).toEqual(LANGUAGE_CODES);
    for (const code of LANGUAGE_CODES) expect(code).toMatch(/^[a-z]{2}$/);
    expect(languages.codes).toBe(LANGUAGE_CODES);
    expect(Object.keys(languages.meta)).toHaveLength(LANGUAGE_CODES.length);
  });

  it.each(["th", "es", "en", "gn"] as const)("includes %s", (code) => {
    expect(LANGUAGE_CODES).toContain(code);
    expect(LanguageCode.parse(code)).toBe(code);
  });

  it("labels every code in English (the catalogues translate them; their test checks completeness)", () => {
    for (const code of LANGUAGE_CODES) expect(languages.meta[code].label.trim(), code).not.toBe("");
  });

  it("names the languages of the tipx countries", () => {
    expect(languages.meta.th.label).toEqual("Thai");
    expect(languages.meta.gn.label).toEqual("Guarani");
  });

  it("is the closed ISO 639-1 list", () => {
    expect(languages.id).toBe("iso639-1");
    expect(languages.extensible).toBe(false);
    expect(languages.source).toMatch(/^ISO 639-1 via Debian iso-codes \d/);
  });

  it("rejects codes that are not ISO 639-1", () => {
    for (const value of ["TH", "tha", "xx", "", 7]) {
      const result = LanguageCode.safeParse(value);
      expect(result.success, String(value)).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_value", []]]);
    }
  });
});
