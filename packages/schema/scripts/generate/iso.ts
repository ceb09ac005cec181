/**
 * Generates the ISO 3166-1 (countries) and ISO 639-1 (languages) code lists of `@tipx/schema` with their
 * English labels, and the Thai and Spanish names of both lists in the `th` and `es` catalogues, from the
 * two committed tables `packages/schema/data/iso/countries.csv` and `languages.csv` (how those were
 * made, and their licences, is in `packages/schema/data/iso/README.md`).
 *
 * @module
 */
import {
  banner,
  constArray,
  type GeneratedFile,
  propertyKey,
  quote,
  readCsv,
  requireUnique,
  requireValue,
} from "./_generated-file";

const GENERATOR = "packages/schema/scripts/generate/iso.ts";
const COUNTRIES_CSV = "packages/schema/data/iso/countries.csv";
const LANGUAGES_CSV = "packages/schema/data/iso/languages.csv";

/** The iso-codes release the tables were taken from (packages/schema/data/iso/README.md). */
const ISO_CODES = "Debian iso-codes 4.15.0-1";
/** The CLDR release the Thai and Spanish names were taken from (packages/schema/data/iso/README.md). */
const CLDR = "Unicode CLDR 48.0";

/** The catalogue languages and the names of the two lists in them (tipx's own translations). */
const CATALOGUES = {
  th: { language: "Thai", country: "ประเทศ", languageList: "ภาษา" },
  es: { language: "Spanish", country: "País", languageList: "Idioma" },
} as const;
type CatalogueLang = keyof typeof CATALOGUES;

/** One row of `countries.csv`. */
interface Country {
  readonly alpha2: string;
  readonly alpha3: string;
  readonly numeric: string;
  readonly name: string;
  readonly names: Readonly<Record<CatalogueLang, string>>;
}

/** One row of `languages.csv`. */
interface Language {
  readonly alpha2: string;
  readonly name: string;
  readonly names: Readonly<Record<CatalogueLang, string>>;
}

const NAME = /\S/;

function readCountries(): Country[] {
  const countries = readCsv(COUNTRIES_CSV, ["alpha2", "alpha3", "numeric", "name", "name_th", "name_es"]).map(
    (row, index): Country => {
      const where = `${COUNTRIES_CSV} row ${index + 2}`;
      return {
        alpha2: requireValue(row.alpha2, /^[A-Z]{2}$/, where),
        alpha3: requireValue(row.alpha3, /^[A-Z]{3}$/, where),
        numeric: requireValue(row.numeric, /^\d{3}$/, where),
        name: requireValue(row.name, NAME, where),
        names: { th: requireValue(row.name_th, NAME, where), es: requireValue(row.name_es, NAME, where) },
      };
    },
  );
  requireUnique(
    countries.map((country) => country.alpha2),
    COUNTRIES_CSV,
  );
  return countries.sort((a, b) => compareCodes(a.alpha2, b.alpha2));
}

function readLanguages(): Language[] {
  const languages = readCsv(LANGUAGES_CSV, ["alpha2", "name", "name_th", "name_es"]).map((row, index): Language => {
    const where = `${LANGUAGES_CSV} row ${index + 2}`;
    return {
      alpha2: requireValue(row.alpha2, /^[a-z]{2}$/, where),
      name: requireValue(row.name, NAME, where),
      names: { th: requireValue(row.name_th, NAME, where), es: requireValue(row.name_es, NAME, where) },
    };
  });
  requireUnique(
    languages.map((language) => language.alpha2),
    LANGUAGES_CSV,
  );
  return languages.sort((a, b) => compareCodes(a.alpha2, b.alpha2));
}

/** Code order: by UTF-16 code unit, as the ASCII codes sort everywhere (no locale involved). */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function renderCountries(countries: readonly Country[]): string {
  return `${banner(GENERATOR, [COUNTRIES_CSV])}
//
// English labels are iso-codes' \`common_name\` where it has one ("South Korea", "Taiwan", "Vietnam"),
// otherwise its \`name\`, the ISO 3166-1 English short name. The Thai and Spanish names (CLDR's, which are
// such common names too) are in the catalogues, generated from the same table: src/locales/{th,es}/iso.ts.

import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The ISO 3166-1 alpha-2 codes of every country, territory and area of the standard, in code order.
 *
 * @example
 * \`\`\`ts
 * import { COUNTRY_CODES } from "@tipx/schema";
 * COUNTRY_CODES.includes("TH"); // true
 * \`\`\`
 */
${constArray(
  "export const COUNTRY_CODES = ",
  countries.map((country) => country.alpha2),
)}

/**
 * An ISO 3166-1 alpha-2 country code, such as \`"TH"\`: the zod schema and, under the same name, its type.
 *
 * @example
 * \`\`\`ts
 * import { CountryCode } from "@tipx/schema";
 * const code: CountryCode = CountryCode.parse("PY"); // "PY"
 * \`\`\`
 */
export const CountryCode = z.enum(COUNTRY_CODES);
export type CountryCode = z.infer<typeof CountryCode>;

/**
 * The other two ISO 3166-1 codes of every country: alpha-3, and numeric as a three-digit string with
 * its leading zeros (ISO 3166-1 numeric codes are UN M49 codes, always written with three digits).
 *
 * @example
 * \`\`\`ts
 * import { COUNTRY_DETAILS } from "@tipx/schema";
 * COUNTRY_DETAILS.AR; // { alpha3: "ARG", numeric: "032" }
 * \`\`\`
 */
export const COUNTRY_DETAILS: {
  readonly [K in CountryCode]: { readonly alpha3: string; readonly numeric: string };
} = {
${countries.map((country) => `  ${country.alpha2}: { alpha3: ${quote(country.alpha3)}, numeric: ${quote(country.numeric)} },\n`).join("")}};

/**
 * The ISO 3166-1 country code list, labelled in English; the \`th\` and \`es\` catalogues name every
 * country in Thai and Spanish.
 *
 * @example
 * \`\`\`ts
 * import { codeLabel, countries } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * countries.meta.TH.label; // "Thailand"
 * codeLabel(countries, "TH", es); // "Tailandia"
 * \`\`\`
 */
export const countries = defineCodeList({
  id: "iso3166-1",
  name: "Country",
  source: ${quote(`ISO 3166-1 via ${ISO_CODES}`)},
  codes: COUNTRY_CODES,
  extensible: false,
  meta: {
${countries.map((country) => `    ${country.alpha2}: { label: ${quote(country.name)} },\n`).join("")}  },
});
`;
}

function renderLanguages(languages: readonly Language[]): string {
  return `${banner(GENERATOR, [LANGUAGES_CSV])}
//
// iso-codes has no ISO 639-1 file: the two-letter codes are the \`alpha_2\` fields of its ISO 639-2 list.
// English labels are the ISO 639 reference names as iso-codes spells them, alternatives and all
// ("Spanish; Castilian"), or its \`common_name\` where it has one. The Thai and Spanish names (CLDR's) are
// in the catalogues, generated from the same table: src/locales/{th,es}/iso.ts.

import * as z from "zod";
import { defineCodeList } from "./codelist";

/**
 * The ISO 639-1 two-letter language codes, in code order.
 *
 * @example
 * \`\`\`ts
 * import { LANGUAGE_CODES } from "@tipx/schema";
 * LANGUAGE_CODES.includes("gn"); // true
 * \`\`\`
 */
${constArray(
  "export const LANGUAGE_CODES = ",
  languages.map((language) => language.alpha2),
)}

/**
 * An ISO 639-1 two-letter language code, such as \`"th"\`: the zod schema and, under the same name, its type.
 *
 * @example
 * \`\`\`ts
 * import { LanguageCode } from "@tipx/schema";
 * const code: LanguageCode = LanguageCode.parse("gn"); // "gn"
 * \`\`\`
 */
export const LanguageCode = z.enum(LANGUAGE_CODES);
export type LanguageCode = z.infer<typeof LanguageCode>;

/**
 * The ISO 639-1 language code list, labelled in English; the \`th\` and \`es\` catalogues name every
 * language in Thai and Spanish.
 *
 * @example
 * \`\`\`ts
 * import { codeLabel, languages } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * languages.meta.gn.label; // "Guarani"
 * codeLabel(languages, "gn", es); // "Guaraní"
 * \`\`\`
 */
export const languages = defineCodeList({
  id: "iso639-1",
  name: "Language",
  source: ${quote(`ISO 639-1 via ${ISO_CODES} (alpha_2 of iso_639-2.json)`)},
  codes: LANGUAGE_CODES,
  extensible: false,
  meta: {
${languages.map((language) => `    ${language.alpha2}: { label: ${quote(language.name)} },\n`).join("")}  },
});
`;
}

function textEntries(entries: readonly { readonly code: string; readonly text: string }[]): string {
  return entries
    .map(({ code, text }) => `      ${propertyKey(code)}: { text: ${quote(text)}, reviewed: false },\n`)
    .join("");
}

function renderCatalogue(lang: CatalogueLang, countries: readonly Country[], languages: readonly Language[]): string {
  const names = CATALOGUES[lang];
  return `${banner(GENERATOR, [COUNTRIES_CSV, LANGUAGES_CSV])}
//
// The names are machine-made: ${CLDR} as Node's ICU gave them through Intl.DisplayNames,
// language names with their first letter capitalised. No person has reviewed them, hence
// \`reviewed: false\`. To correct a name, correct the table and run \`pnpm run generate\`.

import type { CodeListTexts } from "../../i18n/catalogue";

/** ${names.language} names of countries (ISO 3166-1) and languages (ISO 639-1), from Unicode CLDR; machine-made, not reviewed. */
export const isoLists = {
  "iso3166-1": {
    name: { text: ${quote(names.country)}, reviewed: false },
    codes: {
${textEntries(countries.map((country) => ({ code: country.alpha2, text: country.names[lang] })))}    },
  },
  "iso639-1": {
    name: { text: ${quote(names.languageList)}, reviewed: false },
    codes: {
${textEntries(languages.map((language) => ({ code: language.alpha2, text: language.names[lang] })))}    },
  },
} as const satisfies Readonly<Record<string, CodeListTexts>>;
`;
}

/**
 * The ISO country and language lists and their Thai and Spanish catalogue entries.
 *
 * @returns `src/codelists/countries.ts`, `src/codelists/languages.ts` and `src/locales/{th,es}/iso.ts`.
 */
export function isoFiles(): GeneratedFile[] {
  const countries = readCountries();
  const languages = readLanguages();
  return [
    { path: "packages/schema/src/codelists/countries.ts", content: renderCountries(countries) },
    { path: "packages/schema/src/codelists/languages.ts", content: renderLanguages(languages) },
    ...(Object.keys(CATALOGUES) as CatalogueLang[]).map((lang) => ({
      path: `packages/schema/src/locales/${lang}/iso.ts`,
      content: renderCatalogue(lang, countries, languages),
    })),
  ];
}
