// The index pages of the reference in one language: the reference's home, and one index each for the
// model, the code lists and the issue codes. Their front matter lists the pages under them, which the
// docs site shows as the navigation tree.
import { explain } from "../../../src/i18n/explain";
import type { Lang } from "../../../src/i18n/lang";
import { ISSUE_CODES } from "../../../src/issues/issues";
import { codeListPage, codeListTitle, isSubdivisionList, referenceCodeLists } from "./code-list-pages";
import { familyPage, issueFamilies } from "./issue-pages";
import type { ObjectType } from "./model";
import { jsonSchemaId, objectPage, objectTitle } from "./model-pages";
import { cell, linkTo, pageHead, pageNotes } from "./page";
import { WORDS } from "./words";

/** Navigation entries keyed by the page's stable id (the site shows each page's own title). */
function children(entries: readonly (readonly [id: string, link: string])[]): Record<string, string> {
  return Object.fromEntries(entries);
}

function modelIndex(lang: Lang, types: readonly ObjectType[]): [string, string] {
  const words = WORDS[lang];
  const page = "model/index.md";
  const entries = types.map((type) => [type.name, linkTo(page, objectPage(type.name))] as const);
  const lines = pageHead(lang, page, words.model, children(entries));
  lines.push(`# ${words.model}`, "", words.modelIntro, "");
  const item = (type: ObjectType): string => {
    const id = jsonSchemaId(type.name);
    return `- [${objectTitle(lang, type.name)}](${linkTo(page, objectPage(type.name))})${id === undefined ? "" : `: \`${id}\``}`;
  };
  lines.push(`## ${words.bundle}`, "", ...types.filter((t) => t.role === "bundle").map(item), "");
  lines.push(`## ${words.entities}`, "", ...types.filter((t) => t.role === "entity").map(item), "");
  lines.push(`## ${words.nested}`, "", ...types.filter((t) => t.role === "nested").map(item));
  return [page, `${lines.join("\n")}\n`];
}

function codeListIndex(lang: Lang): [string, string] {
  const words = WORDS[lang];
  const page = "code-lists/index.md";
  const lists = referenceCodeLists();
  const entries = lists.map((list) => [list.id, linkTo(page, codeListPage(list))] as const);
  const lines = pageHead(lang, page, words.codeLists, children(entries));
  lines.push(`# ${words.codeLists}`, "", words.codeListsIntro, "");
  const table = (subset: typeof lists): string[] => [
    `| ${words.codeLists} | ${words.listId} | ${words.codes} |`,
    "| --- | --- | --- |",
    ...subset.map(
      (list) =>
        `| [${cell(codeListTitle(lang, list))}](${linkTo(page, codeListPage(list))}) | \`${list.id}\` | ${list.codes.length} |`,
    ),
  ];
  lines.push(...table(lists.filter((list) => !isSubdivisionList(list))), "");
  lines.push(`## ${words.subdivisions}`, "", ...table(lists.filter(isSubdivisionList)));
  return [page, `${lines.join("\n")}\n`];
}

function issueIndex(lang: Lang): [string, string] {
  const words = WORDS[lang];
  const page = "issues/index.md";
  const families = issueFamilies();
  const title = (family: string): string => words.families[family] ?? family;
  const entries = families.map(
    (family) => [title(family).split(":")[0] ?? family, linkTo(page, familyPage(family))] as const,
  );
  const lines = pageHead(lang, page, words.issueCodes, children(entries));
  lines.push(`# ${words.issueCodes}`, "", words.issueCodesIntro, "");
  for (const family of families) {
    const count = ISSUE_CODES.filter((code) => explain(code)?.family === family).length;
    lines.push(`- [${title(family)}](${linkTo(page, familyPage(family))}): ${count}`);
  }
  return [page, `${lines.join("\n")}\n`];
}

/**
 * The index pages of one language.
 *
 * @returns Pairs of the page's path inside the language's reference and its Markdown.
 */
export function indexPages(lang: Lang, types: readonly ObjectType[]): [string, string][] {
  const words = WORDS[lang];
  const sections = {
    [words.model]: "model/index.md",
    [words.codeLists]: "code-lists/index.md",
    [words.issueCodes]: "issues/index.md",
  };
  const lines = pageHead(lang, "index.md", words.reference, sections);
  lines.push(`# ${words.reference}`, "", words.intro, "");
  lines.push(...pageNotes(lang, []));
  for (const [title, link] of Object.entries(sections)) lines.push(`- [${title}](${link})`);
  return [["index.md", `${lines.join("\n")}\n`], modelIndex(lang, types), codeListIndex(lang), issueIndex(lang)];
}
