// Holds the Thai and Spanish catalogues to docs/glossary.md: no text uses a rendering the glossary's
// "Checked renderings" table rejects, where it rejects it, and no foreign agency or law reads as a domestic
// one. The table is the test's input, so a reviewer who changes a term changes it in one place.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Catalogue } from "../packages/schema/src/i18n/catalogue";
import { catalogueKeys } from "../packages/schema/src/i18n/coverage";
import { es } from "../packages/schema/src/locales/es/index";
import { th } from "../packages/schema/src/locales/th/index";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const GLOSSARY = readFileSync(join(root, "docs/glossary.md"), "utf8");

/** One row of the glossary's "Checked renderings" table. */
interface AvoidRule {
  readonly term: string;
  readonly lang: string;
  /** The table cell as written, for messages. */
  readonly avoid: string;
  readonly matches: (text: string) => boolean;
  /** Key patterns; the last that matches decides, and `!` takes a key back out. */
  readonly checkedIn: readonly string[];
  readonly allowedIn: readonly string[];
}

/** One text of a catalogue, under its key (`field:Case.status#label`, `code:htcds.gender/Feminine`...). */
interface CatalogueEntry {
  readonly key: string;
  readonly text: string;
}

/** The cells of a Markdown table row, split on unescaped pipes, with `\|` read back as `|`. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replaceAll("\\|", "|"));
}

/** The backticked parts of a cell. */
function codeSpans(cell: string): string[] {
  return [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");
}

function matcher(avoid: string): (text: string) => boolean {
  const regex = /^\/(.+)\/([a-z]*)$/.exec(avoid);
  if (regex) {
    const pattern = new RegExp(regex[1] ?? "", regex[2]);
    return (text) => pattern.test(text);
  }
  return (text) => text.includes(avoid);
}

/** The rows of the table under `## Checked renderings`. */
function avoidRules(markdown: string): AvoidRule[] {
  const section = markdown.split(/^## Checked renderings$/m)[1]?.split(/^## /m)[0] ?? "";
  const rows = section.split("\n").filter((line) => line.startsWith("|"));
  const [header, , ...body] = rows;
  expect(cells(header ?? "")).toEqual(["Term", "Lang", "Avoid", "Checked in", "Allowed in", "Why"]);
  return body.map((row) => {
    const [term = "", lang = "", avoid = "", checkedIn = "", allowedIn = ""] = cells(row);
    const [pattern = ""] = codeSpans(avoid);
    return {
      term,
      lang,
      avoid: pattern,
      matches: matcher(pattern),
      checkedIn: checkedIn === "everywhere" ? ["*"] : codeSpans(checkedIn),
      allowedIn: codeSpans(allowedIn),
    };
  });
}

/** A key pattern as a regular expression: `*` is any run of characters; without `#`, every text of the key. */
function keyPattern(pattern: string): RegExp {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}${pattern.includes("#") ? "" : "(?:#.*)?"}$`);
}

/** Whether a key is in a list of patterns: the last pattern that matches decides. */
function inPatterns(key: string, patterns: readonly string[]): boolean {
  let inside = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith("!");
    if (keyPattern(negated ? pattern.slice(1) : pattern).test(key)) inside = !negated;
  }
  return inside;
}

/**
 * Every text of a catalogue with its key. A message template is a function of the issue's params; its
 * source holds its words, so the check reads that (the code around the words is ASCII identifiers, which
 * no Thai rendering and no whole Spanish word of the table matches).
 */
function entries(catalogue: Catalogue): CatalogueEntry[] {
  const all: CatalogueEntry[] = [];
  for (const [id, field] of Object.entries(catalogue.fields)) {
    if (!field) continue;
    all.push(
      { key: `field:${id}#label`, text: field.label },
      { key: `field:${id}#description`, text: field.description },
    );
  }
  for (const [id, list] of Object.entries(catalogue.codeLists)) {
    if (!list) continue;
    all.push({ key: `list:${id}`, text: list.name.text });
    for (const [code, label] of Object.entries(list.codes)) all.push({ key: `code:${id}/${code}`, text: label.text });
  }
  for (const [code, texts] of Object.entries(catalogue.issues)) {
    if (!texts) continue;
    all.push(
      { key: `issue:${code}#title`, text: texts.title },
      { key: `issue:${code}#message`, text: String(texts.message) },
      { key: `issue:${code}#explanation`, text: texts.explanation },
    );
  }
  for (const [key, term] of Object.entries(catalogue.terms))
    if (term) all.push({ key: `term:${key}`, text: term.text });
  return all;
}

/** The texts that use a rendering where the rule rejects it. */
function violations(rule: AvoidRule, catalogue: Catalogue): string[] {
  return entries(catalogue)
    .filter(({ key }) => inPatterns(key, rule.checkedIn) && !inPatterns(key, rule.allowedIn))
    .filter(({ text }) => rule.matches(text))
    .map(({ key, text }) => `${key}: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}`);
}

const CATALOGUES: Readonly<Record<string, Catalogue>> = { th, es };
/** The countries whose own agencies and laws a catalogue's readers know by their domestic names. */
const HOME_COUNTRIES: Readonly<Record<string, readonly string[]>> = { th: ["TH"], es: ["AR", "PY"] };

const RULES = avoidRules(GLOSSARY);

describe("docs/glossary.md", () => {
  it("has checked renderings for Thai and Spanish, each a valid rule over keys the model has", () => {
    expect(RULES.filter((rule) => rule.lang === "th").length).toBeGreaterThan(15);
    expect(RULES.filter((rule) => rule.lang === "es").length).toBeGreaterThan(15);
    // A key the model does not have is a typo in the glossary (or a list the model renamed): the rule
    // would silently check nothing. A pattern's text before its first `*` must begin some key.
    const keys = catalogueKeys().flatMap((key) =>
      key.startsWith("field:") || key.startsWith("issue:") ? [key, `${key}#`] : [key],
    );
    const unknown = RULES.flatMap((rule) =>
      [...rule.checkedIn, ...rule.allowedIn]
        .map((pattern) => pattern.replace(/^!/, "").split("*")[0] ?? "")
        .filter((prefix) => prefix !== "" && !keys.some((key) => key.startsWith(prefix.split("#")[0] ?? prefix)))
        .map((prefix) => `${rule.term} (${rule.lang}): ${prefix}`),
    );
    expect(unknown).toEqual([]);
    for (const rule of RULES) {
      expect(Object.keys(CATALOGUES), rule.term).toContain(rule.lang);
      expect(rule.avoid, rule.term).not.toBe("");
      expect(rule.checkedIn.length, rule.term).toBeGreaterThan(0);
    }
  });

  it.each(RULES.map((rule) => [`${rule.lang} ${rule.term}: ${rule.avoid}`, rule] as const))(
    "no %s where the glossary rejects it",
    (_name, rule) => {
      const catalogue = CATALOGUES[rule.lang];
      if (catalogue === undefined) throw new Error(`No catalogue for ${rule.lang}`);
      expect(violations(rule, catalogue)).toEqual([]);
    },
  );

  it.each(Object.keys(CATALOGUES))("names the country of every foreign agency and law in %s", (lang) => {
    const catalogue = CATALOGUES[lang];
    if (catalogue === undefined) throw new Error(`No catalogue for ${lang}`);
    const home = HOME_COUNTRIES[lang] ?? [];
    const countries = catalogue.codeLists["iso3166-1"]?.codes ?? {};
    const unnamed: string[] = [];
    const labels = new Map<string, string>();
    const shared: string[] = [];
    for (const [id, list] of Object.entries(catalogue.codeLists)) {
      const country = /^(?:agencies|law)\.([A-Z]{2})$/.exec(id)?.[1];
      if (country === undefined || list === undefined) continue;
      const countryName = countries[country]?.text ?? country;
      for (const [code, label] of Object.entries(list.codes)) {
        if (!home.includes(country) && !label.text.includes(countryName)) unnamed.push(`${id}/${code}: ${label.text}`);
        if (!id.startsWith("agencies.")) continue;
        const other = labels.get(label.text);
        if (other !== undefined && other.slice(0, 2) !== code.slice(0, 2))
          shared.push(`${other} and ${code}: ${label.text}`);
        labels.set(label.text, code);
      }
    }
    expect({ unnamed, shared }).toEqual({ unnamed: [], shared: [] });
  });
});
