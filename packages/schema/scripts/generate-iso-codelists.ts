/**
 * Generates the ISO 3166-1 (countries) and ISO 639-1 (languages) code lists of `@tipx/schema` from
 * Debian's iso-codes package, with Thai and Spanish names from the Unicode CLDR data in Node's ICU.
 *
 * ```sh
 * apt-get install -y iso-codes
 * pnpm exec tsx packages/schema/scripts/generate-iso-codelists.ts          # writes both files
 * pnpm exec tsx packages/schema/scripts/generate-iso-codelists.ts --check  # fails when they are stale
 * ```
 *
 * The output depends only on the installed iso-codes and on Node's ICU, both named in each file's
 * `source`, so the same versions give the same bytes.
 *
 * @module
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ISO_CODES_JSON = "/usr/share/iso-codes/json";
const LOCALE_DIR = "/usr/share/locale";
const GENERATOR = "packages/schema/scripts/generate-iso-codelists.ts";
const CODELISTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/codelists");

/**
 * Where the generated files are written.
 *
 * @example
 * ```ts
 * readFileSync(GENERATED_FILES.countries, "utf8");
 * ```
 */
export const GENERATED_FILES = {
  countries: path.join(CODELISTS_DIR, "countries.ts"),
  languages: path.join(CODELISTS_DIR, "languages.ts"),
} as const;

/** The languages, besides English, that every label is generated in. */
const TRANSLATED_LANGS = ["th", "es"] as const;
type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

/** One entry of iso-codes' `iso_3166-1.json`. */
interface IsoCountry {
  readonly alpha2: string;
  readonly alpha3: string;
  readonly numeric: string;
  readonly name: string;
  readonly commonName: string | undefined;
}

/** One entry of iso-codes' `iso_639-2.json` that has an ISO 639-1 code. */
interface IsoLanguage {
  readonly alpha2: string;
  readonly name: string;
  readonly commonName: string | undefined;
}

/**
 * What the generator reads from the installed iso-codes package.
 *
 * @example
 * ```ts
 * const iso = loadIsoCodes();
 * iso.countries.length; // 249 with iso-codes 4.15.0-1
 * ```
 */
export interface IsoCodes {
  /** The Debian package version, such as `"4.15.0-1"`. */
  readonly version: string;
  /** Every ISO 3166-1 entry. */
  readonly countries: readonly IsoCountry[];
  /** Every ISO 639-2 entry that has an ISO 639-1 (two-letter) code. */
  readonly languages: readonly IsoLanguage[];
}

/**
 * Thrown when iso-codes is not installed; `code` is `"ISO_CODES_MISSING"`.
 *
 * @example
 * ```ts
 * try { loadIsoCodes(); } catch (error) { if (error instanceof IsoCodesMissingError) console.error(error.message); }
 * ```
 */
export class IsoCodesMissingError extends Error {
  /** The stable error code. */
  readonly code = "ISO_CODES_MISSING";
  constructor(detail: string) {
    super(
      `Debian's iso-codes package is needed to generate the ISO code lists, but ${detail}. ` +
        "Install it with `apt-get update && apt-get install -y iso-codes`, then run this script again.",
    );
    this.name = "IsoCodesMissingError";
  }
}

/**
 * The installed iso-codes version, from `dpkg-query`, or from its pkg-config file where dpkg is absent.
 *
 * @example
 * ```ts
 * isoCodesVersion(); // "4.15.0-1"
 * ```
 */
export function isoCodesVersion(): string {
  try {
    const version = execFileSync("dpkg-query", ["-W", "-f=${Version}", "iso-codes"], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
    if (version !== "") return version;
  } catch {
    // Not a Debian system, or the package is not installed: try the pkg-config file below.
  }
  const pc = "/usr/share/pkgconfig/iso-codes.pc";
  if (existsSync(pc)) {
    const match = /^Version:\s*(\S+)/m.exec(readFileSync(pc, "utf8"));
    if (match?.[1] !== undefined) return match[1];
  }
  throw new IsoCodesMissingError("`dpkg-query -W iso-codes` finds no installed version");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(entry: Record<string, unknown>, key: string): string | undefined {
  const value = entry[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function requiredString(entry: Record<string, unknown>, key: string, pattern: RegExp, file: string): string {
  const value = entry[key];
  if (typeof value !== "string" || !pattern.test(value)) {
    throw new Error(`${file}: expected "${key}" to match ${String(pattern)}, got ${JSON.stringify(value)}`);
  }
  return value;
}

function readIsoJson(file: string, key: string): Record<string, unknown>[] {
  const full = path.join(ISO_CODES_JSON, file);
  if (!existsSync(full)) throw new IsoCodesMissingError(`${full} does not exist`);
  const data: unknown = JSON.parse(readFileSync(full, "utf8"));
  const entries = isRecord(data) ? data[key] : undefined;
  if (!Array.isArray(entries)) throw new Error(`${full}: expected an object with a "${key}" array`);
  return entries.filter(isRecord);
}

/**
 * Reads the installed iso-codes package.
 *
 * @throws {@link IsoCodesMissingError} when it is not installed.
 * @example
 * ```ts
 * loadIsoCodes().version; // "4.15.0-1"
 * ```
 */
export function loadIsoCodes(): IsoCodes {
  const version = isoCodesVersion();
  const countries = readIsoJson("iso_3166-1.json", "3166-1").map(
    (entry): IsoCountry => ({
      alpha2: requiredString(entry, "alpha_2", /^[A-Z]{2}$/, "iso_3166-1.json"),
      alpha3: requiredString(entry, "alpha_3", /^[A-Z]{3}$/, "iso_3166-1.json"),
      numeric: requiredString(entry, "numeric", /^\d{3}$/, "iso_3166-1.json"),
      name: requiredString(entry, "name", /\S/, "iso_3166-1.json"),
      commonName: optionalString(entry, "common_name"),
    }),
  );
  // iso-codes ships no iso_639-1.json: the ISO 639-1 codes are the `alpha_2` fields of ISO 639-2.
  const languages = readIsoJson("iso_639-2.json", "639-2")
    .filter((entry) => entry["alpha_2"] !== undefined)
    .map(
      (entry): IsoLanguage => ({
        alpha2: requiredString(entry, "alpha_2", /^[a-z]{2}$/, "iso_639-2.json"),
        name: requiredString(entry, "name", /\S/, "iso_639-2.json"),
        commonName: optionalString(entry, "common_name"),
      }),
    );
  const byCode = (a: { alpha2: string }, b: { alpha2: string }): number =>
    a.alpha2 < b.alpha2 ? -1 : a.alpha2 > b.alpha2 ? 1 : 0;
  return { version, countries: [...countries].sort(byCode), languages: [...languages].sort(byCode) };
}

/**
 * Like {@link loadIsoCodes}, but `undefined` when iso-codes is not installed (for tests that skip then).
 *
 * @example
 * ```ts
 * const iso = tryLoadIsoCodes();
 * if (iso === undefined) console.warn("iso-codes is not installed");
 * ```
 */
export function tryLoadIsoCodes(): IsoCodes | undefined {
  try {
    return loadIsoCodes();
  } catch (error) {
    if (error instanceof IsoCodesMissingError) return undefined;
    throw error;
  }
}

/**
 * Reads a GNU gettext `.mo` catalog into a map from msgid to translation (first plural form only).
 *
 * @example
 * ```ts
 * readMoCatalog("/usr/share/locale/es/LC_MESSAGES/iso_3166-1.mo").get("Thailand"); // "Tailandia"
 * ```
 */
export function readMoCatalog(file: string): ReadonlyMap<string, string> {
  const catalog = new Map<string, string>();
  if (!existsSync(file)) return catalog;
  const buffer = readFileSync(file);
  const MAGIC = 0x950412de;
  let littleEndian: boolean;
  if (buffer.readUInt32LE(0) === MAGIC) littleEndian = true;
  else if (buffer.readUInt32BE(0) === MAGIC) littleEndian = false;
  else throw new Error(`${file} is not a gettext .mo catalog`);
  const u32 = (offset: number): number => (littleEndian ? buffer.readUInt32LE(offset) : buffer.readUInt32BE(offset));
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const text = (table: number, index: number): string => {
    const length = u32(table + index * 8);
    const start = u32(table + index * 8 + 4);
    return buffer.toString("utf8", start, start + length);
  };
  for (let index = 0; index < count; index++) {
    const msgid = text(originals, index).split("\0")[0] ?? "";
    const msgstr = text(translations, index).split("\0")[0] ?? "";
    if (msgid !== "" && msgstr !== "") catalog.set(msgid, msgstr);
  }
  return catalog;
}

/**
 * Names the CLDR data the Thai and Spanish names come from, such as
 * `"Unicode CLDR 48.0 (Node 20.20.2 ICU 78.2)"`.
 *
 * @example
 * ```ts
 * cldrVersion().startsWith("Unicode CLDR"); // true
 * ```
 */
export function cldrVersion(): string {
  const { cldr, icu, node } = process.versions;
  return `Unicode CLDR ${cldr ?? "?"} (Node ${node} ICU ${icu ?? "?"})`;
}

type DisplayType = "region" | "language";

/**
 * Names codes in Thai and Spanish: CLDR through `Intl.DisplayNames`, falling back to iso-codes'
 * gettext translation of the English name when CLDR has no name (Intl then returns the code itself).
 */
class Translator {
  readonly #displayNames: Record<TranslatedLang, Intl.DisplayNames>;
  readonly #catalogs: Record<TranslatedLang, ReadonlyMap<string, string>>;
  /** The codes named from iso-codes' catalogs instead of CLDR, as `"XX (th)"`. */
  readonly fallbacks: string[] = [];

  constructor(type: DisplayType, domain: string) {
    const names = (lang: TranslatedLang): Intl.DisplayNames =>
      new Intl.DisplayNames([lang], { type, fallback: "code", languageDisplay: "standard" });
    const catalog = (lang: TranslatedLang): ReadonlyMap<string, string> =>
      readMoCatalog(path.join(LOCALE_DIR, lang, "LC_MESSAGES", `${domain}.mo`));
    this.#displayNames = { th: names("th"), es: names("es") };
    this.#catalogs = { th: catalog("th"), es: catalog("es") };
  }

  name(lang: TranslatedLang, code: string, isoNames: readonly string[]): string {
    const cldr = this.#displayNames[lang].of(code);
    if (cldr !== undefined && cldr !== "" && cldr !== code) return cldr;
    for (const isoName of isoNames) {
      const translated = this.#catalogs[lang].get(isoName);
      if (translated !== undefined) {
        this.fallbacks.push(`${code} (${lang})`);
        return translated;
      }
    }
    throw new Error(`No ${lang} name for ${code}: neither CLDR nor iso-codes' catalog has one`);
  }
}

/** `fallbacks` as a clause of a `source` string, empty when every name came from CLDR. */
function fallbackNote(translator: Translator): string {
  return translator.fallbacks.length === 0 ? "" : `, else iso-codes' translations (${translator.fallbacks.join(", ")})`;
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function labelLine(code: string, label: { en: string; th: string; es: string }): string {
  return `    ${code}: { label: { en: ${quote(label.en)}, th: ${quote(label.th)}, es: ${quote(label.es)} } },`;
}

/**
 * Renders `packages/schema/src/codelists/countries.ts`.
 *
 * @example
 * ```ts
 * renderCountries(loadIsoCodes()).startsWith("// Generated by"); // true
 * ```
 */
export function renderCountries(iso: IsoCodes): string {
  const translator = new Translator("region", "iso_3166-1");
  const meta = iso.countries.map((country) => {
    const isoNames = [country.name, ...(country.commonName === undefined ? [] : [country.commonName])];
    return labelLine(country.alpha2, {
      en: country.commonName ?? country.name,
      th: translator.name("th", country.alpha2, isoNames),
      es: translator.name("es", country.alpha2, isoNames),
    });
  });
  const source = countriesSource(iso, fallbackNote(translator));
  return `// Generated by ${GENERATOR} from Debian iso-codes ${iso.version} (iso_3166-1.json) and ${cldrVersion()}. Do not edit by hand.
//
// English labels are iso-codes' \`common_name\` where it has one ("South Korea", "Taiwan", "Vietnam"),
// otherwise its \`name\`, the ISO 3166-1 English short name. CLDR's Thai and Spanish names are such common
// names too, so a country is named alike in all three languages. The translations are machine-made
// (not reviewed by a person), hence no \`reviewed\` key.

import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The ISO 3166-1 alpha-2 codes of every country, territory and area of the standard, in code order.
 *
 * @example
 * \`\`\`ts
 * import { COUNTRY_CODES } from "@tipx/schema";
 * COUNTRY_CODES.includes("TH"); // true
 * \`\`\`
 */
export const COUNTRY_CODES = [
${iso.countries.map((country) => `  ${quote(country.alpha2)},`).join("\n")}
] as const;

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
${iso.countries
  .map((country) => `  ${country.alpha2}: { alpha3: ${quote(country.alpha3)}, numeric: ${quote(country.numeric)} },`)
  .join("\n")}
};

/**
 * The ISO 3166-1 country code list, labelled in English, Thai and Spanish.
 *
 * @example
 * \`\`\`ts
 * import { countries } from "@tipx/schema";
 * countries.meta.TH.label.es; // "Tailandia"
 * \`\`\`
 */
export const countries = defineCodeList({
  id: "iso3166-1",
  name: { en: "Country", th: "ประเทศ", es: "País" },
  source: ${quote(source)},
  codes: COUNTRY_CODES,
  extensible: false,
  meta: {
${meta.join("\n")}
  },
});
`;
}

/**
 * The `source` of the generated country list for these iso-codes and this Node's CLDR.
 *
 * @example
 * ```ts
 * countriesSource(loadIsoCodes()); // "ISO 3166-1 via Debian iso-codes 4.15.0-1; th/es names from …"
 * ```
 */
export function countriesSource(iso: Pick<IsoCodes, "version">, fallbacks = ""): string {
  return `ISO 3166-1 via Debian iso-codes ${iso.version}; th/es names from ${cldrVersion()}${fallbacks}`;
}

/**
 * The `source` of the generated language list for these iso-codes and this Node's CLDR.
 *
 * @example
 * ```ts
 * languagesSource(loadIsoCodes()); // "ISO 639-1 via Debian iso-codes 4.15.0-1; th/es names from …"
 * ```
 */
export function languagesSource(iso: Pick<IsoCodes, "version">, fallbacks = ""): string {
  return `ISO 639-1 via Debian iso-codes ${iso.version} (alpha_2 of iso_639-2.json); th/es names from ${cldrVersion()}${fallbacks}`;
}

/**
 * CLDR writes language names as in the middle of a sentence ("tailandés"); a label stands alone, at
 * the start of a list item, where Spanish capitalises its first letter. Thai has no case.
 */
function capitaliseFirst(text: string, lang: TranslatedLang): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  return head.toLocaleUpperCase(lang) + text.slice(head.length);
}

/**
 * Renders `packages/schema/src/codelists/languages.ts`.
 *
 * @example
 * ```ts
 * renderLanguages(loadIsoCodes()).includes('"gn"'); // true
 * ```
 */
export function renderLanguages(iso: IsoCodes): string {
  const translator = new Translator("language", "iso_639-2");
  const meta = iso.languages.map((language) => {
    const isoNames = [language.name, ...(language.commonName === undefined ? [] : [language.commonName])];
    return labelLine(language.alpha2, {
      en: language.commonName ?? language.name,
      th: capitaliseFirst(translator.name("th", language.alpha2, isoNames), "th"),
      es: capitaliseFirst(translator.name("es", language.alpha2, isoNames), "es"),
    });
  });
  const source = languagesSource(iso, fallbackNote(translator));
  return `// Generated by ${GENERATOR} from Debian iso-codes ${iso.version} (iso_639-2.json) and ${cldrVersion()}. Do not edit by hand.
//
// iso-codes has no ISO 639-1 file: the two-letter codes are the \`alpha_2\` fields of its ISO 639-2 list.
// English labels are the ISO 639 reference names as iso-codes spells them, alternatives and all
// ("Spanish; Castilian"), or its \`common_name\` where it has one. Thai and Spanish names are CLDR's,
// with the first letter capitalised because a label stands alone. The translations are machine-made
// (not reviewed by a person), hence no \`reviewed\` key.

import { z } from "zod";
import { defineCodeList } from "./_codelist";

/**
 * The ISO 639-1 two-letter language codes, in code order.
 *
 * @example
 * \`\`\`ts
 * import { LANGUAGE_CODES } from "@tipx/schema";
 * LANGUAGE_CODES.includes("gn"); // true
 * \`\`\`
 */
export const LANGUAGE_CODES = [
${iso.languages.map((language) => `  ${quote(language.alpha2)},`).join("\n")}
] as const;

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
 * The ISO 639-1 language code list, labelled in English, Thai and Spanish.
 *
 * @example
 * \`\`\`ts
 * import { languages } from "@tipx/schema";
 * languages.meta.gn.label.es; // "Guaraní"
 * \`\`\`
 */
export const languages = defineCodeList({
  id: "iso639-1",
  name: { en: "Language", th: "ภาษา", es: "Idioma" },
  source: ${quote(source)},
  codes: LANGUAGE_CODES,
  extensible: false,
  meta: {
${meta.join("\n")}
  },
});
`;
}

function main(args: readonly string[]): number {
  const check = args.includes("--check");
  let iso: IsoCodes;
  try {
    iso = loadIsoCodes();
  } catch (error) {
    if (!(error instanceof IsoCodesMissingError)) throw error;
    console.error(`error ${error.code}: ${error.message}`);
    return 1;
  }
  const outputs = [
    { file: GENERATED_FILES.countries, text: renderCountries(iso), count: iso.countries.length },
    { file: GENERATED_FILES.languages, text: renderLanguages(iso), count: iso.languages.length },
  ];
  let stale = 0;
  for (const { file, text, count } of outputs) {
    const relative = path.relative(process.cwd(), file);
    if (check) {
      if (!existsSync(file) || readFileSync(file, "utf8") !== text) {
        console.error(`${relative} is stale: run ${GENERATOR} to regenerate it.`);
        stale++;
      }
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${relative} (${count} codes, iso-codes ${iso.version}, ${cldrVersion()})`);
    }
  }
  return stale === 0 ? 0 : 1;
}

const invokedPath = process.argv[1];
if (invokedPath !== undefined && path.resolve(invokedPath) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
