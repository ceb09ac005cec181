import type { CodeList } from "../codelists/codelist";
import { languages } from "../codelists/languages";
import { CODE_LISTS } from "../codelists/registry";
import { ISSUE_CODES } from "../issues/issues";
import { TERMS } from "../issues/terms";
import { modelFields } from "../model/field-index";
import { profiles } from "../profiles/profiles";
import type { Catalogue } from "./catalogue";

/**
 * The code lists whose codes a complete catalogue names only where its source names them: the ISO 639-3
 * languages, some 8,000, of which Unicode CLDR names about 600 in Thai and 550 in Spanish (the shipped
 * catalogues hold exactly CLDR's names). A code the catalogue does not name reads in the fallback
 * language, then in English (the list's label), and {@link catalogueCoverage} reports it among
 * `optionalFallbacks`, not `fallbacks`. The list's name, and every code of every other list, are required.
 *
 * @example
 * ```ts
 * import { PARTIALLY_NAMED_CODE_LISTS } from "@tipx/schema";
 * PARTIALLY_NAMED_CODE_LISTS.has("iso639-3"); // true
 * PARTIALLY_NAMED_CODE_LISTS.has("iso3166-1"); // false
 * ```
 */
export const PARTIALLY_NAMED_CODE_LISTS: ReadonlySet<string> = /* @__PURE__ */ new Set([languages.id]);

/** Whether a key is the text of a code of a list in {@link PARTIALLY_NAMED_CODE_LISTS}. */
function isOptional(key: string): boolean {
  if (!key.startsWith("code:")) return false;
  const id = key.slice("code:".length);
  return PARTIALLY_NAMED_CODE_LISTS.has(id.slice(0, id.indexOf("/")));
}

/**
 * Every code list whose texts a catalogue translates: the lists of `CODE_LISTS` and the lists of the
 * country profiles (subdivisions, agencies, legal instruments and their sections, referral mechanisms and
 * identification procedures).
 *
 * @example
 * ```ts
 * import { translatableCodeLists } from "@tipx/schema";
 * translatableCodeLists().some((list) => list.id === "htcds.gender"); // true
 * ```
 */
export function translatableCodeLists(): readonly CodeList[] {
  const lists = new Map<string, CodeList>(Object.values(CODE_LISTS).map((list) => [list.id, list]));
  for (const profile of Object.values(profiles)) {
    const { referralMechanisms, procedures } = profile.identification;
    for (const list of [profile.subdivisions, profile.agencies, profile.law, referralMechanisms, procedures])
      lists.set(list.id, list);
    for (const code of profile.law.codes) {
      const sections = profile.law.meta[code]?.sections;
      if (sections) lists.set(sections.id, sections);
    }
  }
  return [...lists.values()];
}

/**
 * The stable key of every text a catalogue can hold, in one order: `field:ID`, `list:ID`,
 * `code:LIST/CODE`, `issue:CODE` and `term:KEY`.
 *
 * @example
 * ```ts
 * import { catalogueKeys } from "@tipx/schema";
 * catalogueKeys().includes("code:htcds.gender/Feminine"); // true
 * ```
 */
export function catalogueKeys(): readonly string[] {
  const keys: string[] = modelFields().map((field) => `field:${field.id}`);
  for (const list of translatableCodeLists()) {
    keys.push(`list:${list.id}`);
    for (const code of list.codes) keys.push(`code:${list.id}/${code}`);
  }
  for (const code of ISSUE_CODES) keys.push(`issue:${code}`);
  for (const key of Object.keys(TERMS)) keys.push(`term:${key}`);
  return keys;
}

const has = (record: object, key: string): boolean => Object.hasOwn(record, key);

/** Whether one catalogue (not its fallbacks) holds the text of a key. */
function holds(catalogue: Catalogue, key: string): boolean {
  const colon = key.indexOf(":");
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  switch (kind) {
    case "field":
      return has(catalogue.fields, id);
    case "list":
      return has(catalogue.codeLists, id);
    case "code": {
      const slash = id.indexOf("/");
      const list = catalogue.codeLists[id.slice(0, slash)];
      return list !== undefined && has(list.codes, id.slice(slash + 1));
    }
    case "issue":
      return has(catalogue.issues, id);
    default:
      return has(catalogue.terms, id);
  }
}

/** The keys a catalogue itself holds, whether or not the model has them. */
function ownKeys(catalogue: Catalogue): string[] {
  const keys = Object.keys(catalogue.fields).map((id) => `field:${id}`);
  for (const [id, list] of Object.entries(catalogue.codeLists)) {
    keys.push(`list:${id}`);
    for (const code of Object.keys(list?.codes ?? {})) keys.push(`code:${id}/${code}`);
  }
  for (const code of Object.keys(catalogue.issues)) keys.push(`issue:${code}`);
  for (const key of Object.keys(catalogue.terms)) keys.push(`term:${key}`);
  return keys;
}

/** One text a catalogue does not hold, and the language it is read in instead. */
export interface Fallback {
  /** The text's key, such as `"field:PersonNames.given"`. */
  readonly key: string;
  /** The language of the fallback catalogue that supplies it, or `"en"` for the English source. */
  readonly to: string;
}

/** What a catalogue translates, what falls back, and what it holds that the model does not have. */
export interface CatalogueCoverage {
  /** The catalogue's language. */
  readonly lang: string;
  /** How many texts the model has. */
  readonly total: number;
  /** How many of them the catalogue itself translates. */
  readonly translated: number;
  /** How many of its own texts a person has reviewed. */
  readonly reviewed: number;
  /** Every text it does not hold and should, with the language it falls back to. */
  readonly fallbacks: readonly Fallback[];
  /**
   * The texts it does not hold and need not: the codes of the lists of `PARTIALLY_NAMED_CODE_LISTS`
   * (the languages CLDR does not name), with the language each falls back to.
   */
  readonly optionalFallbacks: readonly Fallback[];
  /** Keys it holds that the model does not have (a renamed field, a removed code): mistakes to fix. */
  readonly extra: readonly string[];
}

function isReviewed(catalogue: Catalogue, key: string): boolean {
  const colon = key.indexOf(":");
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (kind === "field") return catalogue.fields[id]?.reviewed === true;
  if (kind === "list") return catalogue.codeLists[id]?.name.reviewed === true;
  if (kind === "code") {
    const slash = id.indexOf("/");
    return catalogue.codeLists[id.slice(0, slash)]?.codes[id.slice(slash + 1)]?.reviewed === true;
  }
  if (kind === "issue")
    return (catalogue.issues as Record<string, { reviewed: boolean } | undefined>)[id]?.reviewed === true;
  return (catalogue.terms as Record<string, { reviewed: boolean } | undefined>)[id]?.reviewed === true;
}

/**
 * Measures a catalogue against the model: which texts it translates, which fall back (and to which
 * language), and which of its keys the model does not have. A complete catalogue has no fallbacks and
 * no extra keys (it may have optional fallbacks: languages without a name in its language); a partial
 * one (say Guarani falling back to Spanish) lists what it borrows.
 *
 * @example
 * ```ts
 * import { catalogueCoverage, definePartialCatalogue } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * const gn = definePartialCatalogue({ lang: "gn", name: "Avañe'ẽ", fallback: es });
 * catalogueCoverage(gn).fallbacks[0]?.to; // "es"
 * ```
 */
export function catalogueCoverage(catalogue: Catalogue): CatalogueCoverage {
  const keys = catalogueKeys();
  const known = new Set(keys);
  const fallbacks: Fallback[] = [];
  const optionalFallbacks: Fallback[] = [];
  let translated = 0;
  let reviewed = 0;
  for (const key of keys) {
    if (holds(catalogue, key)) {
      translated++;
      if (isReviewed(catalogue, key)) reviewed++;
      continue;
    }
    let to = "en";
    for (let next = catalogue.fallback, depth = 0; next !== undefined && depth < 8; next = next.fallback, depth++) {
      if (holds(next, key)) {
        to = next.lang;
        break;
      }
    }
    (isOptional(key) ? optionalFallbacks : fallbacks).push({ key, to });
  }
  const extra = ownKeys(catalogue).filter((key) => !known.has(key));
  return { lang: catalogue.lang, total: keys.length, translated, reviewed, fallbacks, optionalFallbacks, extra };
}
