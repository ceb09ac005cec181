import type { MessageTemplate } from "../issues/issue";
import type { IssueCode, IssueParams } from "../issues/issues";
import type { TermKey } from "../issues/terms";

/** A translated text and whether a person has reviewed it (`false` until someone has). */
export interface CatalogueText {
  /** The text in the catalogue's language. */
  readonly text: string;
  /** `true` once a person who reads the language has checked the text against the English. */
  readonly reviewed: boolean;
}

/** The translation of one field of the model, keyed in a catalogue by the field's id. */
export interface FieldTexts {
  /** The field's label. */
  readonly label: string;
  /** What the field holds. */
  readonly description: string;
  /** `true` once a person has reviewed both texts. */
  readonly reviewed: boolean;
}

/** The translation of one code list: its name and the labels of its codes, keyed by code. */
export interface CodeListTexts {
  /** The list's name. */
  readonly name: CatalogueText;
  /** The label of each code, keyed by the code exactly as the list spells it. */
  readonly codes: Readonly<Record<string, CatalogueText>>;
}

/**
 * The translation of one issue code: its title, message template and explanation.
 *
 * @typeParam C - The issue code; the template reads that code's params.
 */
export interface IssueTexts<C extends IssueCode = IssueCode> {
  /** The short title. */
  readonly title: string;
  /** The message template. */
  readonly message: MessageTemplate<IssueParams<C>>;
  /** What the check is, why it exists and how to fix the data. */
  readonly explanation: string;
  /** `true` once a person has reviewed the three texts. */
  readonly reviewed: boolean;
}

/** The translations of every issue code (a complete catalogue has one for each code). */
export type IssueCatalogue = { readonly [C in IssueCode]: IssueTexts<C> };

/** The translations of every term (a complete catalogue has one for each term). */
export type TermCatalogue = { readonly [K in TermKey]: CatalogueText };

/**
 * The texts of one language: every label, description, message and explanation tipx shows, keyed by
 * stable ids (field id, code list id and code, issue code, term key). English is not a catalogue: it is
 * the source text beside each definition, and what every lookup falls back to last.
 *
 * A catalogue is passed per call (`validate(input, { locale: th })`), never installed globally, and each
 * language is its own module (`@tipx/schema/locales/th`), so an app ships only the languages it imports.
 */
export interface Catalogue {
  /** The language's BCP 47 tag, such as `"th"`, `"es"` or `"gn"`. */
  readonly lang: string;
  /** The language's name in itself, such as `"ไทย"`. */
  readonly name: string;
  /** The catalogue to read a text from when this one lacks it (English comes after the last one). */
  readonly fallback?: Catalogue;
  /** Field labels and descriptions, keyed by field id (`"PersonNames.given"`). */
  readonly fields: Readonly<Partial<Record<string, FieldTexts>>>;
  /** Code list names and code labels, keyed by list id (`"htcds.gender"`). */
  readonly codeLists: Readonly<Partial<Record<string, CodeListTexts>>>;
  /** Issue titles, messages and explanations, keyed by issue code. */
  readonly issues: Partial<IssueCatalogue>;
  /** The words messages put around their params. */
  readonly terms: Partial<TermCatalogue>;
}

/**
 * A catalogue that translates everything: every issue and every term (the compiler checks both);
 * the catalogue test checks that it has every field and code list of the model and nothing else.
 */
export interface CompleteCatalogue extends Catalogue {
  readonly issues: IssueCatalogue;
  readonly terms: TermCatalogue;
}

/**
 * Defines a complete catalogue (an identity function that checks the shape at compile time: a missing
 * or extra issue code or term fails to compile).
 *
 * @example
 * ```ts
 * import { defineCatalogue, type CompleteCatalogue } from "@tipx/schema";
 * declare const texts: CompleteCatalogue;
 * const copy = defineCatalogue({ ...texts, lang: "th-x-copy" });
 * copy.lang; // "th-x-copy"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineCatalogue<const T extends CompleteCatalogue>(catalogue: T): T {
  return catalogue;
}

/**
 * Defines a partial catalogue: a language that translates only some texts and falls back to another
 * catalogue (and then to English) for the rest. `catalogueCoverage` reports what falls back.
 *
 * @example
 * ```ts
 * import { definePartialCatalogue } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * const gn = definePartialCatalogue({
 *   lang: "gn",
 *   name: "Avañe'ẽ",
 *   fallback: es,
 *   terms: { "entity.Person": { text: "tapicha", reviewed: false } },
 * });
 * gn.fallback?.lang; // "es"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function definePartialCatalogue(
  catalogue: Pick<Catalogue, "lang" | "name"> & Partial<Omit<Catalogue, "lang" | "name">>,
): Catalogue {
  return {
    fields: {},
    codeLists: {},
    issues: {},
    terms: {},
    ...catalogue,
  };
}
