import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../scripts/generate/_generated-file";
import { isoFiles } from "../../scripts/generate/iso";
import { languageDetails, toIso6392, toIso6393 } from "./language-codes";
import { ISO639_1_CODES, ISO639_1_TO_3, LANGUAGE_CODES, LANGUAGE_DETAILS, LanguageCode, languages } from "./languages";

describe("languages", () => {
  it("has every ISO 639-3 code and the ISO 639-2 collective codes once, as three lowercase letters, in code order", () => {
    // ISO 639-3 has about 7,900 codes and ISO 639-2 66 collective ones; a big change means the source was misread.
    expect(LANGUAGE_CODES.length).toBeGreaterThanOrEqual(7900);
    expect(LANGUAGE_CODES.length).toBeLessThanOrEqual(8100);
    expect(new Set(LANGUAGE_CODES).size).toBe(LANGUAGE_CODES.length);
    expect([...LANGUAGE_CODES].sort()).toEqual(LANGUAGE_CODES);
    for (const code of LANGUAGE_CODES) expect(code).toMatch(/^[a-z]{3}$/);
    expect(languages.codes).toBe(LANGUAGE_CODES);
    expect(Object.keys(languages.meta)).toHaveLength(LANGUAGE_CODES.length);
  });

  it("is what the generator makes from the committed table, as are the catalogues' names", () => {
    const files = isoFiles().filter((file) => /codelists\/languages\.ts$|locales\/(th|es)\/iso\.ts$/.test(file.path));
    expect(files).toHaveLength(3);
    for (const file of files) {
      const committed = readFileSync(path.join(REPO_ROOT, file.path), "utf8");
      // Compared as a boolean: a diff of a 260 KB file would drown the report; `pnpm run generate` shows it.
      expect(committed === file.content, `${file.path} is stale: run pnpm run generate`).toBe(true);
    }
  });

  it("labels every code in English (the catalogues name the languages CLDR names)", () => {
    for (const code of LANGUAGE_CODES) expect(languages.meta[code].label.trim(), code).not.toBe("");
  });

  it("is the closed ISO 639-3 list", () => {
    expect(languages.id).toBe("iso639-3");
    expect(languages.extensible).toBe(false);
    expect(languages.source).toMatch(/^ISO 639-3, with the collective codes of ISO 639-2, via Debian iso-codes \d/);
  });

  it.each([
    ["kar", "Karen languages"],
    ["ksw", "S'gaw Karen"],
    ["pwo", "Pwo Western Karen"],
    ["kjp", "Pwo Eastern Karen"],
    ["blk", "Pa'o Karen"],
    ["shn", "Shan"],
    ["kpe", "Kpelle"],
    ["vai", "Vai"],
    ["bsq", "Bassa"],
    ["grn", "Guarani"],
    ["gug", "Paraguayan Guaraní"],
    ["hmn", "Hmong"],
    ["mww", "Hmong Daw"],
    ["hnj", "Hmong Njua"],
    ["tha", "Thai"],
    ["mya", "Burmese"],
    ["spa", "Spanish"],
    ["eng", "English"],
  ] as const)("records %s (%s)", (code, label) => {
    expect(LanguageCode.parse(code)).toBe(code);
    expect(languages.meta[code].label).toBe(label);
    expect(toIso6393(code)).toBe(code);
  });
});

describe("the ISO 639-1 codes", () => {
  it("are the 185 two-letter codes, each standing for one language code", () => {
    // 184 ISO 639-1 codes in ISO 639-2, and "sh" (Serbo-Croatian), which only ISO 639-3 still gives.
    expect(ISO639_1_CODES).toHaveLength(185);
    expect(Object.keys(ISO639_1_TO_3).sort()).toEqual([...ISO639_1_CODES]);
    const targets = Object.values(ISO639_1_TO_3);
    expect(new Set(targets).size).toBe(targets.length);
    for (const code of ISO639_1_CODES) {
      expect(code).toMatch(/^[a-z]{2}$/);
      expect(LANGUAGE_CODES).toContain(ISO639_1_TO_3[code]);
    }
  });

  it("stay valid language codes, so that tipx 1.0 data with them still validates", () => {
    for (const code of ISO639_1_CODES) expect(LanguageCode.safeParse(code).success, code).toBe(true);
    expect(LanguageCode.options).toHaveLength(LANGUAGE_CODES.length + ISO639_1_CODES.length);
  });

  it.each([
    ["th", "tha"],
    ["es", "spa"],
    ["en", "eng"],
    ["gn", "grn"],
    ["my", "mya"],
    ["bh", "bih"],
    ["sh", "hbs"],
  ] as const)("map %s to %s, whose alias it is in the list", (alpha2, code) => {
    expect(LanguageCode.parse(alpha2)).toBe(alpha2);
    expect(ISO639_1_TO_3[alpha2]).toBe(code);
    expect(toIso6393(alpha2)).toBe(code);
    expect(languages.meta[code].aliases).toEqual([alpha2]);
  });

  it("are the only aliases of the list", () => {
    const aliases = LANGUAGE_CODES.flatMap((code) => languages.meta[code].aliases ?? []);
    expect(aliases.sort()).toEqual([...ISO639_1_CODES]);
  });
});

describe("LanguageCode", () => {
  it.each(["TH", "Tha", "xx", "xxx", "qaa", "qaa-qtz", "thai", "", " tha", 7, null])("rejects %j", (value) => {
    const result = LanguageCode.safeParse(value);
    expect(result.success, String(value)).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([["invalid_value", []]]);
  });
});

describe("LANGUAGE_DETAILS", () => {
  it("lists only codes of the list, each at most once per fact", () => {
    const facts = [
      ...Object.values(LANGUAGE_DETAILS.scope),
      ...Object.values(LANGUAGE_DETAILS.type),
      LANGUAGE_DETAILS.iso6392,
      Object.keys(LANGUAGE_DETAILS.bibliographic),
    ];
    for (const codes of facts) for (const code of codes) expect(LANGUAGE_CODES).toContain(code);
    const scoped = Object.values(LANGUAGE_DETAILS.scope).flat();
    const typed = Object.values(LANGUAGE_DETAILS.type).flat();
    expect(new Set(scoped).size).toBe(scoped.length);
    expect(new Set(typed).size).toBe(typed.length);
  });

  it("puts every collective code in ISO 639-2 and gives it no type", () => {
    const typed = new Set<string>(Object.values(LANGUAGE_DETAILS.type).flat());
    expect(LANGUAGE_DETAILS.scope.collective.length).toBeGreaterThanOrEqual(60);
    for (const code of LANGUAGE_DETAILS.scope.collective) {
      expect(LANGUAGE_DETAILS.iso6392, code).toContain(code);
      expect(typed.has(code), code).toBe(false);
    }
  });

  it("gives the 20 ISO 639-2/B codes that differ, none of them a code of the list", () => {
    const bibliographic = Object.values(LANGUAGE_DETAILS.bibliographic);
    expect(bibliographic).toHaveLength(20);
    for (const code of bibliographic) expect(LANGUAGE_CODES as readonly string[]).not.toContain(code);
  });
});

describe("languageDetails", () => {
  it.each([
    [
      "my",
      {
        code: "mya",
        scope: "individual",
        type: "living",
        alpha2: "my",
        terminologic: "mya",
        bibliographic: "bur",
      },
    ],
    ["kar", { code: "kar", scope: "collective", terminologic: "kar", bibliographic: "kar" }],
    ["ksw", { code: "ksw", scope: "individual", type: "living" }],
    [
      "grn",
      { code: "grn", scope: "macrolanguage", type: "living", alpha2: "gn", terminologic: "grn", bibliographic: "grn" },
    ],
    ["und", { code: "und", scope: "special", type: "special", terminologic: "und", bibliographic: "und" }],
    [
      "lat",
      { code: "lat", scope: "individual", type: "ancient", alpha2: "la", terminologic: "lat", bibliographic: "lat" },
    ],
    [
      "epo",
      {
        code: "epo",
        scope: "individual",
        type: "constructed",
        alpha2: "eo",
        terminologic: "epo",
        bibliographic: "epo",
      },
    ],
  ] as const)("describes %s", (code, want) => {
    expect(languageDetails(code)).toEqual(want);
  });

  it("describes every code, an individual living language unless ISO 639 says otherwise", () => {
    for (const code of LANGUAGE_CODES) expect(languageDetails(code)?.code).toBe(code);
    expect(languageDetails("xx")).toBeUndefined();
  });
});

describe("toIso6393", () => {
  it.each([
    ["th", "tha"],
    ["TH", "tha"],
    [" tha ", "tha"],
    ["bur", "mya"],
    ["ger", "deu"],
    ["kar", "kar"],
    ["gug", "gug"],
  ] as const)("converts %j to %s", (code, want) => {
    expect(toIso6393(code)).toBe(want);
  });

  it.each(["", "xx", "qaa", "thai", "toString", "constructor"])("gives undefined for %j", (code) => {
    expect(toIso6393(code)).toBeUndefined();
  });
});

describe("toIso6392", () => {
  it.each([
    ["mya", "B", "bur"],
    ["mya", "T", "mya"],
    ["my", "B", "bur"],
    ["zho", "B", "chi"],
    ["tha", "B", "tha"],
    ["th", "T", "tha"],
    ["kar", "B", "kar"],
    ["grn", "T", "grn"],
    ["kpe", "T", "kpe"],
    ["shn", "T", "shn"],
  ] as const)("converts %s to its ISO 639-2/%s code %s", (code, form, want) => {
    expect(toIso6392(code, form)).toBe(want);
  });

  it.each(["ksw", "pwo", "gug", "bsq", "mww", "xx"])("gives undefined for %s, which has no ISO 639-2 code", (code) => {
    expect(toIso6392(code, "B")).toBeUndefined();
    expect(toIso6392(code, "T")).toBeUndefined();
  });
});
