import { describe, expect, it } from "vitest";
import { findProfileLocale, PROFILE_LOCALES } from "./locales";

describe("profile locales", () => {
  it("are th-TH, en-LR, es-PY with gn-PY, es-AR", () => {
    expect(Object.values(PROFILE_LOCALES).flatMap((locales) => locales.map((locale) => locale.tag))).toEqual([
      "th-TH",
      "en-LR",
      "es-PY",
      "gn-PY",
      "es-AR",
    ]);
  });

  it("fall back from Guarani to Spanish for messages and Intl", () => {
    expect(findProfileLocale("gn-PY")).toMatchObject({ language: "gn", messageLang: "es", intlLocale: "es-PY" });
    expect(findProfileLocale("TH-th")?.messageLang).toBe("th");
    expect(findProfileLocale("fr-FR")).toBeUndefined();
  });

  it("name tags that Intl accepts unchanged (DOMAIN.md §6.3)", () => {
    for (const locales of Object.values(PROFILE_LOCALES)) {
      for (const locale of locales) expect(Intl.getCanonicalLocales(locale.tag)).toEqual([locale.tag]);
    }
  });
});
