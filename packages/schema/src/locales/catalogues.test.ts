import { describe, expect, it } from "vitest";
import { genders } from "../codelists/htcds-person";
import { ISO639_1_TO_3, LANGUAGE_CODES, languages } from "../codelists/languages";
import { type Catalogue, type CatalogueText, definePartialCatalogue } from "../i18n/catalogue";
import { catalogueCoverage, catalogueKeys, PARTIALLY_NAMED_CODE_LISTS } from "../i18n/coverage";
import { codeLabel, fieldLabel, issueTexts, termText } from "../i18n/text";
import { validate } from "../validate/validate";
import { es } from "./es/index";
import { th } from "./th/index";

describe.each([
  ["th", th],
  ["es", es],
] as const)("the %s catalogue", (_lang, catalogue) => {
  const coverage = catalogueCoverage(catalogue);

  it("translates every field, code list, code, issue and term of the model (naming what is missing)", () => {
    expect(coverage.fallbacks.map((fallback) => fallback.key)).toEqual([]);
    expect(coverage.translated + coverage.optionalFallbacks.length).toBe(catalogueKeys().length);
  });

  it("names the languages CLDR names and leaves only the other languages to English", () => {
    expect([...PARTIALLY_NAMED_CODE_LISTS]).toEqual([languages.id]);
    const unnamed = coverage.optionalFallbacks.map((fallback) => {
      expect(fallback.to, fallback.key).toBe("en");
      expect(fallback.key.startsWith(`code:${languages.id}/`), fallback.key).toBe(true);
      return fallback.key.slice(`code:${languages.id}/`.length);
    });
    expect(LANGUAGE_CODES.length - unnamed.length).toBeGreaterThanOrEqual(500);
    // Of the languages with an ISO 639-1 code, only those CLDR names by another language's name are
    // left to English (packages/schema/data/iso/README.md): Bihari, Serbo-Croatian, Tagalog and Twi.
    const withAlpha2 = new Set<string>(Object.values(ISO639_1_TO_3));
    expect(unnamed.filter((code) => withAlpha2.has(code))).toEqual(["bih", "hbs", "tgl", "twi"]);
  });

  it("holds no key the model does not have (naming each extra key)", () => {
    expect(coverage.extra).toEqual([]);
  });

  it("has no empty text", () => {
    const fields: Catalogue["fields"] = catalogue.fields;
    const lists: Catalogue["codeLists"] = catalogue.codeLists;
    const terms: Readonly<Record<string, CatalogueText>> = catalogue.terms;
    const empty = [
      ...Object.entries(fields).flatMap(([id, texts]) => (texts?.label.trim() && texts.description.trim() ? [] : [id])),
      ...Object.entries(lists).flatMap(([id, list]) => [
        ...(list?.name.text.trim() ? [] : [id]),
        ...Object.entries(list?.codes ?? {}).flatMap(([code, text]) => (text.text.trim() ? [] : [`${id}/${code}`])),
      ]),
      ...Object.entries(terms).flatMap(([key, text]) => (text.text.trim() ? [] : [key])),
    ];
    expect(empty).toEqual([]);
  });
});

describe.each([
  ["th", th, { gn: "กัวรานี", shn: "ไทใหญ่", kpe: "กาแปล", ksw: "S'gaw Karen", kar: "Karen languages" }],
  ["es", es, { gn: "Guaraní", shn: "Shan", kpe: "Kpelle", ksw: "S'gaw Karen", kar: "Karen languages" }],
] as const)("language names in %s", (_lang, catalogue, want) => {
  it.each(Object.entries(want))("label %s as %s (CLDR's name, else English)", (code, label) => {
    expect(codeLabel(languages, code, catalogue)).toBe(label);
  });
});

describe("a partial catalogue", () => {
  // Guarani with three entries, falling back to Spanish and then to English.
  const gn = definePartialCatalogue({
    lang: "gn",
    name: "Avañe'ẽ",
    fallback: es,
    fields: { "PersonNames.given": { label: "Téra", description: "Tapicha téra.", reviewed: false } },
    codeLists: { "htcds.gender": { name: { text: "Kuña térã kuimba'e", reviewed: false }, codes: {} } },
    terms: { "entity.Person": { text: "tapicha", reviewed: false } },
  });

  it("reads its own texts first", () => {
    expect(fieldLabel("PersonNames.given", gn)).toBe("Téra");
    expect(termText("entity.Person", gn)).toBe("tapicha");
  });

  it("falls back to Spanish, then to English, for the rest", () => {
    expect(fieldLabel("PersonNames.family", gn)).toBe(fieldLabel("PersonNames.family", es));
    expect(codeLabel(genders, "Feminine", gn)).toBe(codeLabel(genders, "Feminine", es));
    expect(issueTexts("TIPX103", gn).title).toBe(es.issues.TIPX103.title);
    const english = definePartialCatalogue({ lang: "gn", name: "Avañe'ẽ" });
    expect(fieldLabel("PersonNames.family", english)).toBe("Family name");
  });

  it("reports which keys fell back, and to which language", () => {
    const coverage = catalogueCoverage(gn);
    expect(coverage.translated).toBe(3);
    expect(coverage.fallbacks.length + coverage.optionalFallbacks.length).toBe(catalogueKeys().length - 3);
    expect(coverage.optionalFallbacks.find((fallback) => fallback.key === "code:iso639-3/grn")?.to).toBe("es");
    expect(coverage.optionalFallbacks.find((fallback) => fallback.key === "code:iso639-3/ksw")?.to).toBe("en");
    expect(coverage.fallbacks.find((fallback) => fallback.key === "field:PersonNames.family")).toEqual({
      key: "field:PersonNames.family",
      to: "es",
    });
    expect(coverage.fallbacks.filter((fallback) => fallback.key === "field:PersonNames.given")).toEqual([]);
    expect(catalogueCoverage(definePartialCatalogue({ lang: "gn", name: "Avañe'ẽ" })).fallbacks[0]?.to).toBe("en");
  });

  it("names a key the model does not have", () => {
    const typo = definePartialCatalogue({
      lang: "gn",
      name: "Avañe'ẽ",
      fields: { "PersonNames.giveName": { label: "Téra", description: "Tapicha téra.", reviewed: false } },
    });
    expect(catalogueCoverage(typo).extra).toEqual(["field:PersonNames.giveName"]);
  });

  it("writes validate() messages in the chosen language, per call", () => {
    const [issue] = validate({ tipx: "1.0" }, { locale: gn }).issues;
    expect(issue?.code).toBe("TIPX103");
    expect(issue?.message).toBe(validate({ tipx: "1.0" }, { locale: es }).issues[0]?.message);
  });

  it("never reads a text from the prototype chain", () => {
    expect(fieldLabel("toString", gn)).toBe("toString");
    expect(codeLabel(genders, "constructor", gn)).toBe("constructor");
  });
});
