/**
 * Generates the ISO 3166-1 (countries) and ISO 639-3 (languages) code lists of `@tipx/schema` with their
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
  LINE_WIDTH,
  propertyKey,
  quote,
  readCsv,
  requireUnique,
  requireValue,
} from "./_generated-file";

const GENERATOR = "packages/schema/scripts/generate/iso.ts";
const COUNTRIES_CSV = "packages/schema/data/iso/countries.csv";
const USER_ASSIGNED_CSV = "packages/schema/data/iso/user-assigned-countries.csv";
const LANGUAGES_CSV = "packages/schema/data/iso/languages.csv";

/** The iso-codes release the tables were taken from (packages/schema/data/iso/README.md). */
const ISO_CODES = "Debian iso-codes 4.15.0-1";
/** The CLDR release the Thai and Spanish names were taken from (packages/schema/data/iso/README.md). */
const CLDR = "Unicode CLDR 48.0";

/** The id of the language list, which the catalogues key its names by. */
const LANGUAGE_LIST = "iso639-3";

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

/** ISO 639-3's scopes, and `collective` for the ISO 639-2 codes of collections of languages. */
const SCOPES = ["individual", "macrolanguage", "special", "collective"] as const;
type Scope = (typeof SCOPES)[number];
/** ISO 639-3's language types (a collective code has none). */
const TYPES = ["living", "extinct", "historical", "ancient", "constructed", "special"] as const;
type LanguageType = (typeof TYPES)[number];

/** One row of `languages.csv`. */
interface Language {
  /** The ISO 639-3 code, or the ISO 639-2 code of a collective. */
  readonly code: string;
  /** The ISO 639-1 code, or "". */
  readonly alpha2: string;
  /** The ISO 639-2/B code where it differs from the ISO 639-2/T one, or "". */
  readonly bibliographic: string;
  /** The ISO 639-2/T code (the code itself) when the code is in ISO 639-2, or "". */
  readonly terminologic: string;
  readonly scope: Scope;
  /** "" for a collective. */
  readonly type: LanguageType | "";
  readonly name: string;
  /** The Thai and Spanish names, "" where CLDR has none (the catalogue then falls back to English). */
  readonly names: Readonly<Record<CatalogueLang, string>>;
}

const NAME = /\S/;

/** One row of `user-assigned-countries.csv`: a code citizenships take besides the countries. */
interface UserAssignedCountry {
  readonly code: string;
  readonly name: string;
  readonly names: Readonly<Record<CatalogueLang, string>>;
  readonly definition: string;
  /** Who uses the code: the list's \`extension\`. */
  readonly addedBy: string;
}

function readUserAssigned(): UserAssignedCountry[] {
  return readCsv(USER_ASSIGNED_CSV, ["code", "name", "name_th", "name_es", "definition", "added_by"]).map(
    (row, index): UserAssignedCountry => {
      const where = `${USER_ASSIGNED_CSV} row ${index + 2}`;
      return {
        code: requireValue(row.code, /^[A-Z]{2,3}$/, where),
        name: requireValue(row.name, NAME, where),
        names: { th: requireValue(row.name_th, NAME, where), es: requireValue(row.name_es, NAME, where) },
        definition: requireValue(row.definition, NAME, where),
        addedBy: requireValue(row.added_by, NAME, where),
      };
    },
  );
}

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
  const columns = [
    "code",
    "alpha2",
    "bibliographic",
    "terminologic",
    "scope",
    "type",
    "name",
    "name_th",
    "name_es",
  ] as const;
  const languages = readCsv(LANGUAGES_CSV, columns).map((row, index): Language => {
    const where = `${LANGUAGES_CSV} row ${index + 2}`;
    const scope = oneOf(row.scope, SCOPES, where);
    const language: Language = {
      code: requireValue(row.code, /^[a-z]{3}$/, where),
      alpha2: requireValue(row.alpha2, /^([a-z]{2})?$/, where),
      bibliographic: requireValue(row.bibliographic, /^([a-z]{3})?$/, where),
      terminologic: requireValue(row.terminologic, /^([a-z]{3})?$/, where),
      scope,
      // A collective code (ISO 639-2) has no ISO 639-3 type; every other code has one.
      type: scope === "collective" ? oneOf(row.type, [""], where) : oneOf(row.type, TYPES, where),
      name: requireValue(row.name, NAME, where),
      names: { th: requireValue(row.name_th, /^(\S.*)?$/, where), es: requireValue(row.name_es, /^(\S.*)?$/, where) },
    };
    if (language.terminologic !== "" && language.terminologic !== language.code)
      throw new Error(`${where}: the ISO 639-2/T code of ${language.code} is the code itself`);
    if ((language.bibliographic !== "" || scope === "collective") && language.terminologic === "")
      throw new Error(`${where}: ${language.code} has an ISO 639-2/B code or is collective, so it is in ISO 639-2`);
    if (language.bibliographic === language.code)
      throw new Error(`${where}: a bibliographic code is given only where it differs`);
    return language;
  });
  requireUnique(
    languages.map((language) => language.code),
    LANGUAGES_CSV,
  );
  requireUnique(
    languages.flatMap((language) => (language.alpha2 === "" ? [] : [language.alpha2])),
    `${LANGUAGES_CSV} (alpha2)`,
  );
  requireUnique(
    languages.flatMap((language) => [
      language.code,
      ...(language.bibliographic === "" ? [] : [language.bibliographic]),
    ]),
    `${LANGUAGES_CSV} (code and bibliographic)`,
  );
  return languages.sort((a, b) => compareCodes(a.code, b.code));
}

function oneOf<const T extends string>(value: string, values: readonly T[], where: string): T {
  if (!(values as readonly string[]).includes(value))
    throw new Error(`${where}: expected one of ${values.map(quote).join(", ")}, got ${quote(value)}`);
  return value as T;
}

/** Code order: by UTF-16 code unit, as the ASCII codes sort everywhere (no locale involved). */
function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function renderCountries(countries: readonly Country[], userAssigned: readonly UserAssignedCountry[]): string {
  return `${banner(GENERATOR, [COUNTRIES_CSV, USER_ASSIGNED_CSV])}
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
 * The user-assigned codes a citizenship may take besides a country: \`ZZ\` for an unknown citizenship (as
 * the CTDC datasets write it) and \`XXA\` for a stateless person (as ICAO Doc 9303 writes it). Neither is a
 * country, so \`CountryCode\` refuses both; \`CitizenshipCode\` accepts them.
 *
 * @example
 * \`\`\`ts
 * import { USER_ASSIGNED_CITIZENSHIPS } from "@tipx/schema";
 * USER_ASSIGNED_CITIZENSHIPS; // ["ZZ", "XXA"]
 * \`\`\`
 */
${constArray(
  "export const USER_ASSIGNED_CITIZENSHIPS = ",
  userAssigned.map((code) => code.code),
)}

/**
 * The ISO 3166-1 country code list, labelled in English, followed by the user-assigned codes of
 * citizenship (\`ZZ\`, \`XXA\`, marked \`userAssigned\`); the \`th\` and \`es\` catalogues name every code in
 * Thai and Spanish.
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
  codes: [...COUNTRY_CODES, ...USER_ASSIGNED_CITIZENSHIPS],
  extensible: false,
  meta: {
${countries.map((country) => `    ${country.alpha2}: { label: ${quote(country.name)} },\n`).join("")}${userAssigned
  .map(
    (code) =>
      `    ${code.code}: {\n      label: ${quote(code.name)},\n      definition:\n        ${quote(code.definition)},\n      userAssigned: true,\n      extension: ${quote(code.addedBy)},\n    },\n`,
  )
  .join("")}  },
});
`;
}

/**
 * An `as const` array nested in an object literal, laid out as Biome lays it out: on one line when it
 * fits in {@link LINE_WIDTH}, else one element per line.
 */
function nestedArray(indent: string, key: string, items: readonly string[]): string {
  const oneLine = `${indent}${key}: [${items.map(quote).join(", ")}],`;
  if (oneLine.length <= LINE_WIDTH) return `${oneLine}\n`;
  return `${indent}${key}: [\n${items.map((item) => `${indent}  ${quote(item)},\n`).join("")}${indent}],\n`;
}

/** The codes of the languages whose `fact` is `value`. */
function codesWhere<K extends "scope" | "type">(languages: readonly Language[], fact: K, value: Language[K]): string[] {
  return languages.filter((language) => language[fact] === value).map((language) => language.code);
}

function renderLanguages(languages: readonly Language[]): string {
  const withAlpha2 = languages
    .filter((language) => language.alpha2 !== "")
    .sort((a, b) => compareCodes(a.alpha2, b.alpha2));
  const collectives = codesWhere(languages, "scope", "collective");
  const example = (code: string) => {
    const language = languages.find((each) => each.code === code);
    if (!language) throw new Error(`${LANGUAGES_CSV} lacks ${code}, which the generated examples use`);
    return language;
  };
  return `${banner(GENERATOR, [LANGUAGES_CSV])}
//
// The codes are ISO 639-3's (${languages.length - collectives.length}), and the ${collectives.length} ISO 639-2 codes of collections of languages,
// which ISO 639-3 leaves out ("kar", Karen languages); the ISO 639-1 two-letter codes are accepted as
// aliases, since tipx 1.0 recorded languages with them. English labels are iso-codes' ISO 639-3 reference
// names, or its \`common_name\` where it has one ("Bangla"). The Thai and Spanish names (CLDR's, for the
// languages CLDR names) are in the catalogues, generated from the same table: src/locales/{th,es}/iso.ts.
// The labels are a record keyed by code, turned into the list's metadata when the module loads: with
// ${languages.length.toLocaleString("en")} codes, a \`{ label }\` object per code written out would weigh some 60 KB more.

import * as z from "zod";
import { type CodeMeta, defineCodeList } from "./codelist";

/**
 * The language codes of tipx, in code order: every ISO 639-3 code (individual languages,
 * macrolanguages, and the special codes \`mis\`, \`mul\`, \`und\`, \`zxx\`), and the ISO 639-2 codes of
 * collections of languages, which ISO 639-3 leaves out.
 *
 * @example
 * \`\`\`ts
 * import { LANGUAGE_CODES } from "@tipx/schema";
 * LANGUAGE_CODES.includes("ksw"); // true: S'gaw Karen
 * LANGUAGE_CODES.includes("kar"); // true: Karen languages, an ISO 639-2 collective code
 * \`\`\`
 */
${constArray(
  "export const LANGUAGE_CODES = ",
  languages.map((language) => language.code),
)}

/**
 * An ISO 639-3 code, or the ISO 639-2 code of a collection of languages: one of {@link LANGUAGE_CODES},
 * the form converters write.
 */
export type Iso6393Code = (typeof LANGUAGE_CODES)[number];

/**
 * The ISO 639-1 two-letter codes, in code order: still accepted wherever a language code is, since tipx
 * 1.0 recorded languages with them; {@link ISO639_1_TO_3} gives the code each stands for.
 *
 * @example
 * \`\`\`ts
 * import { ISO639_1_CODES } from "@tipx/schema";
 * ISO639_1_CODES.includes("th"); // true
 * \`\`\`
 */
${constArray(
  "export const ISO639_1_CODES = ",
  withAlpha2.map((language) => language.alpha2),
)}

/** An ISO 639-1 two-letter code, such as \`"th"\`: one of {@link ISO639_1_CODES}. */
export type Iso6391Code = (typeof ISO639_1_CODES)[number];

/**
 * The language code of tipx that each ISO 639-1 code stands for: its ISO 639-3 code, or for \`"bh"\`
 * (Bihari languages) the ISO 639-2 collective code \`"bih"\`.
 *
 * @example
 * \`\`\`ts
 * import { ISO639_1_TO_3 } from "@tipx/schema";
 * ISO639_1_TO_3.th; // "tha"
 * ISO639_1_TO_3.${example("grn").alpha2}; // "grn"
 * \`\`\`
 */
export const ISO639_1_TO_3: { readonly [K in Iso6391Code]: Iso6393Code } = {
${withAlpha2.map((language) => `  ${propertyKey(language.alpha2)}: ${quote(language.code)},\n`).join("")}};

/**
 * A language code, such as \`"tha"\` or \`"ksw"\`: an ISO 639-3 code, an ISO 639-2 collective code such as
 * \`"kar"\`, or an ISO 639-1 code such as \`"th"\` (accepted as an alias: \`toIso6393\` converts it). The zod
 * schema and, under the same name, its type.
 *
 * @example
 * \`\`\`ts
 * import { LanguageCode } from "@tipx/schema";
 * const code: LanguageCode = LanguageCode.parse("shn"); // "shn"
 * LanguageCode.parse("th"); // "th", an ISO 639-1 alias of "tha"
 * \`\`\`
 */
export const LanguageCode = z.enum<readonly (Iso6393Code | Iso6391Code)[]>([...LANGUAGE_CODES, ...ISO639_1_CODES], {
  // zod's own message would list all ${(languages.length + withAlpha2.length).toLocaleString("en")} codes (some 50 KB of text) for every bad value.
  error: "Invalid language code: expected an ISO 639-3 code, an ISO 639-2 collective code or an ISO 639-1 code",
});
export type LanguageCode = z.infer<typeof LanguageCode>;

/**
 * What ISO 639 says about the language codes, fact by fact, each fact listing only the codes it applies
 * to (a record per code would weigh some 300 KB): the codes that are not individual languages, by scope;
 * those of languages that are not living, by ISO 639-3 type (a collective code has no type); the codes
 * that are in ISO 639-2, where each is its own ISO 639-2/T (terminology) code; and the ISO 639-2/B
 * (bibliographic) codes that differ from it. \`languageDetails\` gives them for one code.
 *
 * @example
 * \`\`\`ts
 * import { LANGUAGE_DETAILS } from "@tipx/schema";
 * LANGUAGE_DETAILS.scope.collective.includes("kar"); // true
 * LANGUAGE_DETAILS.bibliographic.mya; // "bur"
 * \`\`\`
 */
export const LANGUAGE_DETAILS = {
  scope: {
${SCOPES.filter((scope) => scope !== "individual")
  .map((scope) => nestedArray("    ", scope, codesWhere(languages, "scope", scope)))
  .join("")}  },
  type: {
${TYPES.filter((type) => type !== "living")
  .map((type) => nestedArray("    ", type, codesWhere(languages, "type", type)))
  .join("")}  },
${nestedArray(
  "  ",
  "iso6392",
  languages.filter((language) => language.terminologic !== "").map((language) => language.code),
)}  bibliographic: {
${languages
  .filter((language) => language.bibliographic !== "")
  .map((language) => `    ${propertyKey(language.code)}: ${quote(language.bibliographic)},\n`)
  .join("")}  },
} as const;

/** The English label of every code: its ISO 639 reference name as iso-codes spells it, or its common name. */
const LABELS: { readonly [K in Iso6393Code]: string } = {
${languages.map((language) => `  ${propertyKey(language.code)}: ${quote(language.name)},\n`).join("")}};

/** The list's metadata: each code's label, and its ISO 639-1 code as an alias. */
/* @__NO_SIDE_EFFECTS__ */
function _languageMeta(): { readonly [K in Iso6393Code]: CodeMeta } {
  const meta = {} as Record<Iso6393Code, CodeMeta>;
  for (const code of LANGUAGE_CODES) meta[code] = { label: LABELS[code] };
  for (const alpha2 of ISO639_1_CODES) {
    const code = ISO639_1_TO_3[alpha2];
    meta[code] = { label: LABELS[code], aliases: [alpha2] };
  }
  return meta;
}

/**
 * The ISO 639-3 language code list (with the ISO 639-2 collective codes), labelled in English; each
 * code's ISO 639-1 code, when it has one, is its alias. The \`th\` and \`es\` catalogues name the
 * languages CLDR names; the others read in English.
 *
 * @example
 * \`\`\`ts
 * import { codeLabel, languages } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * languages.meta.grn.label; // "Guarani"
 * languages.meta.grn.aliases; // ["gn"]
 * codeLabel(languages, "gn", es); // "Guaraní"
 * codeLabel(languages, "ksw", es); // "S'gaw Karen": CLDR has no Spanish name for it
 * \`\`\`
 */
export const languages = defineCodeList({
  id: ${quote(LANGUAGE_LIST)},
  name: "Language",
  source: ${quote(`ISO 639-3, with the collective codes of ISO 639-2, via ${ISO_CODES}`)},
  codes: LANGUAGE_CODES,
  extensible: false,
  meta: /* @__PURE__ */ _languageMeta(),
});
`;
}

function textEntries(entries: readonly { readonly code: string; readonly text: string }[]): string {
  return entries
    .map(({ code, text }) => `      ${propertyKey(code)}: { text: ${quote(text)}, reviewed: false },\n`)
    .join("");
}

function renderCatalogue(
  lang: CatalogueLang,
  countries: readonly Country[],
  userAssigned: readonly UserAssignedCountry[],
  languages: readonly Language[],
): string {
  const names = CATALOGUES[lang];
  const named = languages.filter((language) => language.names[lang] !== "");
  return `${banner(GENERATOR, [COUNTRIES_CSV, USER_ASSIGNED_CSV, LANGUAGES_CSV])}
//
// The names are machine-made: ${CLDR} as Node's ICU gave them through Intl.DisplayNames,
// language names with their first letter capitalised. No person has reviewed them, hence
// \`reviewed: false\`. To correct a name, correct the table and run \`pnpm run generate\`.
// CLDR names ${named.length} of the ${languages.length.toLocaleString("en")} languages in ${names.language}; the others read in English.

import type { CodeListTexts } from "../../i18n/catalogue";

/**
 * ${names.language} names of countries (ISO 3166-1) and languages (ISO 639-3, the languages CLDR names), from
 * Unicode CLDR; machine-made, not reviewed.
 */
export const isoLists = {
  "iso3166-1": {
    name: { text: ${quote(names.country)}, reviewed: false },
    codes: {
${textEntries([
  ...countries.map((country) => ({ code: country.alpha2, text: country.names[lang] })),
  ...userAssigned.map((code) => ({ code: code.code, text: code.names[lang] })),
])}    },
  },
  ${quote(LANGUAGE_LIST)}: {
    name: { text: ${quote(names.languageList)}, reviewed: false },
    codes: {
${textEntries(named.map((language) => ({ code: language.code, text: language.names[lang] })))}    },
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
  const userAssigned = readUserAssigned();
  const languages = readLanguages();
  return [
    { path: "packages/schema/src/codelists/countries.ts", content: renderCountries(countries, userAssigned) },
    { path: "packages/schema/src/codelists/languages.ts", content: renderLanguages(languages) },
    ...(Object.keys(CATALOGUES) as CatalogueLang[]).map((lang) => ({
      path: `packages/schema/src/locales/${lang}/iso.ts`,
      content: renderCatalogue(lang, countries, userAssigned, languages),
    })),
  ];
}
