import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_FILES, languagesSource, renderLanguages, tryLoadIsoCodes } from "../../scripts/generate-iso-codelists";
import { LANGS } from "../i18n/lang";
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

  it("labels every code in every tipx language, with no claim of review", () => {
    for (const code of LANGUAGE_CODES) {
      const label = languages.meta[code].label;
      for (const lang of LANGS) expect(label[lang].trim(), `${code} ${lang}`).not.toBe("");
      expect(label.reviewed).toBeUndefined();
    }
  });

  it("names the languages of the tipx countries", () => {
    expect(languages.meta.th.label).toEqual({ en: "Thai", th: "ไทย", es: "Tailandés" });
    expect(languages.meta.gn.label).toEqual({ en: "Guarani", th: "กัวรานี", es: "Guaraní" });
  });

  it("is the closed ISO 639-1 list", () => {
    expect(languages.id).toBe("iso639-1");
    expect(languages.extensible).toBe(false);
    expect(languages.source).toMatch(/^ISO 639-1 via Debian iso-codes \S+ .*; th\/es names from Unicode CLDR/);
  });

  it("rejects codes that are not ISO 639-1", () => {
    for (const value of ["TH", "tha", "xx", "", 7]) {
      const result = LanguageCode.safeParse(value);
      expect(result.success, String(value)).toBe(false);
      expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_value", []]]);
    }
  });
});

// Regenerating needs the same iso-codes and the same Node CLDR the file was made from; elsewhere the
// output would differ for reasons that are not an error in the file.
const iso = tryLoadIsoCodes();
const sameSources = iso !== undefined && languages.source.startsWith(languagesSource(iso));
if (!sameSources) {
  console.warn(
    "Skipped the languages.ts staleness check because this machine's iso-codes or Node CLDR differ from " +
      `the ones it was generated from (${languages.source}).`,
  );
}

describe("languages.ts", () => {
  it.skipIf(!sameSources)("is exactly what generate-iso-codelists.ts makes from its sources", () => {
    if (iso === undefined) throw new Error("unreachable: skipped without iso-codes");
    expect(readFileSync(GENERATED_FILES.languages, "utf8")).toBe(renderLanguages(iso));
  });
});
