// Checks the generated model reference (docs/reference/, made by packages/schema/scripts/generate/reference/,
// kept fresh by `pnpm run generate --check` in test/generated.test.ts) for what a reader relies on: every
// entity and field of the model and every issue code is on a page in each language, every validate() code
// has an example that really produces it, every link between pages resolves, and the translated guides say
// they are unreviewed and keep the English code blocks.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ENTITY_TYPES, explain, ISSUE_CODES, type IssueCode, LANGS, modelFields, validate } from "@tipx/schema";
import { describe, expect, it } from "vitest";
import { codeListPage, referenceCodeLists } from "../packages/schema/scripts/generate/reference/code-list-pages";
import { ISSUE_EXAMPLES } from "../packages/schema/scripts/generate/reference/issue-examples";
import { exampleInput, familyPage } from "../packages/schema/scripts/generate/reference/issue-pages";
import { objectTypes } from "../packages/schema/scripts/generate/reference/model";
import { objectPage } from "../packages/schema/scripts/generate/reference/model-pages";
import { pagePath } from "../packages/schema/scripts/generate/reference/page";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (repoPath: string): string => readFileSync(join(root, repoPath), "utf8");

/**
 * The codes validate() never reports, with who does: everything else must have a checked example.
 */
const NOT_FROM_VALIDATE: Readonly<Partial<Record<IssueCode, string>>> = {
  TIPX101: "the CLI and the file readers (text that is not JSON)",
  TIPX307: "checkIdentifier (an unknown kind; the model's code list catches it first)",
  TIPX320: "checkPhone (the model's E.164 format catches it first as TIPX105)",
  TIPX321: "checkPhone (validation accepts foreign numbers)",
};
const reportedByValidate = (code: IssueCode): boolean => {
  const family = explain(code)?.family;
  if (family === "conversion" || family === "internal") return false;
  if (/^TIPX52\d$/.test(code)) return false; // verifyBundle and decryptBundle of the exchange package
  return NOT_FROM_VALIDATE[code] === undefined;
};

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return name.endsWith(".md") ? [path] : [];
  });
}

describe("the model reference", () => {
  const types = objectTypes();

  it.each(LANGS)("has a page for the Bundle and every entity type in %s", (lang) => {
    for (const name of ["Bundle", ...ENTITY_TYPES]) {
      expect(existsSync(join(root, pagePath(lang, objectPage(name)))), `${lang} ${name}`).toBe(true);
    }
  });

  it.each(LANGS)("lists every field of the registry on its object's page in %s", (lang) => {
    const listed = new Set<string>();
    for (const type of types) {
      const page = read(pagePath(lang, objectPage(type.name)));
      for (const field of type.fields) {
        if (page.includes(`| \`${field.key}\`<br>`)) listed.add(field.meta.id);
      }
    }
    const missing = modelFields()
      .map((field) => field.id)
      .filter((id) => !listed.has(id));
    expect(missing).toEqual([]);
    expect(listed.size).toBe(modelFields().length);
  });

  it.each(LANGS)("has a page for every code list in %s, long lists on their own pages only", (lang) => {
    for (const list of referenceCodeLists()) {
      const page = read(pagePath(lang, codeListPage(list)));
      const rows = page.split("\n").filter((line) => /^\| `[^`]+` \|/.test(line));
      expect(rows.length, `${lang} ${list.id}`).toBe(list.codes.length);
    }
    for (const type of types) {
      // An entity page links to a long list and never inlines it: a few KB, not the 8,000 languages.
      expect(read(pagePath(lang, objectPage(type.name))).length, type.name).toBeLessThan(20_000);
    }
  });

  it("resolves every local link of every page, in every language, and each page links its translations", () => {
    const broken: string[] = [];
    for (const file of markdownFiles(join(root, "docs/reference"))) {
      const text = readFileSync(file, "utf8");
      for (const [, target] of text.matchAll(/\]\(([^)#\s]+\.md)\)/g)) {
        if (target && !existsSync(resolve(dirname(file), target))) broken.push(`${relative(root, file)} → ${target}`);
      }
      const switchLine = text.split("\n").find((line) => line.includes("English") && line.includes("Español"));
      expect(switchLine, relative(root, file)).toBeDefined();
    }
    expect(broken).toEqual([]);
  });

  it.each(LANGS)("documents every issue code on its family page in %s", (lang) => {
    for (const code of ISSUE_CODES) {
      const family = explain(code)?.family;
      if (family === undefined) continue;
      const page = read(pagePath(lang, familyPage(family)));
      const section = page.split(/^## /m).find((part) => part.startsWith(`${code}:`));
      expect(section, `${lang} ${code}`).toBeDefined();
      if (reportedByValidate(code)) expect(section, `${lang} ${code} example`).toContain(`- \`${code}\``);
    }
  });

  it("has, for every code validate() reports, an example that validate() really reports it for", () => {
    const withoutExample = ISSUE_CODES.filter((code) => reportedByValidate(code) && !ISSUE_EXAMPLES[code]);
    expect(withoutExample).toEqual([]);
    const notProduced = Object.entries(ISSUE_EXAMPLES).flatMap(([code, example]) => {
      if (!example) return [code];
      const reported = validate(exampleInput(example), example.options).issues.map((issue) => issue.code);
      return reported.includes(code as IssueCode) ? [] : [`${code}: got ${reported.join(", ")}`];
    });
    expect(notProduced).toEqual([]);
  });
});

describe("the translated getting-started guides", () => {
  const blocks = (text: string): string[] => [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? "");
  const english = read("docs/guides/validating.md");

  it.each([
    ["docs/th/validating.md", "คำแปลที่ยังไม่ได้ตรวจทาน"],
    ["docs/es/validating.md", "Traducción sin revisar"],
  ])("%s says it is unreviewed and keeps the English code blocks", (path, marker) => {
    const text = read(path);
    expect(text.split("\n").slice(0, 12).join("\n")).toContain(marker);
    expect(blocks(text)).toEqual(blocks(english));
  });
});
