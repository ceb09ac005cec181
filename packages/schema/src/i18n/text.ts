import { codeForAlias } from "../codelists/code-for-alias";
import type { CodeList } from "../codelists/codelist";
import { CODE_LISTS } from "../codelists/registry";
import type { Names } from "../issues/issue";
import { ISSUES, type IssueCode, type IssueParams } from "../issues/issues";
import { TERMS, type TermKey } from "../issues/terms";
import type { FieldMeta } from "../metadata/registry";
import { ENTITY_TYPES } from "../model/entity-base";
import { findField } from "../model/field-index";
import type { Catalogue, IssueTexts } from "./catalogue";

/** How many catalogues a fallback chain may hold; a longer (or cyclic) chain is cut there. */
const MAX_CHAIN = 8;

/** Reads an own property only: a key from data such as `"toString"` never reaches the prototype chain. */
function own<T>(record: Readonly<Partial<Record<string, T>>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * Reads a text from the first catalogue of the chain (`locale`, its fallback, and so on) that has it;
 * `undefined` when none has it, and the caller uses English.
 */
function fromChain<T>(locale: Catalogue | undefined, read: (catalogue: Catalogue) => T | undefined): T | undefined {
  let catalogue = locale;
  for (let depth = 0; catalogue !== undefined && depth < MAX_CHAIN; depth++) {
    const found = read(catalogue);
    if (found !== undefined) return found;
    catalogue = catalogue.fallback;
  }
  return undefined;
}

function fieldOf(field: FieldMeta | string): FieldMeta | undefined {
  return typeof field === "string" ? findField(field) : field;
}

/**
 * The label of a field in a language (English when `locale` is absent or lacks it).
 *
 * @param field - The field's metadata or its id, such as `"PersonNames.given"`.
 * @example
 * ```ts
 * import { fieldLabel } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * fieldLabel("PersonNames.given", es); // "Nombre"
 * ```
 */
export function fieldLabel(field: FieldMeta | string, locale?: Catalogue): string {
  const meta = fieldOf(field);
  if (!meta) return typeof field === "string" ? field : "";
  return fromChain(locale, (c) => own(c.fields, meta.id)?.label) ?? meta.label;
}

/**
 * The description of a field in a language (English when `locale` is absent or lacks it).
 *
 * @example
 * ```ts
 * import { fieldDescription } from "@tipx/schema";
 * fieldDescription("PersonNames.given"); // "The given (first) name."
 * ```
 */
export function fieldDescription(field: FieldMeta | string, locale?: Catalogue): string {
  const meta = fieldOf(field);
  if (!meta) return "";
  return fromChain(locale, (c) => own(c.fields, meta.id)?.description) ?? meta.description;
}

/**
 * The name of a code list in a language.
 *
 * @example
 * ```ts
 * import { codeListName, genders } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * codeListName(genders, th); // "เพศ"
 * ```
 */
export function codeListName(list: CodeList, locale?: Catalogue): string {
  return fromChain(locale, (c) => own(c.codeLists, list.id)?.name.text) ?? list.name;
}

/**
 * The label of one code of a code list in a language; an alias of a code (such as the ISO 639-1 `"gn"`
 * of the language `"grn"`) has the label of its code, and a value that is neither is its own label.
 *
 * @example
 * ```ts
 * import { codeLabel, genders, languages } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * codeLabel(genders, "Feminine", es); // "Femenino"
 * codeLabel(genders, "Feminine"); // "Feminine"
 * codeLabel(languages, "gn", es); // "Guaraní"
 * ```
 */
export function codeLabel<C extends string>(list: CodeList<C>, code: C | string, locale?: Catalogue): string {
  const listed = codeForAlias(list, code);
  if (listed === undefined) return code;
  return (
    fromChain(locale, (c) => {
      const texts = own(c.codeLists, list.id);
      return texts ? own(texts.codes, listed)?.text : undefined;
    }) ?? list.meta[listed].label
  );
}

/**
 * A term (a JSON type, a format, an entity type...) in a language.
 *
 * @example
 * ```ts
 * import { termText } from "@tipx/schema";
 * import { th } from "@tipx/schema/locales/th";
 * termText("json-type.array", th); // "รายการ"
 * ```
 */
export function termText(key: TermKey, locale?: Catalogue): string {
  return fromChain(locale, (c) => own(c.terms, key)?.text) ?? TERMS[key];
}

/**
 * The texts of an issue code in a language: title, message template and explanation, each from the
 * first catalogue of the chain that has the code, or English.
 *
 * @example
 * ```ts
 * import { issueTexts } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * issueTexts("TIPX501", es).title; // "Derivación sin consentimiento"
 * ```
 */
export function issueTexts<C extends IssueCode>(code: C, locale?: Catalogue): Omit<IssueTexts<C>, "reviewed"> {
  const translated = fromChain(locale, (c) => own(c.issues, code)) as IssueTexts<C> | undefined;
  if (translated) return translated;
  const definition = ISSUES[code] as unknown as Omit<IssueTexts<C>, "reviewed">;
  return { title: definition.title, message: definition.message, explanation: definition.explanation };
}

const ENTITY_TERMS: ReadonlySet<string> = /* @__PURE__ */ new Set<string>([...ENTITY_TYPES, "Bundle"]);

/**
 * The {@link Names} of a language: what message templates use to turn field ids, list ids, codes and
 * terms into words.
 *
 * @example
 * ```ts
 * import { namesIn } from "@tipx/schema";
 * import { es } from "@tipx/schema/locales/es";
 * namesIn(es).either(["a", "b", "c"]); // "a, b o c"
 * ```
 */
export function namesIn(locale?: Catalogue): Names {
  const or = termText("word.or", locale);
  return {
    field: (ref) => (ENTITY_TERMS.has(ref) ? termText(`entity.${ref}` as TermKey, locale) : fieldLabel(ref, locale)),
    list: (id) => {
      const list = own(CODE_LISTS, id);
      return list ? codeListName(list, locale) : id;
    },
    code: (listId, code) => {
      const list = own(CODE_LISTS, listId);
      return list ? codeLabel(list, code, locale) : code;
    },
    term: (key) => termText(key, locale),
    either: (words) =>
      words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} ${or} ${words[words.length - 1]}`,
  };
}

/**
 * Renders the message of an issue code with its params in a language.
 *
 * @example
 * ```ts
 * import { renderMessage } from "@tipx/schema";
 * renderMessage("TIPX103", { field: "PersonNames.given" }); // "The required field “Given name” is missing."
 * ```
 */
export function renderMessage<C extends IssueCode>(
  code: C,
  params: IssueParams<C>,
  locale?: Catalogue,
  names: Names = namesIn(locale),
): string {
  return issueTexts(code, locale).message(params, names);
}
