import type { Catalogue, CodeList, FieldMeta, IssueCode, IssueParams } from "@tipx/schema";
import { renderMessage } from "@tipx/schema";
import { es } from "@tipx/schema/locales/es";
import { th } from "@tipx/schema/locales/th";
import type { FormText } from "./form";

/** The schema catalogue of each language other than English. */
const CATALOGUES: readonly (readonly ["th" | "es", Catalogue])[] = [
  ["th", th],
  ["es", es],
];

/**
 * Builds a {@link FormText} from the English text and a reader of each catalogue: a language whose
 * catalogue lacks the text is left out (and falls back to English when written, with a note).
 */
export function _formText(en: string, read: (catalogue: Catalogue) => string | undefined): FormText {
  const text: { en: string; th?: string; es?: string } = { en };
  for (const [lang, catalogue] of CATALOGUES) {
    const found = read(catalogue);
    if (found !== undefined && found !== "") text[lang] = found;
  }
  return text;
}

/** The label of a field of the model in each language. */
export function _fieldLabel(meta: FieldMeta): FormText {
  return _formText(meta.label, (c) => (Object.hasOwn(c.fields, meta.id) ? c.fields[meta.id]?.label : undefined));
}

/** The description of a field of the model in each language (an XLSForm hint). */
export function _fieldHint(meta: FieldMeta): FormText {
  return _formText(meta.description, (c) =>
    Object.hasOwn(c.fields, meta.id) ? c.fields[meta.id]?.description : undefined,
  );
}

/** The label of a code in each language. */
export function _codeText(list: CodeList, code: string): FormText {
  const en = (list.meta as Readonly<Record<string, { readonly label: string }>>)[code]?.label ?? code;
  return _formText(en, (c) => {
    const texts = Object.hasOwn(c.codeLists, list.id) ? c.codeLists[list.id] : undefined;
    return texts && Object.hasOwn(texts.codes, code) ? texts.codes[code]?.text : undefined;
  });
}

/** The message of an issue code in each language: a constraint message says what the model checks. */
export function _issueText<C extends IssueCode>(code: C, params: IssueParams<C>): FormText {
  return _formText(renderMessage(code, params), (c) =>
    Object.hasOwn(c.issues, code) ? renderMessage(code, params, c) : undefined,
  );
}

/** Joins texts language by language; a language any part lacks is left out. */
export function _joinTexts(parts: readonly FormText[], separator = " "): FormText {
  const text: { en: string; th?: string; es?: string } = { en: parts.map((p) => p.en).join(separator) };
  for (const lang of ["th", "es"] as const) {
    const all = parts.map((p) => p[lang]);
    if (all.every((t) => t !== undefined)) text[lang] = all.join(separator);
  }
  return text;
}
