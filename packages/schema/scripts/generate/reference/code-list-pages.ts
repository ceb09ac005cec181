// The pages of the code lists: one per list of CODE_LISTS and one per subdivision list of the profile
// countries, each with every code, its label in English, Thai and Spanish, notes and definition.
import type { CodeList } from "../../../src/codelists/codelist";
import { CODE_LISTS } from "../../../src/codelists/registry";
import type { Catalogue } from "../../../src/i18n/catalogue";
import { LANGS, type Lang } from "../../../src/i18n/lang";
import { SUBDIVISIONS } from "../../../src/profiles/subdivisions/subdivisions";
import { codeListsOf, type ObjectType } from "./model";
import { CATALOGUES, cell, fieldLabelIn, linkTo, pageHead, pageNotes, translated } from "./page";
import { WORDS } from "./words";

/** Every list that gets a page: the code lists, then the subdivisions of each profile country. */
export function referenceCodeLists(): CodeList[] {
  return [...Object.values(CODE_LISTS), ...Object.values(SUBDIVISIONS)];
}

/** Whether a list is one of the profile countries' subdivision lists. */
export function isSubdivisionList(list: CodeList): boolean {
  return (Object.values(SUBDIVISIONS) as readonly CodeList[]).includes(list);
}

/** The page of a code list inside a language's reference. */
export function codeListPage(list: CodeList): string {
  return `code-lists/${list.id}.md`;
}

function listTexts(catalogue: Catalogue | undefined, list: CodeList) {
  return catalogue && Object.hasOwn(catalogue.codeLists, list.id) ? catalogue.codeLists[list.id] : undefined;
}

/** A code list's name in a language, marked when it falls back to English. */
export function codeListTitle(lang: Lang, list: CodeList): string {
  return translated(lang, list.name, listTexts(CATALOGUES[lang], list)?.name.text);
}

/** A code's label in a language, or `undefined` when the language's catalogue lacks it. */
function labelIn(lang: Lang, list: CodeList, code: string): string | undefined {
  if (lang === "en") return list.meta[code]?.label;
  const texts = listTexts(CATALOGUES[lang], list);
  return texts && Object.hasOwn(texts.codes, code) ? texts.codes[code]?.text : undefined;
}

function notes(lang: Lang, list: CodeList, code: string): string {
  const meta = list.meta[code];
  const words = WORDS[lang];
  if (!meta) return "";
  return [
    meta.status === "deprecated" ? words.replacedBy(meta.replacedBy ?? "—") : "",
    meta.userAssigned ? words.userAssigned : "",
    meta.extension === undefined ? "" : words.addedBy(meta.extension),
    meta.aliases && meta.aliases.length > 0 ? meta.aliases.map((alias) => `\`${alias}\``).join(", ") : "",
  ]
    .filter((note) => note !== "")
    .join("; ");
}

/** Which fields use each code list, for the "used in" line. */
function fieldsByList(
  types: readonly ObjectType[],
): Map<string, { type: string; field: ObjectType["fields"][number] }[]> {
  const byList = new Map<string, { type: string; field: ObjectType["fields"][number] }[]>();
  for (const type of types) {
    for (const field of type.fields) {
      for (const list of codeListsOf(field.type)) {
        const users = byList.get(list.id) ?? [];
        users.push({ type: type.name, field });
        byList.set(list.id, users);
      }
    }
  }
  return byList;
}

/**
 * The page of every code list in one language.
 *
 * @returns Pairs of the page's path inside the language's reference and its Markdown.
 */
export function codeListPages(lang: Lang, types: readonly ObjectType[]): [string, string][] {
  const words = WORDS[lang];
  const users = fieldsByList(types);
  return referenceCodeLists().map((list) => {
    const page = codeListPage(list);
    const title = codeListTitle(lang, list);
    const lines = pageHead(lang, page, title, undefined, list.id);
    const body: string[] = [];
    body.push(
      `- ${words.listId}: \`${list.id}\``,
      `- ${words.source}: ${cell(list.source)}`,
      `- ${words.codes}: ${list.codes.length}`,
      `- ${list.extensible ? words.extensible : words.closed}`,
    );
    if (list.htcdsField !== undefined) body.push(`- ${words.htcdsField} \`${list.htcdsField}\``);
    const usedBy = users.get(list.id) ?? [];
    if (usedBy.length > 0) {
      const links = usedBy.map(
        ({ type, field }) =>
          `[${type}.${field.key}](${linkTo(page, `model/${type}.md`)}) (${fieldLabelIn(lang, field.meta)})`,
      );
      body.push(`- ${words.usedIn}: ${links.join(", ")}`);
    }
    const hasDefinitions = list.codes.some((code) => list.meta[code]?.definition !== undefined);
    const hasNotes = list.codes.some((code) => notes(lang, list, code) !== "");
    const header = [words.code, ...LANGS.map((other) => WORDS[other].language)];
    if (hasNotes) header.push(words.notes);
    if (hasDefinitions) header.push(words.definition);
    body.push("", `| ${header.join(" | ")} |`, `|${" --- |".repeat(header.length)}`);
    for (const code of list.codes) {
      const row = [`\`${code}\``, ...LANGS.map((other) => labelIn(other, list, code) ?? words.missingLabel)];
      if (hasNotes) row.push(notes(lang, list, code));
      if (hasDefinitions) row.push(list.meta[code]?.definition ?? "");
      body.push(`| ${row.map(cell).join(" | ")} |`);
    }
    lines.push(`# ${title}`, "", ...pageNotes(lang, [title, ...body]), ...body);
    return [page, `${lines.join("\n")}\n`];
  });
}
